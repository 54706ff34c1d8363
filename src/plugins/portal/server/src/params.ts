import { errors } from '@strapi/utils';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../../../../utils/slug';

type Query = Record<string, unknown>;

const single = (query: Query, name: string): string | undefined => {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new errors.ValidationError(`${name} must be given once, as plain text.`);
  // Control characters are never text a person typed (and PostgreSQL refuses a NUL in any string).
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(value))
    throw new errors.ValidationError(`${name} must not contain control characters.`);
  return value;
};

/** A whole number within bounds, or the default when absent; anything else is a 400 that says what is expected. */
export const intParam = (
  query: Query,
  name: string,
  { min, max, fallback }: { min: number; max: number; fallback?: number }
): number | undefined => {
  const raw = single(query, name);
  if (raw === undefined || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    throw new errors.ValidationError(
      `${name} must be a whole number from ${min} to ${max}; got "${raw.slice(0, 40)}".`
    );
  }
  return Number(raw);
};

/** Text up to `maxLength` characters; `required` makes an absent or blank value a 400. */
export const textParam = (
  query: Query,
  name: string,
  { maxLength, required = false }: { maxLength: number; required?: boolean }
): string | undefined => {
  const raw = single(query, name)?.trim();
  if (!raw) {
    if (required) throw new errors.ValidationError(`${name} is required.`);
    return undefined;
  }
  if (Array.from(raw).length > maxLength) {
    throw new errors.ValidationError(`${name} is too long: at most ${maxLength} characters.`);
  }
  return raw;
};

/** A slug filter (section, department): unknown or malformed slugs simply match nothing. */
export const slugParam = (query: Query, name: string): string | undefined => textParam(query, name, { maxLength: 200 });

/**
 * A slug from the path, as looked up. Anything that is not a slug the portal makes becomes '',
 * which names nothing (a 404): never a cut or cleaned string that could name another article.
 */
export const pathSlug = (value: unknown): string => {
  const slug = String(value ?? '');
  return slug.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(slug) ? slug : '';
};
