/** What an import did, printed at the end and written as JSON. */

/** How many examples of one thing a report keeps (the counts stay exact). */
const EXAMPLES = 25;

export interface Counted {
  count: number;
  /** Old article ids, the first few. */
  articles: number[];
}

export interface ImportReport {
  source: string;
  joomlaVersion: string | null;
  dryRun: boolean;
  startedAt: string;
  finishedAt: string | null;
  seconds: number;
  /** True when nothing was created or changed (a second run over the same old site). */
  unchanged: boolean;
  articles: {
    read: number;
    /** By what they became: published, scheduled (approved with publishAt), draft. */
    imported: Record<'published' | 'scheduled' | 'draft', number>;
    created: number;
    updated: number;
    unchanged: number;
    skipped: Record<string, Counted>;
    /** Changed on the old site, but an editor changed the portal's copy since: left as the editor made it. */
    keptEdits: { oldId: number; documentId: string; slug: string | null; title: string }[];
  };
  sections: {
    created: number;
    updated: number;
    unchanged: number;
    hidden: { oldId: number; title: string; reason: string }[];
  };
  authors: { created: number; matched: number };
  media: {
    imported: number;
    reused: number;
    missing: { oldId: number; path: string }[];
    missingCount: number;
    refused: { oldId: number; path: string; reason: string }[];
    elsewhere: { oldId: number; src: string }[];
  };
  shortcodes: Record<string, Counted>;
  repairs: Record<string, Counted>;
  redirects: { articles: number; sections: number; paths: number; oldRedirects: number; skipped: number };
  hits: {
    /** The old site's hits, as imported into the view totals (all imported articles). */
    imported: number;
    /** Of those, the hits of the articles published now (the site's total counts only these). */
    published: number;
    /** What the old site showed as its total ("Số lần xem các bài viết"). */
    shownOnOldSite: number;
    /** This site's share of STATS_LEGACY_TOTAL. */
    offset: number;
    /** STATS_LEGACY_TOTAL for every old site imported into this portal so far. */
    legacyTotal: number;
  };
  warnings: { oldId: number | null; message: string }[];
  warningCount: number;
}

export const newReport = (source: string, dryRun: boolean): ImportReport => ({
  source,
  joomlaVersion: null,
  dryRun,
  startedAt: new Date().toISOString(),
  finishedAt: null,
  seconds: 0,
  unchanged: true,
  articles: {
    read: 0,
    imported: { published: 0, scheduled: 0, draft: 0 },
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: {},
    keptEdits: [],
  },
  sections: { created: 0, updated: 0, unchanged: 0, hidden: [] },
  authors: { created: 0, matched: 0 },
  media: { imported: 0, reused: 0, missing: [], missingCount: 0, refused: [], elsewhere: [] },
  shortcodes: {},
  repairs: {},
  redirects: { articles: 0, sections: 0, paths: 0, oldRedirects: 0, skipped: 0 },
  hits: { imported: 0, published: 0, shownOnOldSite: 0, offset: 0, legacyTotal: 0 },
  warnings: [],
  warningCount: 0,
});

/** Counts one occurrence of `name` under `group`, keeping the first few article ids. */
export const tally = (group: Record<string, Counted>, name: string, oldId: number | null): void => {
  const entry = (group[name] ??= { count: 0, articles: [] });
  entry.count += 1;
  if (oldId !== null && entry.articles.length < EXAMPLES && !entry.articles.includes(oldId)) entry.articles.push(oldId);
};

/** The lines printed at the end of a run. */
export const summarize = (report: ImportReport, file: string | null): string[] => {
  const n = (value: number) => value.toLocaleString('en-US');
  const lines = [
    '',
    `${report.dryRun ? 'Dry run (nothing was changed)' : 'Import'} of "${report.source}" (Joomla ${report.joomlaVersion ?? '?'}) in ${report.seconds.toFixed(1)} s.`,
    report.unchanged && !report.dryRun ? 'Nothing changed: the portal already had everything this old site has.' : '',
    `Articles read: ${n(report.articles.read)}; created ${n(report.articles.created)}, updated ${n(report.articles.updated)}, unchanged ${n(report.articles.unchanged)}.`,
    `  now published ${n(report.articles.imported.published)}, scheduled ${n(report.articles.imported.scheduled)}, drafts ${n(report.articles.imported.draft)}.`,
    ...Object.entries(report.articles.skipped).map(([reason, entry]) => `  skipped (${reason}): ${n(entry.count)}`),
    report.articles.keptEdits.length
      ? `  ${n(report.articles.keptEdits.length)} changed on the old site but edited on the portal since: kept as edited (see keptEdits).`
      : '',
    `Sections: created ${n(report.sections.created)}, updated ${n(report.sections.updated)}, unchanged ${n(report.sections.unchanged)}, not shown ${n(report.sections.hidden.length)}.`,
    `Authors: created ${n(report.authors.created)}, matched ${n(report.authors.matched)}.`,
    `Pictures and files: imported ${n(report.media.imported)}, already there ${n(report.media.reused)}, missing ${n(report.media.missingCount)}, refused ${n(report.media.refused.length)}, on other sites ${n(report.media.elsewhere.length)}.`,
    Object.keys(report.shortcodes).length
      ? `Shortcodes: ${Object.entries(report.shortcodes)
          .map(([name, entry]) => `{${name}} ×${n(entry.count)}`)
          .join(', ')}`
      : 'Shortcodes: none.',
    Object.keys(report.repairs).length
      ? `Text repaired: ${Object.entries(report.repairs)
          .map(([name, entry]) => `${name} ×${n(entry.count)}`)
          .join(', ')}`
      : 'Text repaired: none.',
    `Old addresses: ${n(report.redirects.articles)} articles, ${n(report.redirects.sections)} sections, ${n(report.redirects.paths)} menu paths, ${n(report.redirects.oldRedirects)} old redirects.`,
    `Hits: ${n(report.hits.imported)} imported; the old site showed ${n(report.hits.shownOnOldSite)}.`,
    `  Set STATS_LEGACY_TOTAL=${report.hits.legacyTotal} so the site's total continues from the old one(s).`,
    `Warnings: ${n(report.warningCount)}${report.warningCount ? ' (each with its old article id in the report)' : ''}.`,
    file ? `Report: ${file}` : '',
  ];
  return lines.filter((line) => line !== '');
};
