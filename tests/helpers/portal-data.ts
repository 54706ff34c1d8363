import crypto from 'node:crypto';
import path from 'node:path';
import { UID } from '../../src/constants';
import { publishApproved, SYSTEM, workflowOf } from './approval';
import { builders } from './content';
import { DIST_DIR } from './database';
import { adminUser, approvalApi, type Person } from './people';
import type * as Seed from '../../src/seed';
import type { TestApp } from './strapi';

/** Loads the demo dataset from the compiled app (the same loader `npm run seed` uses). */
export const seedDemo = async (app: TestApp): Promise<void> => {
  // The compiled module the app runs, not a second copy compiled for the tests.
  const { seedDemoContent }: typeof Seed = await import(path.join(DIST_DIR, 'src', 'seed'));
  await seedDemoContent(app.strapi);
};

/** Parses XML into plain objects (xml2js, which rss-parser itself uses); throws on malformed XML. */
export const parseXml = async (text: string): Promise<Record<string, unknown>> => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const xml2js = require('xml2js') as { parseStringPromise(text: string): Promise<Record<string, unknown>> };
  return xml2js.parseStringPromise(text);
};

/** The `<loc>` addresses of a sitemap. */
export const sitemapLocations = async (text: string): Promise<string[]> => {
  const parsed = (await parseXml(text)) as { urlset: { url: { loc: string[] }[] } };
  return parsed.urlset.url.map((url) => url.loc[0]);
};

const token = () => crypto.randomBytes(3).toString('hex');

/**
 * A year-end report as the domain describes it: in a sub-section, signed by a head with titles,
 * with a published task list and campaign figures linked to it.
 */
export const yearEndReport = async (
  app: TestApp,
  { title = `Một số kết quả công tác Dân vận năm 2025 ${token()}` } = {}
) => {
  const make = builders(app.strapi);
  const documents = app.strapi.documents;
  const department = await make.department({ name: `Ban Dân vận Tỉnh ủy ${token()}`, shortName: 'BDV' });
  const parent = await make.section({ name: `Công tác dân vận ${token()}` });
  const child = await make.section({ name: `Dân vận khéo ${token()}`, parent: parent.documentId });
  const author = await make.author({
    fullName: `Đinh Xuân Khiêm ${token()}`,
    position: 'Trưởng ban Dân vận Tỉnh ủy',
    titles: [{ name: 'UVBTV' }],
    department: department.documentId,
  });
  const article = await make.article(
    {
      title,
      summary: 'Kết quả phong trào thi đua "Dân vận khéo" & nhiệm vụ trọng tâm năm 2026.',
      eventDate: '2025-12-20',
      section: child.documentId,
      department: department.documentId,
      authors: [author.documentId],
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Toàn tỉnh có 3.334 mô hình đăng ký.' }] }],
    },
    { publish: true }
  );
  const taskList = await documents(UID.taskList).create({
    data: {
      title: 'Nhiệm vụ trọng tâm năm 2026',
      fromYear: 2026,
      department: department.documentId,
      article: article.documentId,
      tasks: [
        { heading: 'Nâng cao chất lượng công tác dân vận', status: 'planned' },
        {
          heading: 'Đẩy mạnh phong trào thi đua "Dân vận khéo"',
          detail: 'Nhân rộng các mô hình tiêu biểu.',
          status: 'in_progress',
        },
        { heading: 'Tăng cường công tác nắm tình hình nhân dân', status: 'planned' },
      ],
    },
  });
  await publishApproved(app.strapi, UID.taskList, taskList.documentId);
  const campaign = await documents(UID.campaign).create({
    data: {
      name: `Phong trào thi đua "Dân vận khéo" ${token()}`,
      fromYear: 2025,
      department: department.documentId,
      registered: 3334,
      carriedOut: 3145,
      breakdown: [
        { name: 'Kinh tế', count: 1165 },
        { name: 'Văn hóa - xã hội', count: 1330 },
        { name: 'Quốc phòng - an ninh', count: 387 },
        { name: 'Xây dựng hệ thống chính trị', count: 263 },
      ],
      sourceArticle: article.documentId,
    },
  });
  await publishApproved(app.strapi, UID.campaign, campaign.documentId);
  const read = async (uid: string, documentId: string) =>
    (await app.strapi.documents(uid as typeof UID.article).findOne({ documentId, status: 'published' })) as unknown as {
      slug: string;
    };
  return {
    department: { ...department, slug: String(department.slug) },
    parent: { ...parent, slug: String(parent.slug) },
    child: { ...child, slug: String(child.slug) },
    author: { ...author, slug: String(author.slug) },
    article: { ...article, slug: (await read(UID.article, article.documentId)).slug },
    campaign,
    taskList,
  };
};

