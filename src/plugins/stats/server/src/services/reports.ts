import type { Core } from '@strapi/strapi';
import { tables } from '../../../../../shared';
import { ARTICLE_UID, type Period, TABLES } from '../constants';
import { getConfig } from '../config';
import { addDays, dayIn, getService } from '../utils';

export interface MostReadItem {
  slug: string;
  title: string;
  eventDate: string | null;
  /** Views within the period. */
  views: number;
  /** Views so far. */
  totalViews: number;
}

export interface SeriesPoint {
  day: string;
  views: number;
}

export interface SiteStats {
  online: { guests: number; members: number };
  totalViews: number;
  articles: number;
}

export interface Dashboard extends SiteStats {
  today: string;
  viewsToday: number;
  topWeek: MostReadItem[];
}

/** Days a period covers, today included: day = today, week = the last 7 days, month = the last 30. */
const PERIOD_DAYS: Record<Period, number> = { day: 1, week: 7, month: 30 };

const csvCell = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * What the counters say, read back: site totals, most-read lists, views over time, the CSV
 * export. Only published articles appear. "Today" is a day in the configured time zone.
 */
const reports = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const qualified = (name: string) => tables(strapi).qualified(name);
  const today = () => dayIn(getConfig(strapi).timeZone);
  const state = () => getService(strapi, 'runtime').state();

  /** Views per article from `from` to `to` (days, inclusive), the buffer included when the range reaches today. */
  const viewsByArticle = async (from: string, to: string): Promise<Map<string, number>> => {
    const rows: { document_id: string; hits: number | string }[] = await knex()(qualified(TABLES.daily))
      .select('document_id')
      .sum({ hits: 'hits' })
      .whereBetween('day', [from, to])
      .groupBy('document_id');
    const result = new Map(rows.map((row) => [row.document_id, Number(row.hits)]));
    if (to >= today()) {
      // Buffered views are at most one flush interval old: they belong to today.
      for (const [id, views] of await state().pendingAll()) result.set(id, (result.get(id) ?? 0) + views);
    }
    return result;
  };

  const service = {
    /** Online now, views of published articles so far (plus the legacy total) and how many are published. */
    async site(): Promise<SiteStats> {
      const [online, total, articles] = await Promise.all([
        getService(strapi, 'visitors').online(),
        getService(strapi, 'counters').publishedTotal(),
        getService(strapi, 'articles').publishedCount(),
      ]);
      return { online, totalViews: total + getConfig(strapi).legacyTotal, articles };
    },

    /** The `limit` most-read published articles of the period, most views first. */
    async mostRead(period: Period, limit = 10): Promise<MostReadItem[]> {
      const to = today();
      const views = await viewsByArticle(addDays(to, 1 - PERIOD_DAYS[period]), to);
      const published = await getService(strapi, 'articles').describe([...views.keys()]);
      const ranked = [...views]
        .filter(([id, count]) => count > 0 && published.has(id))
        .sort(([a, x], [b, y]) => y - x || (published.get(a)!.title < published.get(b)!.title ? -1 : 1))
        .slice(0, limit);
      const totals = await getService(strapi, 'counters').totals(ranked.map(([id]) => id));
      return ranked.map(([id, count]) => {
        const { slug, title, eventDate } = published.get(id)!;
        return { slug, title, eventDate, views: count, totalViews: totals[id] ?? count };
      });
    },

    /** Views per day from `from` to `to` (inclusive, every day present), of one article or of the whole site. */
    async series(from: string, to: string, documentId: string | null = null): Promise<SeriesPoint[]> {
      const t = tables(strapi);
      let query = knex()(qualified(TABLES.daily))
        .select('day')
        .sum({ hits: 'hits' })
        .whereBetween('day', [from, to])
        .groupBy('day');
      query = documentId
        ? query.where('document_id', documentId)
        : query.whereIn(
            'document_id',
            knex()(t.qualified(t.table(ARTICLE_UID)))
              .select('document_id')
              .whereNotNull(t.column(ARTICLE_UID, 'publishedAt'))
          );
      const rows = (await query) as { day: string; hits: number | string }[];
      const byDay = new Map(rows.map((row) => [row.day, Number(row.hits)]));
      const now = today();
      if (now >= from && now <= to) {
        const pending = documentId ? await state().pendingFor([documentId]) : await state().pendingAll();
        let buffered = 0;
        const published = documentId ? null : await getService(strapi, 'articles').describe([...pending.keys()]);
        for (const [id, views] of pending) if (!published || published.has(id)) buffered += views;
        byDay.set(now, (byDay.get(now) ?? 0) + buffered);
      }
      const points: SeriesPoint[] = [];
      for (let day = from; day <= to; day = addDays(day, 1)) points.push({ day, views: byDay.get(day) ?? 0 });
      return points;
    },

    /** The admin homepage widget: online now, views today and in total, the week's top 10. */
    async dashboard(): Promise<Dashboard> {
      const day = today();
      const [site, [point], topWeek] = await Promise.all([
        service.site(),
        service.series(day, day),
        service.mostRead('week', 10),
      ]);
      return { ...site, today: day, viewsToday: point.views, topWeek };
    },

    /**
     * Article statistics from `from` to `to` as CSV for Excel: UTF-8 with a byte-order mark (so
     * Vietnamese shows), CRLF line ends, every published article, most viewed first.
     */
    async csv(from: string, to: string): Promise<string> {
      const [views, published] = await Promise.all([
        viewsByArticle(from, to),
        getService(strapi, 'articles').describe(null),
      ]);
      const ids = [...published.keys()];
      const totals = await getService(strapi, 'counters').totals(ids);
      const rows = ids
        .map((id) => ({ ...published.get(id)!, views: views.get(id) ?? 0, total: totals[id] ?? 0 }))
        .sort((a, b) => b.views - a.views || b.total - a.total || a.title.localeCompare(b.title, 'vi'));
      const header = [
        'Tiêu đề (Title)',
        'Đường dẫn (Slug)',
        'Chuyên mục (Section)',
        'Ngày (Date)',
        `Lượt xem ${from} – ${to} (Views)`,
        'Tổng lượt xem (Total views)',
      ];
      const lines = [
        header,
        ...rows.map((row) => [row.title, row.slug, row.section, row.eventDate, row.views, row.total]),
      ];
      return `\uFEFF${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
    },
  };

  return service;
};

export default reports;
