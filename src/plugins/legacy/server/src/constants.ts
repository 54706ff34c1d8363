export const PLUGIN_ID = 'legacy';

/** One row per thing brought over from an old site: what it became, and what was written. */
export const ITEM_UID = 'plugin::legacy.item';
/** One row per old public address: where it now lives. */
export const ADDRESS_UID = 'plugin::legacy.address';

/** Kinds of imported things. */
export const ITEM_KINDS = ['article', 'category', 'author', 'site'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** What an old address leads to: an article, its print view, a section, or a URL an old redirect named. */
export const ADDRESS_KINDS = ['article', 'print', 'section', 'url', 'home'] as const;
export type AddressKind = (typeof ADDRESS_KINDS)[number];

/** A source's name: short, lower-case, safe in slugs and file names (`angiang`, `bdv-cantho`). */
export const SOURCE_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
