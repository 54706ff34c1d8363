import { errors } from '@strapi/utils';

export type Query = Record<string, unknown>;

/**
 * A query parameter given once as text, or undefined when absent or empty. A repeated parameter
 * (`?a=1&a=2`, an array) or an object is a 400, and so are control characters, which are never
 * text a person typed (and PostgreSQL refuses a NUL in any string).
 */
export const single = (query: Query, name: string): string | undefined => {
  const value = query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new errors.ValidationError(`${name} must be given once, as plain text.`);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(value)) {
    throw new errors.ValidationError(`${name} must not contain control characters.`);
  }
  return value;
};
