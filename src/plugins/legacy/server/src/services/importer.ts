import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import {
  bodyHtmlText,
  readership,
  READER_PATHS,
  sanitizeBodyHtml,
  SLUG_PATTERN,
  tables,
  toSlug,
  workflowImports,
} from '../../../../../shared';
import { UID } from '../../../../../constants';
import { ADDRESS_UID, ITEM_UID, SOURCE_PATTERN, type AddressKind, type ItemKind } from '../constants';
import { articleKey, categoryKey, normalizePath, parseAddress, pathKey } from '../addresses';
import { analyseBody, convertBody, repairText, sitePath } from '../body';
import {
  openJoomla,
  type JoomlaArticle,
  type JoomlaImage,
  type JoomlaMenuItem,
  type JoomlaSource,
} from '../joomla/source';
import { mediaStore, type MediaStore, type StoredFile } from '../import/media';
import { categoryPaths, clip, fateOf, parentOf, planCategories, vietnamDay, type CategoryPlan } from '../import/plan';
import { newReport, summarize, tally, type ImportReport } from '../import/report';
import { getService } from '../utils';

export interface ImportOptions {
  /** mysql://user:password@host:3306/database */
  mysql: string;
  /** The Joomla table prefix, e.g. `jos_`. */
  prefix: string;
  /** A copy of the old site's files (its `images/` folder and attachments). */
  siteRoot: string;
  /** The old site's name in this portal, e.g. `angiang`. */
  source: string;
  /** The old site's host names: links and pictures on them are the site's own. */
  oldHosts: string[];
  /** The department of every article whose category the map does not name (slug). */
  department: string | null;
  /** Category (id, alias or path) → department slug; a category inherits its parent's. */
  departmentMap: Record<string, string>;
  /** What the old site showed as its total of views, when it differs from SUM(hits) of published articles. */
  oldTotal: number | null;
  dryRun: boolean;
  batchSize: number;
  /** Where the JSON report goes; null: not written. */
  reportFile: string | null;
}

interface ItemRow {
  id: number;
  source: string;
  kind: ItemKind;
  oldId: string;
  targetDocumentId: string | null;
  slug: string | null;
  sourceHash: string | null;
  writtenFingerprint: string | null;
  hits: string | number | null;
  done: boolean | null;
  details: Record<string, unknown> | null;
}

const hashOf = (value: unknown): string => crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** An old article's body: the intro and the full text together, as Joomla shows them. */
const bodyOf = (article: JoomlaArticle): string =>
  `${article.introtext}${article.fulltext ? `\n${article.fulltext}` : ''}`;

/** An error the person running the import can act on. */
export class ImportError extends Error {}

/** Text of some old HTML (an intro, a category description), repaired. */
const plainText = (html: string): string =>
  repairText(bodyHtmlText(sanitizeBodyHtml(html)))
    .text.replace(/\s+/g, ' ')
    .trim();

/** Joomla's split of a byline into short titles ("UVBTV") and a position ("Trưởng ban Dân vận Tỉnh ủy"). */
const splitTitles = (titles: string[]): { short: string[]; position: string | null } => {
  const parts = titles.flatMap((title) => title.split(/\s*,\s*/)).filter(Boolean);
  const short = parts.filter((part) => part.length <= 12 && part === part.toUpperCase());
  const long = parts.filter((part) => !short.includes(part));
  return { short, position: long.length ? long.join(', ') : null };
};

/**
 * The Joomla importer: brings an old site's categories, authors, articles, pictures, files and
 * hit counts into the portal through the Document Service (so every rule applies), records what
 * each became, and records the old addresses for the 301s. Safe to run again: what did not change
 * on the old site is left alone, an editor's later edit is never overwritten, and a run stopped
 * halfway finishes on the next (each article is written in one transaction).
 */
