/**
 * The converter of old Joomla article bodies: `analyseBody` says what a body refers to, the
 * importer brings those files over and resolves the links, `convertBody` makes the blocks (and
 * the HTML form for tables and videos). `repairText` serves the plain fields (titles, aliases).
 */
export { analyseBody } from './analyse';
export { convertBody, isValidBlockUrl } from './convert';
export { articleTarget, imagesJsonPictures, parseImagesJson, sitePath } from './refs';
export { repairText } from './repair';
export { findSignature } from './signature';
export type * from './types';
