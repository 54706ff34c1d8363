import type { Core, Modules } from '@strapi/strapi';
import { bodyHtmlText } from '../../../../../shared';
import { blocksToText, searchForm } from '../../../../../utils/text';
import { SEARCH_TEXT, SEARCH_TITLE, UID } from '../constants';

/** Writes that change what an article's rows contain (publish creates the published row). */
const ARTICLE_WRITES = new Set(['create', 'update', 'clone', 'publish', 'discardDraft']);

/**
 * Keeps each article row's folded search columns in step with its content: the title, and the
 * title, summary, body text (and the visible text of `bodyHtml`), tags and author names (the reader page links each tag to a search). Every row of the document (draft and published)
 * is recomputed from its own content; renaming an author recomputes that author's articles.
 */
export const searchText = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => {
  const refresh = async (where: Record<string, unknown>) => {
    const rows = (await strapi.db.query(UID.article).findMany({
      where,
      select: ['id', 'title', 'summary', 'body', 'bodyHtml', SEARCH_TITLE, SEARCH_TEXT],
      populate: { authors: { select: ['fullName'] }, tags: { select: ['name'] } },
    })) as {
      id: number;
      title: string;
      summary: string | null;
      body: unknown;
      bodyHtml: string | null;
      authors: { fullName: string }[];
      tags: { name: string }[] | null;
      searchTitle: string | null;
      searchText: string | null;
    }[];
    for (const row of rows) {
      const title = searchForm(row.title ?? '');
      const text = searchForm(
        [
          row.title,
          row.summary,
          blocksToText(row.body),
          // An imported body with a table keeps its figures only here: the blocks flatten tables.
          row.bodyHtml ? bodyHtmlText(row.bodyHtml) : '',
          ...(row.tags ?? []).map((tag) => tag.name),
          ...row.authors.map((author) => author.fullName),
        ].join('\n')
      );
      if (title !== row.searchTitle || text !== row.searchText) {
        await strapi.db
          .query(UID.article)
          .update({ where: { id: row.id }, data: { [SEARCH_TITLE]: title, [SEARCH_TEXT]: text } });
      }
    }
  };

  const middleware: Modules.Documents.Middleware.Middleware = async (rawCtx, next) => {
    const ctx = rawCtx as unknown as { uid: string; action: string; params: { documentId?: string } };
    if (ctx.uid === UID.article && ARTICLE_WRITES.has(ctx.action)) {
      const result = await next();
      const documentId = (result as { documentId?: string } | null)?.documentId ?? ctx.params.documentId;
      if (documentId) await refresh({ documentId });
      return result;
    }
    if (ctx.uid === UID.author && ctx.action === 'update' && ctx.params.documentId) {
      const result = await next();
      await refresh({ authors: { documentId: ctx.params.documentId } });
      return result;
    }
    return next();
  };
  return middleware;
};