const importer = ({ strapi }: { strapi: Core.Strapi }) => {
  const items = () => strapi.db.query(ITEM_UID);
  const addresses = () => strapi.db.query(ADDRESS_UID);

  const findItems = async (
    source: string,
    kind: ItemKind,
    oldIds: (number | string)[]
  ): Promise<Map<string, ItemRow>> => {
    if (!oldIds.length) return new Map();
    const rows = (await items().findMany({
      where: { source, kind, oldId: { $in: oldIds.map(String) } },
    })) as ItemRow[];
    return new Map(rows.map((row) => [row.oldId, row]));
  };

  const saveItem = async (existing: ItemRow | null | undefined, data: Omit<Partial<ItemRow>, 'id'>): Promise<ItemRow> =>
    (existing ? await items().update({ where: { id: existing.id }, data }) : await items().create({ data })) as ItemRow;

  /** Records (or re-points) one old address; true when it is new. */
  const saveAddress = async (
    source: string,
    hosts: string[],
    lookup: string,
    target: { kind: AddressKind; documentId?: string | null; alias?: string | null; url?: string | null }
  ): Promise<boolean> => {
    const data = {
      lookup,
      source,
      hosts: hosts.join(' ') || null,
      kind: target.kind,
      targetDocumentId: target.documentId ?? null,
      alias: target.alias ?? null,
      url: target.url ?? null,
    };
    const found = (await addresses().findOne({ where: { lookup, source } })) as (typeof data & { id: number }) | null;
    if (!found) {
      await addresses().create({ data });
      return true;
    }
    if (
      found.kind !== data.kind ||
      found.targetDocumentId !== data.targetDocumentId ||
      found.alias !== data.alias ||
      found.url !== data.url ||
      found.hosts !== data.hosts
    ) {
      await addresses().update({ where: { id: found.id }, data });
    }
    return false;
  };

  const service = {
    async run(options: ImportOptions, progress: (line: string) => void = () => {}): Promise<ImportReport> {
      const started = Date.now();
      const { source, dryRun } = options;
      if (!SOURCE_PATTERN.test(source)) {
        throw new ImportError(
          `--source "${source}" must be a short name in lowercase letters, digits and hyphens, e.g. "angiang".`
        );
      }
      if (!fs.existsSync(options.siteRoot) || !fs.statSync(options.siteRoot).isDirectory()) {
        throw new ImportError(
          `--site-root "${options.siteRoot}" is not a folder. Point it at a copy of the old site's files (the folder that holds images/).`
        );
      }
      const workflow = workflowImports(strapi);
      const views = readership(strapi);
      if (!workflow)
        throw new ImportError('The approval plugin is not installed: imported articles could not be approved.');
      const importerName = `Nhập từ trang cũ ${source}`;
      const report = newReport(source, dryRun);
      const hosts = options.oldHosts.map((host) => host.toLowerCase());
      const changed = () => {
        report.unchanged = false;
      };
      const warn = (oldId: number | null, message: string) => {
        report.warningCount += 1;
        if (report.warnings.length < 5000) report.warnings.push({ oldId, message });
      };

      progress(`Reading the Joomla database (${options.prefix}…)…`);
      const joomla: JoomlaSource = await openJoomla(options.mysql, options.prefix);
      try {
        report.joomlaVersion = joomla.version;

        // Departments: every article needs one, so an unknown slug stops the run before any write.
        const departments = new Map(
          (
            (await strapi.db.query(UID.department).findMany({ select: ['documentId', 'slug'] })) as {
              documentId: string;
              slug: string;
            }[]
          ).map((row) => [row.slug, row.documentId])
        );
        const known = () => [...departments.keys()].join(', ') || '(none yet: create the departments first)';
        for (const slug of [options.department, ...Object.values(options.departmentMap)]) {
          if (slug && !departments.has(slug)) {
            throw new ImportError(`There is no department "${slug}". Departments: ${known()}.`);
          }
        }

        // Sections.
        const categories = await joomla.categories();
        const plans = planCategories(categories);
        const departmentOf = (categoryId: number, seen = new Set<number>()): string | null => {
          const plan = plans.get(categoryId);
          if (!plan || seen.has(categoryId)) return options.department;
          const { category } = plan;
          const mapped =
            options.departmentMap[String(category.id)] ??
            options.departmentMap[category.alias] ??
            options.departmentMap[category.path];
          if (mapped) return mapped;
          return plans.has(category.parentId)
            ? departmentOf(category.parentId, new Set([...seen, categoryId]))
            : options.department;
        };
        const unmapped = categories.filter((category) => !departmentOf(category.id));
        if (unmapped.length && !options.department) {
          throw new ImportError(
            `Each article needs a department. Pass --department <slug> (one of: ${known()}), or name the categories ` +
              `${unmapped
                .slice(0, 10)
                .map((category) => `${category.id} "${category.title}"`)
                .join(', ')} in the --departments file.`
          );
        }
        const menuItems = await joomla.menuItems();
        const paths = categoryPaths(plans, menuItems);
        const sectionOf = new Map<number, string>();
        await service.importSections(options, [...plans.values()], plans, sectionOf, report, changed);
        const fallbackSection = await service.fallbackSection(options, plans, sectionOf, report, changed);

        // Slugs first, so that a link to an article not yet imported already has its address.
        const total = await joomla.countArticles();
        progress(`Planning the addresses of ${total.toLocaleString('en-US')} articles…`);
        const planned = new Map<string, string>(); // dry run only: old id → slug
        for await (const batch of joomla.articles(options.batchSize)) {
          await service.planSlugs(source, batch, planned, dryRun);
        }

        // Articles.
        const media = mediaStore(strapi, { siteRoot: options.siteRoot, dryRun });
        const authors = new Map<string, string>();
        let done = 0;
        const tick = () => {
          const seconds = (Date.now() - started) / 1000;
          const rate = done / Math.max(seconds, 0.001);
          const left = rate > 0 ? Math.round((total - done) / rate) : 0;
          const eta = left >= 90 ? `about ${Math.round(left / 60)} min left` : `about ${left} s left`;
          progress(
            `Articles ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} (${total ? Math.floor((done / total) * 100) : 100}%) · ${rate.toFixed(1)}/s · ${eta}`
          );
        };
        for await (const batch of joomla.articles(options.batchSize)) {
          const records = await findItems(
            source,
            'article',
            batch.map((article) => article.id)
          );
          const users = await joomla.users([...new Set(batch.map((article) => article.createdBy))]);
          for (const article of batch) {
            report.articles.read += 1;
            try {
              // Analysed right before it is converted: the converter reuses the parse of the same body.
              const analysis = analyseBody(bodyOf(article), { oldHosts: hosts });
              // Links to other old articles: their new addresses, in one query for the article.
              const targets = await findItems(source, 'article', [
                ...new Set(analysis.articleLinks.map((link) => link.oldId)),
              ]);
              const linkAddress = (oldId: number): string | null => {
                const slug = targets.get(String(oldId))?.slug ?? planned.get(String(oldId)) ?? null;
                return slug ? READER_PATHS.article(slug) : null;
              };
              await service.importArticle({
                options,
                article,
                record: records.get(String(article.id)) ?? null,
                analysis,
                paths,
                linkAddress,
                plans,
                sectionOf,
                fallbackSection,
                departmentOf: (categoryId: number) => departments.get(departmentOf(categoryId) ?? '') ?? null,
                users,
                authors,
                media,
                planned,
                report,
                workflow,
                views,
                importerName,
                hosts,
                warn,
                changed,
              });
            } catch (error) {
              tally(report.articles.skipped, 'could not be written', article.id);
              warn(article.id, `Not imported: ${(error as Error).message}`);
            }
            done += 1;
          }
          tick();
        }

        progress('Old addresses: menu items and old redirects…');
        await service.importAddresses(options, joomla, { plans, sectionOf, menuItems, paths }, report, changed);

        // Hits: this site's share of the legacy offset, kept so that several old sites add up.
        const shown = options.oldTotal ?? (await joomla.shownTotalHits());
        const publishedHits = dryRun ? report.hits.published : await service.importedPublishedHits(source);
        report.hits.shownOnOldSite = shown;
        report.hits.offset = shown - publishedHits;
        if (!dryRun) {
          await strapi.db.transaction(async () => {
            const [site] = [...(await findItems(source, 'site', ['total'])).values()];
            const details = { shownOnOldSite: shown, importedPublishedHits: publishedHits, offset: report.hits.offset };
            if (!site || hashOf(site.details) !== hashOf(details))
              await saveItem(site, { source, kind: 'site', oldId: 'total', done: true, details });
          });
        }
        // Every other old site imported into this portal keeps its own share.
        const others = (await items().findMany({ where: { kind: 'site', source: { $ne: source } } })) as ItemRow[];
        report.hits.legacyTotal =
          others.reduce((sum, site) => sum + Number((site.details as { offset?: number } | null)?.offset ?? 0), 0) +
          report.hits.offset;
        if (!dryRun) getService(strapi, 'redirects').forget();
      } finally {
        await joomla.close();
      }
      report.finishedAt = new Date().toISOString();
      report.seconds = (Date.now() - started) / 1000;
      if (options.reportFile) {
        fs.mkdirSync(path.dirname(options.reportFile), { recursive: true });
        fs.writeFileSync(options.reportFile, `${JSON.stringify(report, null, 2)}\n`);
      }
      for (const line of summarize(report, options.reportFile)) progress(line);
      return report;
    },

    /** The visible categories as sections, parents first; the hidden ones are listed in the report. */
    async importSections(
      options: ImportOptions,
      ordered: CategoryPlan[],
      plans: Map<number, CategoryPlan>,
      sectionOf: Map<number, string>,
      report: ImportReport,
      changed: () => void
    ): Promise<void> {
      const { source, dryRun } = options;
      const records = await findItems(
        source,
        'category',
        ordered.map((plan) => plan.category.id)
      );
      for (const plan of ordered) {
        const { category } = plan;
        if (!plan.visible) {
          report.sections.hidden.push({
            oldId: category.id,
            title: category.title,
            reason:
              category.published === -2
                ? 'trashed'
                : category.published === 0
                  ? 'unpublished'
                  : 'inside a hidden category',
          });
          continue;
        }
        const record = records.get(String(category.id));
        const parentId = parentOf(plan, plans);
        const parent = parentId === null ? null : (sectionOf.get(parentId) ?? null);
        const name = clip(repairText(category.title).text, 200);
        const description = category.description ? clip(plainText(category.description), 2000) : '';
        const data = { name, description, position: plan.position, parent };
        const sourceHash = hashOf(data);
        if (record?.done && record.targetDocumentId) {
          sectionOf.set(category.id, record.targetDocumentId);
          if (record.sourceHash === sourceHash) {
            report.sections.unchanged += 1;
            continue;
          }
          report.sections.updated += 1;
          changed();
          if (dryRun) continue;
          await strapi.db.transaction(async () => {
            await strapi.documents(UID.section).update({ documentId: record.targetDocumentId!, data });
            await saveItem(record, { sourceHash });
          });
          continue;
        }
        report.sections.created += 1;
        changed();
        if (dryRun) {
          sectionOf.set(category.id, `dry-run-${category.id}`);
          continue;
        }
        const slug = await service.freeSlug(
          UID.section,
          SLUG_PATTERN.test(category.alias) ? category.alias : toSlug(name),
          source
        );
        await strapi.db.transaction(async () => {
          const created = await strapi.documents(UID.section).create({ data: { ...data, slug } });
          sectionOf.set(category.id, created.documentId);
          await saveItem(record, {
            source,
            kind: 'category',
            oldId: String(category.id),
            targetDocumentId: created.documentId,
            slug,
            sourceHash,
            done: true,
          });
          report.redirects.sections += 1;
          await saveAddress(source, options.oldHosts, categoryKey(category.id), {
            kind: 'section',
            documentId: created.documentId,
            alias: normalizePath(category.alias),
          });
          if (category.path) {
            await saveAddress(source, options.oldHosts, pathKey(category.path), {
              kind: 'section',
              documentId: created.documentId,
            });
          }
        });
      }
    },

    /** Where articles of a category the old site did not show go: the first top-level section imported, or one made for them. */
    async fallbackSection(
      options: ImportOptions,
      plans: Map<number, CategoryPlan>,
      sectionOf: Map<number, string>,
      report: ImportReport,
      changed: () => void
    ): Promise<string> {
      const top = [...plans.values()].find((plan) => plan.visible && parentOf(plan, plans) === null);
      const found = top ? sectionOf.get(top.category.id) : undefined;
      if (found) return found;
      const slug = `trang-cu-${options.source}`;
      const existing = (await strapi.db.query(UID.section).findOne({ where: { slug }, select: ['documentId'] })) as {
        documentId: string;
      } | null;
      if (existing) return existing.documentId;
      report.sections.created += 1;
      changed();
      if (options.dryRun) return 'dry-run-fallback';
      const created = await strapi.documents(UID.section).create({
        data: { name: `Bài viết từ trang cũ (${options.source})`, slug, position: 999 },
      });
      return created.documentId;
    },

    /** `base`, or `base-<source>`, `base-<source>-2`…: the first slug no document of `uid` has. */
    async freeSlug(uid: typeof UID.section | typeof UID.article, base: string, source: string): Promise<string> {
      const stem = (base || source).slice(0, 180);
      const taken = new Set(
        (
          (await strapi.db.query(uid).findMany({
            select: ['slug'],
            where: { $or: [{ slug: stem }, { slug: { $startsWith: `${stem}-` } }] },
          })) as { slug: string | null }[]
        ).map((row) => row.slug)
      );
      if (!taken.has(stem)) return stem;
      if (!taken.has(`${stem}-${source}`)) return `${stem}-${source}`;
      for (let n = 2; ; n += 1) if (!taken.has(`${stem}-${source}-${n}`)) return `${stem}-${source}-${n}`;
    },

    /**
     * Gives each article of a batch its address before any is written: the old alias where it is a
     * valid slug and free, else one made from the title; `-<old id>` (then `-<source>-<old id>`)
     * where that is taken. Recorded as not-yet-imported items (in memory for a dry run).
     */
    async planSlugs(
      source: string,
      batch: JoomlaArticle[],
      planned: Map<string, string>,
      dryRun: boolean
    ): Promise<void> {
      const records = await findItems(
        source,
        'article',
        batch.map((article) => article.id)
      );
      const fresh = batch.filter(
        (article) => article.state !== -2 && !records.has(String(article.id)) && !planned.has(String(article.id))
      );
      if (!fresh.length) return;
      const wanted = fresh.map((article) => {
        const alias = article.alias.trim();
        const base = SLUG_PATTERN.test(alias) && alias.length <= 180 ? alias : toSlug(repairText(article.title).text);
        return { article, base: base || `bai-viet-${article.id}` };
      });
      const candidates = wanted.flatMap(({ article, base }) => [
        base,
        `${base}-${article.id}`,
        `${base}-${source}-${article.id}`,
      ]);
      const taken = new Set<string>();
      for (let i = 0; i < candidates.length; i += 300) {
        const chunk = candidates.slice(i, i + 300);
        const [articles, reserved] = await Promise.all([
          strapi.db.query(UID.article).findMany({ select: ['slug'], where: { slug: { $in: chunk } } }),
          items().findMany({ select: ['slug'], where: { kind: 'article', slug: { $in: chunk } } }),
        ]);
        for (const row of [...(articles as { slug: string }[]), ...(reserved as { slug: string }[])])
          taken.add(row.slug);
      }
      for (const slug of planned.values()) if (candidates.includes(slug)) taken.add(slug);
      const rows: Partial<ItemRow>[] = [];
      for (const { article, base } of wanted) {
        const slug = [base, `${base}-${article.id}`, `${base}-${source}-${article.id}`].find(
          (option) => !taken.has(option)
        )!;
        taken.add(slug);
        if (dryRun) planned.set(String(article.id), slug);
        else rows.push({ source, kind: 'article', oldId: String(article.id), slug, done: false });
      }
      if (rows.length) await items().createMany({ data: rows });
    },

    /** One old article: its pictures and files first, then the document, its approval, hits and address in one transaction. */
    async importArticle(ctx: {
      options: ImportOptions;
      article: JoomlaArticle;
      record: ItemRow | null;
      analysis: ReturnType<typeof analyseBody>;
      paths: Map<number, string[]>;
      linkAddress: (oldId: number) => string | null;
      plans: Map<number, CategoryPlan>;
      sectionOf: Map<number, string>;
      fallbackSection: string;
      departmentOf: (categoryId: number) => string | null;
      users: Map<number, { name: string }>;
      authors: Map<string, string>;
      media: MediaStore;
      planned: Map<string, string>;
      report: ImportReport;
      workflow: NonNullable<ReturnType<typeof workflowImports>>;
      views: ReturnType<typeof readership>;
      importerName: string;
      hosts: string[];
      warn: (oldId: number | null, message: string) => void;
      changed: () => void;
    }): Promise<void> {
      const { options, article, record, analysis, report, warn } = ctx;
      const { source, dryRun } = options;
      const id = article.id;
      const plan = ctx.plans.get(article.catid);
      const sectionCategory = plan?.visibleAncestor ?? null;
      const fate = fateOf(article, Boolean(plan?.visible), new Date());
      if (fate.kind === 'skip') {
        tally(report.articles.skipped, fate.reason, id);
        if (record?.done) warn(id, `${fate.reason} since the last import; the portal's copy was left as it is.`);
        return;
      }
      if (!plan)
        warn(id, `its category #${article.catid} is not among the old site's categories: imported as a draft.`);
      if (fate.note) warn(id, fate.note);

      const hitsBefore = Number(record?.hits ?? 0);
      const sourceHash = hashOf({
        title: article.title,
        alias: article.alias,
        introtext: article.introtext,
        fulltext: article.fulltext,
        state: article.state,
        catid: article.catid,
        createdBy: article.createdBy,
        createdByAlias: article.createdByAlias,
        created: article.created,
        publishUp: article.publishUp,
        publishDown: article.publishDown,
        images: article.images,
        metadesc: article.metadesc,
        featured: article.featured,
        tags: article.tags,
      });
      const count = () => {
        report.articles.imported[fate.state] += 1;
        report.hits.imported += article.hits;
        if (fate.state === 'published') report.hits.published += article.hits;
      };

      // Unchanged on the old site: only its hits may have moved on.
      if (record?.done && record.targetDocumentId && record.sourceHash === sourceHash) {
        report.articles.unchanged += 1;
        count();
        if (article.hits !== hitsBefore) {
          ctx.changed();
          if (!dryRun) await service.addHits(ctx, record, article.hits - hitsBefore);
        }
        return;
      }
      // Changed there, and edited here since: the editor's version stays.
      if (record?.done && record.targetDocumentId) {
        const current = await ctx.workflow.fingerprint(UID.article, record.targetDocumentId);
        if (current !== null && current !== record.writtenFingerprint) {
          report.articles.keptEdits.push({
            oldId: id,
            documentId: record.targetDocumentId,
            slug: record.slug,
            title: article.title,
          });
          warn(
            id,
            'changed on the old site, but an editor has changed the portal copy since the last import: kept as edited.'
          );
          report.articles.unchanged += 1;
          count();
          if (article.hits !== hitsBefore && !dryRun) await service.addHits(ctx, record, article.hits - hitsBefore);
          return;
        }
      }

      // Text.
      const repairs = new Set<string>();
      const title = repairText(article.title);
      title.repairs.forEach((repair) => repairs.add(repair));
      for (const shortcode of analysis.shortcodes) tally(report.shortcodes, shortcode.name, id);

      // Pictures and files.
      const files = new Map<string, StoredFile | null>();
      const store = async (
        key: string[],
        relative: string | null,
        src: string,
        alt: string | null,
        caption: string | null,
        kind: string
      ) => {
        if (!relative) {
          if (kind === 'image') {
            report.media.elsewhere.push({ oldId: id, src });
            warn(id, `picture on another site, not imported: ${src}`);
          }
          for (const k of key) files.set(k, null);
          return null;
        }
        const outcome = await ctx.media.get(relative, alt, caption);
        let file: StoredFile | null = null;
        if (outcome.status === 'stored') {
          file = outcome.file;
          if (outcome.first && outcome.reused) report.media.reused += 1;
          else if (outcome.first) report.media.imported += 1;
        } else if (outcome.status === 'missing') {
          report.media.missingCount += 1;
          if (report.media.missing.length < 5000) report.media.missing.push({ oldId: id, path: relative });
          warn(id, `file missing from the old site's copy: ${relative}`);
        } else {
          report.media.refused.push({ oldId: id, path: relative, reason: outcome.reason });
          warn(id, `file refused by the media library (${outcome.reason}): ${relative}`);
        }
        for (const k of key) files.set(k, file);
        return file;
      };
      for (const ref of analysis.refs) {
        await store([ref.src, ...(ref.path ? [ref.path] : [])], ref.path, ref.src, ref.alt, ref.caption, ref.kind);
      }
      const galleries = new Map<string, StoredFile[]>();
      for (const folder of analysis.galleries) {
        const pictures = ctx.media.gallery(folder);
        if (!pictures.length) warn(id, `gallery folder not found or empty: images/${folder}`);
        const stored: StoredFile[] = [];
        for (const picture of pictures) {
          const file = await store([picture], picture, picture, null, null, 'image');
          if (file) stored.push(file);
        }
        galleries.set(folder, stored);
      }
      const coverImage = async (image: JoomlaImage | null) => {
        if (!image?.src) return null;
        const relative = sitePath(image.src, ctx.hosts);
        return store([image.src], relative, image.src, image.alt, image.caption, 'image');
      };
      const fullImage = await coverImage(article.images.fulltext);
      const introImage = await coverImage(article.images.intro);

      const links = new Map<string, string>();
      for (const link of analysis.articleLinks) {
        const target = ctx.linkAddress(link.oldId);
        if (target) links.set(link.href, target);
        else warn(id, `links to old article #${link.oldId}, which is not imported: link left as it was.`);
      }
      const converted = convertBody(bodyOf(article), {
        oldHosts: ctx.hosts,
        media: files,
        galleries,
        links,
        images: {
          image_intro: article.images.intro?.src ?? null,
          image_intro_alt: article.images.intro?.alt ?? null,
          image_intro_caption: article.images.intro?.caption ?? null,
          image_fulltext: article.images.fulltext?.src ?? null,
          image_fulltext_alt: article.images.fulltext?.alt ?? null,
          image_fulltext_caption: article.images.fulltext?.caption ?? null,
        },
      });
      converted.repairs.forEach((repair) => repairs.add(repair));
      for (const message of converted.warnings) warn(id, message);
      for (const repair of repairs) tally(report.repairs, repair, id);

      // Authors: the signature at the end of the body, else the byline, else the Joomla user.
      const departmentId = ctx.departmentOf(article.catid);
      if (!departmentId) throw new Error(`no department for category #${article.catid}`);
      const byline = converted.signature ??
        (article.createdByAlias.trim() ? { name: repairText(article.createdByAlias).text.trim(), titles: [] } : null) ??
        (ctx.users.get(article.createdBy)
          ? { name: repairText(ctx.users.get(article.createdBy)!.name).text.trim(), titles: [] }
          : null) ?? { name: 'Ban Biên tập', titles: [] };
      const authorId = await service.author(ctx, byline.name, byline.titles, departmentId);

      const summarySource = article.fulltext.trim()
        ? plainText(article.introtext)
        : repairText(article.metadesc).text.trim();
      const data: Record<string, unknown> = {
        title: clip(title.text.trim() || article.alias.trim() || `Bài viết #${id}`, 300),
        summary: summarySource ? clip(summarySource, 1000) : null,
        body: converted.blocks,
        eventDate: vietnamDay(article.publishUp ?? article.created ?? new Date()),
        featured: article.featured,
        tags: [...new Set(article.tags.map((tag) => repairText(tag).text.trim()).filter(Boolean))].map((name) => ({
          name: clip(name, 100),
        })),
        section: ctx.sectionOf.get(sectionCategory ?? -1) ?? ctx.fallbackSection,
        department: departmentId,
        authors: [authorId],
        cover: (fullImage ?? introImage ?? converted.firstImage)?.id || null,
      };
      if ('bodyHtml' in strapi.contentType(UID.article).attributes) data.bodyHtml = converted.html;
      const creating = !record?.done || !record.targetDocumentId;
      if (creating) report.articles.created += 1;
      else report.articles.updated += 1;
      count();
      ctx.changed();
      if (dryRun) return;

      const slug = record?.slug ?? ctx.planned.get(String(id)) ?? null;
      await strapi.db.transaction(async () => {
        let documentId = record?.targetDocumentId ?? null;
        const exists = documentId
          ? Boolean(await strapi.db.query(UID.article).findOne({ where: { documentId }, select: ['id'] }))
          : false;
        const written: { documentId: string; slug?: string | null } | null =
          documentId && exists
            ? await strapi.documents(UID.article).update({ documentId, data: data as never })
            : await strapi.documents(UID.article).create({ data: { ...data, slug } as never });
        documentId = written?.documentId ?? documentId;
        if (!documentId) throw new Error('the Document Service wrote no article');
        const writtenFingerprint = await ctx.workflow.adopt(UID.article, documentId, {
          state: fate.state,
          importer: ctx.importerName,
          comment: `Imported from ${source} #${id}`,
          publishAt: fate.publishAt,
          unpublishAt: fate.unpublishAt,
        });
        if (ctx.views && article.hits !== hitsBefore) {
          await ctx.views.addImportedViews(new Map([[documentId, article.hits - hitsBefore]]));
        }
        if (
          await saveAddress(source, ctx.hosts, articleKey(id), {
            kind: 'article',
            documentId,
            alias: normalizePath(article.alias),
          })
        ) {
          report.redirects.articles += 1;
        }
        // Its addresses without the id, as modern routing wrote them (`tin-tuc/hoat-dong/<alias>`).
        const alias = article.alias.trim();
        for (const path of alias ? (ctx.paths.get(article.catid) ?? []) : []) {
          await saveAddress(source, ctx.hosts, pathKey(`${path}/${alias}`), {
            kind: 'article',
            documentId,
            alias: normalizePath(alias),
          });
        }
        await saveItem(record, {
          source,
          kind: 'article',
          oldId: String(id),
          targetDocumentId: documentId,
          slug: written?.slug ?? slug,
          sourceHash,
          writtenFingerprint,
          hits: article.hits,
          done: true,
        });
      });
    },

    /** Adds the hits an old article gained since the last run. */
    async addHits(ctx: { views: ReturnType<typeof readership> }, record: ItemRow, delta: number): Promise<void> {
      await strapi.db.transaction(async () => {
        if (ctx.views && record.targetDocumentId)
          await ctx.views.addImportedViews(new Map([[record.targetDocumentId, delta]]));
        await saveItem(record, { hits: Number(record.hits ?? 0) + delta });
      });
    },

    /** The author with this name (any letter case), or a new one of the article's department. */
    async author(
      ctx: { authors: Map<string, string>; report: ImportReport; options: ImportOptions },
      name: string,
      titles: string[],
      departmentId: string
    ): Promise<string> {
      const key = name.normalize('NFC').toLocaleLowerCase('vi');
      const cached = ctx.authors.get(key);
      if (cached) return cached;
      const found = (await strapi.db.query(UID.author).findOne({
        where: { fullName: { $eqi: name } },
        select: ['documentId'],
      })) as { documentId: string } | null;
      if (found) {
        ctx.report.authors.matched += 1;
        ctx.authors.set(key, found.documentId);
        return found.documentId;
      }
      ctx.report.authors.created += 1;
      if (ctx.options.dryRun) {
        ctx.authors.set(key, `dry-run-${key}`);
        return `dry-run-${key}`;
      }
      const { short, position } = splitTitles(titles);
      const created = await strapi.documents(UID.author).create({
        data: {
          fullName: clip(name, 200),
          titles: short.map((title) => ({ name: title })),
          position: position ? clip(position, 300) : null,
          department: departmentId,
        } as never,
      });
      ctx.authors.set(key, created.documentId);
      return created.documentId;
    },

    /** Menu paths and the old site's own redirects, as old addresses. */
    async importAddresses(
      options: ImportOptions,
      joomla: JoomlaSource,
      {
        plans,
        sectionOf,
        menuItems,
        paths,
      }: {
        plans: Map<number, CategoryPlan>;
        sectionOf: Map<number, string>;
        menuItems: JoomlaMenuItem[];
        paths: Map<number, string[]>;
      },
      report: ImportReport,
      changed: () => void
    ): Promise<void> {
      const { source, dryRun } = options;
      const save = async (lookup: string, target: Parameters<typeof saveAddress>[3]) => {
        if (dryRun) return false;
        const created = await saveAddress(source, options.oldHosts, lookup, target);
        if (created) changed();
        return created;
      };
      const articleTarget = async (oldId: number) => {
        const [record] = [...(await findItems(source, 'article', [oldId])).values()];
        return record?.targetDocumentId ?? null;
      };
      // A category's pages under the menu items that show it or its ancestors.
      for (const [id, plan] of plans) {
        const section = plan.visibleAncestor ? sectionOf.get(plan.visibleAncestor) : undefined;
        if (!section) continue;
        for (const path of paths.get(id) ?? []) {
          if (path !== plan.category.path && (await save(pathKey(path), { kind: 'section', documentId: section }))) {
            report.redirects.paths += 1;
          }
        }
      }
      for (const item of menuItems) {
        if (item.published !== 1 || !item.path || item.targetId === null) continue;
        if (item.view === 'category' || item.view === 'blog') {
          const plan = plans.get(item.targetId);
          const section = plan?.visibleAncestor ? sectionOf.get(plan.visibleAncestor) : undefined;
          if (section && (await save(pathKey(item.path), { kind: 'section', documentId: section })))
            report.redirects.paths += 1;
        } else if (item.view === 'article') {
          const documentId = await articleTarget(item.targetId);
          if (documentId && (await save(pathKey(item.path), { kind: 'article', documentId })))
            report.redirects.paths += 1;
        }
      }
      for (const link of await joomla.redirectLinks()) {
        if (link.published !== 1 || !link.oldUrl.trim() || !link.newUrl.trim()) {
          report.redirects.skipped += 1;
          continue;
        }
        const from = parseAddress(link.oldUrl);
        const to = parseAddress(link.newUrl);
        const lookup = from.keys.find((key) => key.startsWith('p:')) ?? null;
        if (!lookup) {
          report.redirects.skipped += 1;
          continue;
        }
        // A redirect to an old article goes straight to its new address.
        const articleId = to.keys.find((key) => key.startsWith('a:'));
        const documentId = articleId ? await articleTarget(Number(articleId.slice(2))) : null;
        const external = /^https?:\/\//i.test(link.newUrl.trim()) && !(to.host && options.oldHosts.includes(to.host));
        const target = documentId
          ? { kind: 'article' as const, documentId }
          : { kind: 'url' as const, url: external ? link.newUrl.trim() : `/${link.newUrl.trim().replace(/^\/+/, '')}` };
        if (await save(lookup, target)) report.redirects.oldRedirects += 1;
      }
    },

    /** The imported hits of this source's articles that are published now (what the site total counts). */
    async importedPublishedHits(source: string): Promise<number> {
      const knex = strapi.db.connection;
      const t = tables(strapi);
      const itemsTable = t.qualified(t.table(ITEM_UID));
      const articles = t.qualified(t.table(UID.article));
      const [row] = (await knex(`${itemsTable} as i`)
        .sum({ hits: 'i.hits' })
        .where('i.source', source)
        .andWhere('i.kind', 'article')
        .whereIn(
          'i.target_document_id',
          knex(articles).select('document_id').whereNotNull(t.column(UID.article, 'publishedAt'))
        )) as { hits: number | string | null }[];
      return Number(row?.hits ?? 0);
    },
  };
  return service;
};

export default importer;
