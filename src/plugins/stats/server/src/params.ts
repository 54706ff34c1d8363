import { errors } from '@strapi/utils';
import { MAX_SLUG_LENGTH, type Query, single, SLUG_PATTERN } from '../../../../shared';
import { MAX_RANGE_DAYS, type Period, PERIODS } from './constants';
import { addDays, daysBetween, isDay } from './utils';

/** An article slug as the portal makes them; anything else is a 400 that says what is expected. */
export const slugParam = (value: unknown): string => {
  const slug = typeof value === 'string' ? value : '';
  if (!slug || slug.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(slug)) {
    throw new errors.ValidationError(
      `"${slug.slice(0, 60)}" is not an article slug: lowercase letters, digits and single hyphens, at most ${MAX_SLUG_LENGTH} characters.`
    );
  }
  return slug;
};

/** `period`: day, week or month (default `fallback`). */
export const periodParam = (query: Query, fallback: Period): Period => {
  const raw = single(query, 'period');
  if (raw === undefined) return fallback;
  if (!(PERIODS as readonly string[]).includes(raw))
    throw new errors.ValidationError(`period must be one of ${PERIODS.join(', ')}; got "${raw.slice(0, 40)}".`);
  return raw as Period;
};

/** `limit`: a whole number from 1 to `max`. */
export const limitParam = (query: Query, fallback: number, max: number): number => {
  const raw = single(query, 'limit');
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max)
    throw new errors.ValidationError(`limit must be a whole number from 1 to ${max}; got "${raw.slice(0, 40)}".`);
  return Number(raw);
};

/**
 * `from` and `to` (YYYY-MM-DD, inclusive). Missing: `to` is today and `from` the 30 days up to
 * `to`. A range longer than `maxDays` or backwards is a 400.
 */
export const rangeParams = (query: Query, today: string, maxDays = MAX_RANGE_DAYS): { from: string; to: string } => {
  const day = (name: string) => {
    const raw = single(query, name);
    if (raw !== undefined && !isDay(raw))
      throw new errors.ValidationError(
        `${name} must be a date written YYYY-MM-DD, e.g. 2026-01-31; got "${raw.slice(0, 40)}".`
      );
    return raw;
  };
  const to = day('to') ?? today;
  const from = day('from') ?? addDays(to, -29);
  if (from > to) throw new errors.ValidationError(`from (${from}) must not be after to (${to}).`);
  if (daysBetween(from, to) + 1 > maxDays)
    throw new errors.ValidationError(
      `The range may cover at most ${maxDays} days; ${from} to ${to} covers ${daysBetween(from, to) + 1}.`
    );
  return { from, to };
};