/** A word no real text contains: a test searches and scans responses for it. */
export const marker = (label: string) => `zq${label}${crypto.randomBytes(3).toString('hex')}`;

export interface Unpublished {
  /** Texts that must never appear in a public response. */
  secrets: string[];
  /** Slugs of articles that must never be served. */
  hiddenSlugs: string[];
  /** The published article that has a newer, unapproved draft. */
  edited: { slug: string; title: string; draftTitle: string };
  head: Person;
  editor: Person;
}

/**
 * Content in every state that must stay private, in one department with a head and an editor:
 * a draft; a submitted-then-rejected article (with a rejection comment); an approved article
 * scheduled for next week; a published article whose newer draft waits for approval; an author
 * linked to an admin account. Every private text carries a marker word.
 */
export const unpublishedContent = async (app: TestApp): Promise<Unpublished> => {
  const make = builders(app.strapi);
  const department = await make.department({ name: `Ủy ban MTTQ ${token()}` });
  const section = await make.section({ name: `Mặt trận ${token()}`, showOnHome: true });
  const head = await adminUser(app, 'head', [department.documentId]);
  const editor = await adminUser(app, 'editor', [department.documentId]);
  // The editor signs the articles: their admin account (and its e-mail) is linked to the author.
  const author = await make.author({
    fullName: `Nguyễn Văn Tuyên ${token()}`,
    department: department.documentId,
    adminUser: editor.id,
  });
  const base = { section: section.documentId, department: department.documentId, authors: [author.documentId] };
  const words = {
    draft: marker('draft'),
    rejected: marker('rejected'),
    comment: marker('comment'),
    scheduled: marker('scheduled'),
    newer: marker('newer'),
  };

  const draft = await make.article({ ...base, title: `Bản nháp ${words.draft}`, summary: words.draft });

  const rejected = await make.article({ ...base, title: `Bài bị trả lại ${words.rejected}`, summary: words.rejected });
  await workflowOf(app.strapi).submit(UID.article, rejected.documentId, SYSTEM);
  await approvalApi(app, head, UID.article)
    .reject(rejected.documentId, { comment: `Bổ sung số liệu ${words.comment}` })
    .expect(200);

  const scheduled = await make.article({ ...base, title: `Bài hẹn giờ ${words.scheduled}`, summary: words.scheduled });
  await workflowOf(app.strapi).submit(UID.article, scheduled.documentId, SYSTEM);
  await workflowOf(app.strapi).approve(UID.article, scheduled.documentId, SYSTEM, {
    publishAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
    unpublishAt: null,
  });

  const title = `Hội nghị Mặt trận ${token()}`;
  const live = await make.article({ ...base, title, summary: 'Bản đã đăng.' }, { publish: true });
  const draftTitle = `Bản sửa chưa duyệt ${words.newer}`;
  await app.strapi
    .documents(UID.article)
    .update({ documentId: live.documentId, data: { title: draftTitle, summary: words.newer } });
  await workflowOf(app.strapi).submit(UID.article, live.documentId, SYSTEM);

  const slugOf = async (documentId: string) =>
    String(
      (
        (await app.strapi.documents(UID.article).findOne({ documentId, status: 'draft' })) as unknown as {
          slug: string;
        }
      ).slug
    );
  return {
    secrets: [...Object.values(words), head.email, editor.email],
    hiddenSlugs: [
      await slugOf(draft.documentId),
      await slugOf(rejected.documentId),
      await slugOf(scheduled.documentId),
    ],
    edited: { slug: await slugOf(live.documentId), title, draftTitle },
    head,
    editor,
  };
};
