import { UID } from '../../../../constants';

export const PLUGIN_ID = 'stats';

/** The article content type: the app's own UID (src/constants). */
export const ARTICLE_UID = UID.article;
export const MEMBER_UID = 'plugin::users-permissions.user';

/** The plugin's own tables (raw, created at start-up; Strapi leaves tables it never created alone). */
export const TABLES = {
  /** One row per article: all-time views. */
  totals: 'stats_article_totals',
  /** One row per article and day: views that day (the day in the configured time zone). */
  daily: 'stats_article_daily',
} as const;

/** First-party cookie holding a random visitor id (never an IP). */
export const VISITOR_COOKIE = 'dv_vid';

/** Admin permission actions (registered in bootstrap). */
export const ACTIONS = {
  read: `plugin::${PLUGIN_ID}.read`,
} as const;

export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

/** Longest date range of a CSV export or a series, in days. */
export const MAX_RANGE_DAYS = 3660;
