import type { Core } from '@strapi/strapi';
import type services from './services';
import { PLUGIN_ID } from './constants';

type Services = typeof services;

/** The plugin's services, typed. */
export const getService = <T extends keyof Services>(strapi: Core.Strapi, name: T): ReturnType<Services[T]> =>
  strapi.plugin(PLUGIN_ID).service<ReturnType<Services[T]>>(name);
