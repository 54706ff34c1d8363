import type { Core } from '@strapi/strapi';
import type { ReadershipApi } from '../../../../../shared';
import { getService } from '../utils';

/** The readership statistics as other plugins read them (src/shared/contracts.ts). */
const readership = ({ strapi }: { strapi: Core.Strapi }): ReadershipApi => ({
  /**
   * Views so far of the published articles with these slugs, buffered views included (0 for one
   * never read; unknown or unpublished slugs are left out): two queries, whatever their number.
   */
  async viewsBySlug(slugs: string[]): Promise<Record<string, number>> {
    if (!slugs.length) return {};
    const ids = await getService(strapi, 'articles').documentIds(slugs);
    const totals = await getService(strapi, 'counters').totals([...ids.values()]);
    return Object.fromEntries([...ids].map(([slug, documentId]) => [slug, totals[documentId] ?? 0]));
  },

  async addImportedViews(views: Map<string, number>): Promise<void> {
    await getService(strapi, 'counters').addToTotals(views);
  },
});

export default readership;
