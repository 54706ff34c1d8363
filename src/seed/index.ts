import type { Core, Modules } from '@strapi/strapi';
import { SEED_ENV, UID, type PortalUID, type SluggedUID } from '../constants';
import { toSlug } from '../utils/slug';
import { toBlocks } from './blocks';
import { articles } from './data/articles';
import { authors } from './data/authors';
import { campaigns } from './data/campaigns';
import { departments } from './data/departments';
import { sections } from './data/sections';
import { taskLists } from './data/task-lists';
import { getService as approval, publication } from '../plugins/approval/server/src/utils';
import type { Actor } from '../plugins/approval/server/src/services/actors';
import type { WorkflowUID } from '../plugins/approval/server/src/constants';
import { demoAccounts } from './data/accounts';
import { describeDemoAccounts, ensureDemoAccounts, type DemoAccounts } from './demo-accounts';

export { describeDemoAccounts };

export type SeedLog = (line: string) => void;

/** Per type: how many documents the run created and how many were there already. */
export type SeedReport = Record<string, { created: number; existing: number }>;

export interface SeedResult {
  report: SeedReport;
  accounts: DemoAccounts;
}

/** Who the demo content's approvals are recorded as, where no demo account of the department does it. */
const DEMO_DATA: Actor = { kind: 'system', name: 'Dữ liệu mẫu / demo data' };

/** Loading demo content e-mails nobody. */
const QUIET = { notify: false };

/** Rejection comment of the demo's rejected draft. */
const DEMO_REJECTION =
  'Đề nghị bổ sung số liệu cụ thể của từng huyện trước khi đăng. / Please add the figures for each district before publishing.';

type Ref = Map<string, string>;

const need = (refs: Ref, key: string, what: string): string => {
  const documentId = refs.get(key);
  if (!documentId) throw new Error(`Demo data refers to an unknown ${what} "${key}".`);
  return documentId;
};

/** Orders tree nodes so that every parent comes before its children. */
const parentsFirst = <T extends { slug: string; parent?: string }>(nodes: T[]): T[] => {
  const placed = new Set<string>();
  const ordered: T[] = [];
  let pending = [...nodes];
  while (pending.length) {
    const ready = pending.filter((node) => !node.parent || placed.has(node.parent));
    if (!ready.length) throw new Error(`Demo data: unknown parent for ${pending.map((n) => n.slug).join(', ')}.`);
    ready.forEach((node) => placed.add(node.slug));
    ordered.push(...ready);
    pending = pending.filter((node) => !ready.includes(node));
  }
  return ordered;
};

/**
 * Loads the demo dataset (`src/seed/data`) through the Document Service, so every rule of the
 * model applies to it. Documents are recognised by slug (or title/name): what is there already
 * is left untouched, so a second run changes nothing. Also ensures the local demo super admin.
 */
