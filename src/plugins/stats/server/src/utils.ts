import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './constants';
import type services from './services';

type Services = typeof services;

/** The plugin's services, typed. */
export const getService = <T extends keyof Services>(strapi: Core.Strapi, name: T): ReturnType<Services[T]> =>
  strapi.plugin(PLUGIN_ID).service<ReturnType<Services[T]>>(name);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

// Making a formatter costs far more than using one, and every view asks for today's date.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** YYYY-MM-DD of `at` in `timeZone`. */
export const dayIn = (timeZone: string, at: Date = new Date()): string => {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  return format.format(at);
};

/** The day `days` after `day` (negative: before). */
export const addDays = (day: string, days: number): string => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** Whole days from `from` to `to` (0 when equal). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** True for a real calendar day written YYYY-MM-DD. */
export const isDay = (value: string): boolean => {
  if (!DAY.test(value)) return false;
  // "2026-13-45" is no date at all (an invalid Date); "2026-02-30" rolls over to March.
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};
