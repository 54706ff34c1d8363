import type { Core, UID } from '@strapi/strapi';
import { SLUG_SOURCE, type SluggedUID } from '../constants';
import { firstFreeSlug, slugProblem, toSlug } from '../utils/slug';
import { asDocumentMiddleware, validationError, type RuleContext } from './define';

const isSlugged = (uid: UID.ContentType): uid is SluggedUID => uid in SLUG_SOURCE;

/**
 * The one slug mechanism of the portal, for every type with a slug (see SLUG_SOURCE):
 * - on create (and clone) without a slug, one is made from the title or name, Vietnamese-aware,
 *   with -2, -3, … appended on a clash;
 * - later title changes leave it alone; an editor may change it, or clear it to get a fresh one;
 * - a typed slug must be lowercase ASCII with single hyphens and unused, or the write gets a 400.
 */
export const slugRule = (strapi: Core.Strapi) => {
  /**
   * Slugs of other documents of the type that are `base` or start with `base-`. Rows of every
   * status count (one query through strapi.db): a published slug stays taken while its draft is renamed.
   */
  const takenSlugs = async (uid: SluggedUID, base: string, exceptDocumentId?: string) => {
    const rows = (await strapi.db.query(uid).findMany({
      select: ['slug'],
      where: {
        $or: [{ slug: base }, { slug: { $startsWith: `${base}-` } }],
        ...(exceptDocumentId ? { documentId: { $ne: exceptDocumentId } } : {}),
      },
    })) as { slug: string | null }[];
    return new Set(rows.map((row) => row.slug ?? ''));
  };

  const owner = async (uid: SluggedUID, slug: string, exceptDocumentId?: string) =>
    strapi.db.query(uid).findOne({
      select: ['documentId', SLUG_SOURCE[uid]],
      where: { slug, ...(exceptDocumentId ? { documentId: { $ne: exceptDocumentId } } : {}) },
    }) as Promise<Record<string, unknown> | null>;

  const currentSource = async (uid: SluggedUID, documentId: string): Promise<unknown> => {
    const row = (await strapi.db.query(uid).findOne({
      select: [SLUG_SOURCE[uid]],
      where: { documentId },
      orderBy: { id: 'desc' },
    })) as Record<string, unknown> | null;
    return row?.[SLUG_SOURCE[uid]];
  };

  const rule = async (ctx: RuleContext, next: () => Promise<unknown>) => {
    const { uid, action, params } = ctx;
    if (!isSlugged(uid) || !['create', 'update', 'clone'].includes(action)) return next();

    const data = params.data ?? {};
    // A clone is a new document: its slug must differ from the original's.
    const selfId = action === 'update' ? params.documentId : undefined;
    const given = data.slug;

    if (given !== undefined && given !== null && typeof given !== 'string') {
      throw validationError([{ path: ['slug'], message: 'The slug must be text.' }]);
    }

    if (typeof given === 'string' && given.trim() !== '') {
      const slug = given.trim();
      const problem = slugProblem(slug);
      if (problem) throw validationError([{ path: ['slug'], message: problem }]);
      const other = await owner(uid, slug, selfId);
      if (other) {
        const label = ctx.contentType.info.singularName;
        throw validationError([
          {
            path: ['slug'],
            message:
              `The slug "${slug}" is already used by another ${label} ("${String(other[SLUG_SOURCE[uid]])}"). ` +
              'Choose another one, or leave it empty to have a free one made from the title.',
          },
        ]);
      }
      params.data = { ...data, slug };
      return next();
    }

    // Nothing typed: a new document gets a slug; an update keeps its slug unless the editor cleared it.
    if (action === 'update' && !('slug' in data)) return next();

    const sourceField = SLUG_SOURCE[uid];
    let source = data[sourceField];
    if ((source === undefined || source === null) && params.documentId) {
      source = await currentSource(uid, params.documentId);
    }
    const base = toSlug(typeof source === 'string' ? source : '') || ctx.contentType.info.singularName;
    params.data = { ...data, slug: firstFreeSlug(base, await takenSlugs(uid, base, selfId)) };
    return next();
  };

  return asDocumentMiddleware(rule);
};