export const seedDemoContent = async (strapi: Core.Strapi, log: SeedLog = () => {}): Promise<SeedResult> => {
  const report: SeedReport = {};
  const count = (type: string, created: boolean) => {
    report[type] ??= { created: 0, existing: 0 };
    report[type][created ? 'created' : 'existing'] += 1;
  };
  const done = (type: string) =>
    log(`  ${type}: ${report[type]?.created ?? 0} created, ${report[type]?.existing ?? 0} already there`);

  /** The document with this slug, whatever its status (a draft-only article counts as there). */
  const bySlug = (uid: SluggedUID, slug: string) =>
    strapi.db.query(uid).findOne({ select: ['documentId'], where: { slug } }) as Promise<{ documentId: string } | null>;

  /**
   * The documentId of the document `found` names, or of a new one made from `data()`, which
   * `afterCreate` may then take through the approval workflow. Either way it is counted in the
   * report under `type`.
   */
  const ensure = async <T extends PortalUID>(
    type: string,
    uid: T,
    found: { documentId: string } | null,
    data: () => Modules.Documents.Params.Data.Input<T>,
    afterCreate?: (documentId: string) => Promise<void>
  ): Promise<string> => {
    count(type, !found);
    if (found) return found.documentId;
    const { documentId } = await strapi.documents(uid).create({ data: data() });
    await afterCreate?.(documentId);
    return documentId;
  };

  /** Submitted by the department's demo editor, approved by its demo head (where they exist), then published. */
  const workflow = approval(strapi, 'workflow');
  const people = { editors: new Map<string, Actor>(), heads: new Map<string, { actor: Actor; author?: string }>() };
  const publishApproved = async (
    uid: WorkflowUID,
    documentId: string,
    department: string,
    authorSlugs: string[] = []
  ) => {
    const head = people.heads.get(department);
    const approver = head && !(head.author && authorSlugs.includes(head.author)) ? head.actor : DEMO_DATA;
    await workflow.submit(uid, documentId, people.editors.get(department) ?? DEMO_DATA, undefined, QUIET);
    await workflow.approve(uid, documentId, approver, QUIET);
    await publication(strapi, uid).publish({ documentId });
  };

  const sectionIds: Ref = new Map();
  for (const section of parentsFirst(sections)) {
    const documentId = await ensure('sections', UID.section, await bySlug(UID.section, section.slug), () => ({
      name: section.name,
      slug: section.slug,
      description: section.description,
      position: section.position,
      showOnHome: section.showOnHome ?? false,
      parent: section.parent ? need(sectionIds, section.parent, 'section') : null,
    }));
    sectionIds.set(section.slug, documentId);
  }
  done('sections');

  const departmentIds: Ref = new Map();
  for (const department of parentsFirst(departments)) {
    const documentId = await ensure(
      'departments',
      UID.department,
      await bySlug(UID.department, department.slug),
      () => ({
        ...department,
        parent: department.parent ? need(departmentIds, department.parent, 'department') : null,
      })
    );
    departmentIds.set(department.slug, documentId);
  }
  done('departments');

  const authorIds: Ref = new Map();
  for (const author of authors) {
    const documentId = await ensure('authors', UID.author, await bySlug(UID.author, author.slug), () => ({
      fullName: author.fullName,
      slug: author.slug,
      titles: author.titles.map((name) => ({ name })),
      position: author.position,
      department: need(departmentIds, author.department, 'department'),
      bio: author.bio,
    }));
    authorIds.set(author.slug, documentId);
  }
  done('authors');

  const accounts = await ensureDemoAccounts(strapi, { departments: departmentIds, authors: authorIds });
  if (accounts.status === 'ready') {
    for (const spec of demoAccounts) {
      const account = accounts.accounts.find((a) => a.email === spec.email);
      if (!account) continue;
      const actor = await approval(strapi, 'actors').fromAdminUser({ id: account.id });
      if (spec.role === 'editor') people.editors.set(spec.department, actor);
      else people.heads.set(spec.department, { actor, author: spec.author });
    }
  }

  const articleIds: Ref = new Map();
  let drafts = 0;
  // The newest published articles are the home page's featured items.
  const featured = new Set(
    articles
      .filter((article) => !article.draft)
      .sort((a, b) => b.eventDate.localeCompare(a.eventDate))
      .slice(0, 6)
      .map((article) => article.title)
  );
  for (const [index, article] of articles.entries()) {
    const slug = toSlug(article.title);
    const documentId = await ensure(
      'articles',
      UID.article,
      await bySlug(UID.article, slug),
      () => ({
        title: article.title,
        slug,
        summary: article.summary,
        body: toBlocks(article.body),
        eventDate: article.eventDate,
        featured: featured.has(article.title),
        tags: (article.tags ?? []).map((name) => ({ name })),
        section: need(sectionIds, article.section, 'section'),
        department: need(departmentIds, article.department, 'department'),
        authors: article.authors.map((author) => need(authorIds, author, 'author')),
      }),
      async (created) => {
        if (!article.draft) return publishApproved(UID.article, created, article.department, article.authors);
        // The demo's drafts show every state: some waiting for approval, one sent back, the rest drafts.
        drafts += 1;
        if (drafts <= 4)
          await workflow.submit(
            UID.article,
            created,
            people.editors.get(article.department) ?? DEMO_DATA,
            undefined,
            QUIET
          );
        if (drafts === 4)
          await workflow.reject(
            UID.article,
            created,
            people.heads.get(article.department)?.actor ?? DEMO_DATA,
            DEMO_REJECTION,
            QUIET
          );
      }
    );
    articleIds.set(article.title, documentId);
    if ((index + 1) % 20 === 0) log(`  articles: ${index + 1}/${articles.length}…`);
  }
  done('articles');

  for (const list of taskLists) {
    const found = await strapi
      .documents(UID.taskList)
      .findFirst({ filters: { title: list.title }, fields: ['documentId'] });
    await ensure(
      'task lists',
      UID.taskList,
      found,
      () => ({
        title: list.title,
        fromYear: list.fromYear,
        toYear: list.toYear,
        intro: list.intro,
        department: need(departmentIds, list.department, 'department'),
        article: list.announcedIn ? need(articleIds, list.announcedIn, 'article') : null,
        tasks: list.tasks.map((task) => ({
          heading: task.heading,
          detail: task.detail,
          status: task.status,
          dueDate: task.dueDate,
          responsibleDepartments: task.responsible.map((slug) => need(departmentIds, slug, 'department')),
        })),
      }),
      (created) => publishApproved(UID.taskList, created, list.department)
    );
  }
  done('task lists');

  for (const campaign of campaigns) {
    const found = await strapi
      .documents(UID.campaign)
      .findFirst({ filters: { name: campaign.name }, fields: ['documentId'] });
    await ensure(
      'campaigns',
      UID.campaign,
      found,
      () => ({
        name: campaign.name,
        fromYear: campaign.fromYear,
        toYear: campaign.toYear,
        registered: campaign.registered,
        carriedOut: campaign.carriedOut,
        breakdown: campaign.breakdown,
        department: campaign.department ? need(departmentIds, campaign.department, 'department') : null,
        sourceArticle: campaign.sourceArticle ? need(articleIds, campaign.sourceArticle, 'article') : null,
      }),
      (created) => publishApproved(UID.campaign, created, campaign.department ?? '')
    );
  }
  done('campaigns');

  return { report, accounts };
};

/**
 * `strapi develop` on an empty database loads the demo content, so a fresh clone shows a
 * working portal. `SEED_DEMO_CONTENT=false` turns it off; `strapi start` never seeds.
 */
export const seedOnFirstDevelop = async (strapi: Core.Strapi): Promise<void> => {
  if (!strapi.config.get('autoReload') || process.env[SEED_ENV] === 'false') return;
  const isEmpty =
    (await strapi.db.query(UID.section).count()) === 0 && (await strapi.db.query(UID.article).count()) === 0;
  if (!isEmpty) return;
  const log = (line: string) => strapi.log.info(line);
  log(`Empty database: loading the demo content (set ${SEED_ENV}=false to skip)…`);
  const { accounts } = await seedDemoContent(strapi, log);
  describeDemoAccounts(accounts, String(strapi.config.get('admin.absoluteUrl'))).forEach(log);
};
