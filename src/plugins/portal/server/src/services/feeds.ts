import type { Core } from '@strapi/strapi';
import { escapeHtml } from '../../../../../utils/text';
import { getConfig } from '../config';
import { READER_PATHS, UID } from '../constants';
import type { Rendered } from '../http';
import type { ArticleSummary } from '../schemas';
import { getService } from '../utils';
import { isoDate, type Row } from './shape';

/** Items in a feed: the newest published articles. */
const FEED_ITEMS = 50;
/** A sitemap holds at most 50,000 addresses (sitemaps.org): most go to articles. */
const SITEMAP_LIMITS = { articles: 45_000, authors: 3_000, departments: 1_000 } as const;

const XML_TYPE = 'application/xml; charset=utf-8';
const RSS_TYPE = 'application/rss+xml; charset=utf-8';

// eslint-disable-next-line no-control-regex -- XML 1.0 forbids exactly these characters
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text for XML: escaped, and without the control characters XML 1.0 forbids. */
export const xml = (text: string): string => escapeHtml(text.replace(NOT_IN_XML, ''));

/** An address of the reader site: the configured public URL (or the request's origin) and a reader path. */
const absolute = (base: string, path: string) => `${base.replace(/\/+$/, '')}${path}`;

/**
 * RSS 2.0 for the whole site and each section (its sub-sections included), and the sitemap of
 * published content. Links point at the reader page (READER_PATHS) under `base`: the server's
 * public URL, or the origin the request came to when none is configured.
 */
const feeds = ({ strapi }: { strapi: Core.Strapi }) => {
  const articles = () => getService(strapi, 'articles');
  const sections = () => getService(strapi, 'sections');
  const siteName = () => getConfig(strapi).siteName;

  const item = (base: string, article: ArticleSummary): string => {
    const link = absolute(base, READER_PATHS.article(article.slug));
    const authors = article.authors.map((author) => author.fullName).join(', ');
    return [
      '<item>',
      `<title>${xml(article.title)}</title>`,
      `<link>${xml(link)}</link>`,
      `<guid isPermaLink="true">${xml(link)}</guid>`,
      `<pubDate>${new Date(article.publishedAt).toUTCString()}</pubDate>`,
      article.summary ? `<description>${xml(article.summary)}</description>` : '',
      authors ? `<dc:creator>${xml(authors)}</dc:creator>` : '',
      article.section ? `<category>${xml(article.section.name)}</category>` : '',
      ...article.tags.map((tag) => `<category>${xml(tag)}</category>`),
      '</item>',
    ].join('');
  };

  const channel = (
    base: string,
    {
      title,
      link,
      self,
      description,
      items,
    }: { title: string; link: string; self: string; description: string; items: ArticleSummary[] }
  ): Rendered => {
    // The newest item's time, not the clock's: an unchanged feed keeps its ETag.
    const built = items.length
      ? new Date(Math.max(...items.map((a) => Date.parse(a.publishedAt)))).toUTCString()
      : null;
    const body = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
      '<channel>',
      `<title>${xml(title)}</title>`,
      `<link>${xml(absolute(base, link))}</link>`,
      `<description>${xml(description)}</description>`,
      '<language>vi</language>',
      `<atom:link href="${xml(absolute(base, self))}" rel="self" type="application/rss+xml"/>`,
      built ? `<lastBuildDate>${built}</lastBuildDate>` : '',
      ...items.map((article) => item(base, article)),
      '</channel>',
      '</rss>',
    ].join('\n');
    return { type: RSS_TYPE, body };
  };

  return {
    /** The site's feed: the newest published articles of every section. */
    async siteRss(base: string): Promise<Rendered> {
      const name = siteName();
      return channel(base, {
        title: name,
        link: READER_PATHS.home,
        self: '/rss.xml',
        description: `Tin bài mới nhất của ${name}`,
        items: await articles().summaries({}, { limit: FEED_ITEMS }),
      });
    },

    /** A section's feed, its sub-sections' articles included; a 404 for an unknown section. */
    async sectionRss(slug: string, base: string): Promise<Rendered> {
      const section = await sections().find(slug);
      const tree = await sections().tree();
      const items = await articles().inSections(sections().subtreeIds(tree, section.id), FEED_ITEMS);
      return channel(base, {
        title: `${section.name} – ${siteName()}`,
        link: READER_PATHS.section(section.slug),
        self: `/api/portal/sections/${encodeURIComponent(section.slug)}/rss.xml`,
        description: section.description || `Tin bài mới nhất của chuyên mục ${section.name}`,
        items,
      });
    },

    /** The sitemap: the home page, published articles (newest first), sections, authors and departments. */
    async sitemap(base: string): Promise<Rendered> {
      const [articleRows, tree, authorRows, departmentRows] = await Promise.all([
        // Only slug and date: a plain select, no populate, however many articles there are.
        strapi.db.query(UID.article).findMany({
          where: { publishedAt: { $notNull: true } },
          select: ['slug', 'updatedAt'],
          orderBy: [{ eventDate: 'desc' }, { publishedAt: 'desc' }, { id: 'desc' }],
          limit: SITEMAP_LIMITS.articles,
        }) as Promise<Row[]>,
        sections().tree(),
        strapi.db.query(UID.author).findMany({
          select: ['slug', 'updatedAt'],
          orderBy: { slug: 'asc' },
          limit: SITEMAP_LIMITS.authors,
        }) as Promise<Row[]>,
        strapi.db.query(UID.department).findMany({
          select: ['slug', 'updatedAt'],
          orderBy: { slug: 'asc' },
          limit: SITEMAP_LIMITS.departments,
        }) as Promise<Row[]>,
      ]);
      const url = (path: string, lastmod?: unknown) =>
        `<url><loc>${xml(absolute(base, path))}</loc>${lastmod ? `<lastmod>${isoDate(lastmod)}</lastmod>` : ''}</url>`;
      const body = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        url(READER_PATHS.home),
        ...articleRows.map((row) => url(READER_PATHS.article(String(row.slug)), row.updatedAt)),
        ...[...tree.byId.values()].map((row) => url(READER_PATHS.section(row.slug))),
        ...authorRows.map((row) => url(READER_PATHS.author(String(row.slug)), row.updatedAt)),
        ...departmentRows.map((row) => url(READER_PATHS.department(String(row.slug)), row.updatedAt)),
        '</urlset>',
      ].join('\n');
      return { type: XML_TYPE, body };
    },
  };
};

export default feeds;
