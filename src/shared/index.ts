/**
 * What more than one plugin uses. Plugins import this module (never each other's files), by its
 * relative path: Strapi runs the app as tsc compiles it, and tsc does not rewrite path aliases.
 */
export * from './contracts';
export * from './params';
export * from './reader-paths';
export * from './services';
export * from './tables';
export { MAX_SLUG_LENGTH, SLUG_PATTERN, toSlug } from '../utils/slug';
export * from './redis';
export * from './body-html';
export * from './config';
export * from './once';
