import type { Core } from '@strapi/strapi';
import { READER_PATHS, tables, type LegacyRedirect, type LegacyRedirectsApi } from '../../../../../shared';
import { UID } from '../../../../../constants';
import { ADDRESS_UID, type AddressKind } from '../constants';
import { parseAddress } from '../addresses';

/** Answers kept per instance, found or not: a crawler asking the same old links costs no query. */
const CACHE_ENTRIES = 10_000;
const CACHE_MS = 60_000;

/** The print view of an article in the delivery API. */
const printPath = (slug: string) => `/api/portal/articles/${encodeURIComponent(slug)}/print`;

interface Row {
  source: string;
  hosts: string | null;
  kind: AddressKind;
  alias: string | null;
  url: string | null;
  article_slug: string | null;
  section_slug: string | null;
}

/** Keys that identify their target more exactly come first; among equals, the old site asked on. */
const rank = (row: Row, alias: string | null, host: string | null, keys: string[], key: string): number => {
  let score = keys.indexOf(key) * 10;
  if (alias && row.alias && row.alias !== alias) score += 1000;
  if (host && row.hosts && !row.hosts.split(' ').includes(host)) score += 100;
  return score;
};

/**
 * Where an old address now lives (src/shared/contracts.ts, LegacyRedirectsApi): one query on the
 * address table's unique index (lookup, source), joined to the published article or the section
 * it names, or an answer from this instance's cache. An article that is not published, or an
 * address that names nothing, has no redirect.
 */
const redirects = ({ strapi }: { strapi: Core.Strapi }): LegacyRedirectsApi & { forget(): void } => {
  const cache = new Map<string, { at: number; answer: LegacyRedirect | null }>();

  const lookup = async (keys: string[]): Promise<(Row & { lookup: string })[]> => {
    const t = tables(strapi);
    const knex = strapi.db.connection;
    const col = (uid: string, attribute: string) => t.column(uid, attribute);
    const addresses = t.qualified(t.table(ADDRESS_UID));
    const articles = t.qualified(t.table(UID.article));
    const sections = t.qualified(t.table(UID.section));
    return (await knex(`${addresses} as ad`)
      .select(
        'ad.lookup',
        'ad.source',
        'ad.hosts',
        'ad.kind',
        'ad.alias',
        'ad.url',
        `ar.${col(UID.article, 'slug')} as article_slug`,
        `se.${col(UID.section, 'slug')} as section_slug`
      )
      .leftJoin(`${articles} as ar`, function joinArticle() {
        this.on('ar.document_id', '=', 'ad.target_document_id')
          .andOnIn('ad.kind', ['article', 'print'])
          .andOnNotNull(`ar.${col(UID.article, 'publishedAt')}`);
      })
      .leftJoin(`${sections} as se`, function joinSection() {
        this.on('se.document_id', '=', 'ad.target_document_id').andOnVal('ad.kind', '=', 'section');
      })
      .whereIn('ad.lookup', keys)
      .limit(50)) as (Row & { lookup: string })[];
  };

  const locationOf = (row: Row, print: boolean): string | null => {
    switch (row.kind) {
      case 'article':
      case 'print':
        if (!row.article_slug) return null;
        return print || row.kind === 'print' ? printPath(row.article_slug) : READER_PATHS.article(row.article_slug);
      case 'section':
        return row.section_slug ? READER_PATHS.section(row.section_slug) : null;
      case 'home':
        return READER_PATHS.home;
      case 'url':
        return row.url || null;
      default:
        return null;
    }
  };

  const resolveNow = async (path: string, askedHost: string | null): Promise<LegacyRedirect | null> => {
    const address = parseAddress(path);
    const host = address.host ?? askedHost;
    // `index.php` alone, or Joomla's front page view: the old home page.
    if (address.home && /index\.php/i.test(path)) return { location: READER_PATHS.home, status: 301 };
    if (address.keys.length === 0) return null;
    const rows = await lookup(address.keys);
    const candidates = rows
      .map((row) => ({ row, location: locationOf(row, address.print) }))
      .filter((candidate): candidate is { row: Row & { lookup: string }; location: string } =>
        Boolean(candidate.location)
      )
      .sort(
        (a, b) =>
          rank(a.row, address.alias, host, address.keys, a.row.lookup) -
          rank(b.row, address.alias, host, address.keys, b.row.lookup)
      );
    const best = candidates[0];
    if (best) return { location: best.location, status: 301 };
    return null;
  };

  return {
    async resolve({ path, host = null }) {
      const key = `${(host ?? '').toLowerCase()}\n${path}`;
      const hit = cache.get(key);
      if (hit && Date.now() - hit.at < CACHE_MS) return hit.answer;
      const answer = await resolveNow(path, host ? host.toLowerCase().replace(/:\d+$/, '') : null);
      if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
      cache.set(key, { at: Date.now(), answer });
      return answer;
    },
    /** Drops the cached answers (after an import in this process). */
    forget() {
      cache.clear();
    },
  };
};

export default redirects;
