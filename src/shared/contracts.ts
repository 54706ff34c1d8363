import type { Core } from '@strapi/strapi';

/**
 * What one local plugin offers another. A plugin never imports another plugin's files: it asks
 * Strapi for the other's service by name, through the typed accessor here, and gets null when that
 * plugin is not installed.
 */

/** The readership statistics (stats plugin), as the delivery API (portal plugin) reads them. */
export interface ReadershipApi {
  /** Views of each published article, by slug (0 for an article never read); exact as of the last flush. */
  viewsBySlug(slugs: string[]): Promise<Record<string, number>>;
}

/** The stats plugin's service that implements ReadershipApi. */
export const READERSHIP_SERVICE = { plugin: 'stats', service: 'readership' } as const;

/** The readership statistics, or null when the stats plugin is not installed. */
export const readership = (strapi: Core.Strapi): ReadershipApi | null => {
  const plugin = strapi.plugin(READERSHIP_SERVICE.plugin);
  return plugin ? plugin.service<ReadershipApi>(READERSHIP_SERVICE.service) : null;
};
