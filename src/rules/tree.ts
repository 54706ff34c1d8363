import type { Core, UID } from '@strapi/strapi';
import { UID as PORTAL } from '../constants';
import { asDocumentMiddleware, checkAfterWrite, validationError, type RuleContext } from './define';

/** Types that form a tree through a `parent` relation, and the field naming a node. */
const TREES: Partial<Record<UID.ContentType, string>> = {
  [PORTAL.section]: 'name',
  [PORTAL.department]: 'name',
};

interface Node {
  documentId: string;
  label: string;
  parent: { documentId: string } | null;
}

/**
 * Sections and departments form trees of any depth; no node may become its own ancestor.
 * The check runs on the saved result (inside the write's transaction), so it holds whether the
 * change came as a new parent or as new children, in any relation format, from any API.
 */
export const treeRule = (strapi: Core.Strapi) => {
  const load = async (uid: UID.ContentType, documentId: string): Promise<Node | null> => {
    const labelField = TREES[uid] as string;
    const row = (await strapi.db.query(uid).findOne({
      select: ['documentId', labelField],
      where: { documentId },
      populate: { parent: { select: ['documentId'] } },
    })) as (Record<string, unknown> & { documentId: string; parent: Node['parent'] }) | null;
    return row && { documentId: row.documentId, label: String(row[labelField]), parent: row.parent ?? null };
  };

  /** Walks up from the node just written; a loop in the tree passes through it. */
  const assertNoCycle = async (uid: UID.ContentType, label: string, documentId: string) => {
    const start = await load(uid, documentId);
    if (!start) return;
    const path: Node[] = [start];
    const seen = new Set([start.documentId]);
    let current = start;
    while (current.parent) {
      const parent = await load(uid, current.parent.documentId);
      if (!parent) return;
      if (seen.has(parent.documentId)) {
        const loop = [...path, parent].map((node) => `"${node.label}"`).join(' → ');
        throw validationError([
          {
            path: ['parent'],
            message:
              `A ${label} cannot be its own ancestor: ${loop}. ` +
              `Choose a parent that is not "${start.label}" or inside it.`,
          },
        ]);
      }
      seen.add(parent.documentId);
      path.push(parent);
      current = parent;
    }
  };

  return asDocumentMiddleware(async (ctx: RuleContext, next) => {
    if (!(ctx.uid in TREES) || !['create', 'update'].includes(ctx.action)) return next();
    return checkAfterWrite(
      strapi,
      next,
      (documentId) => assertNoCycle(ctx.uid, ctx.contentType.info.singularName, documentId),
      ctx.params.documentId
    );
  });
};
