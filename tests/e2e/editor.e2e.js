/**
 * The editor's journey in the real Strapi admin (production build): an editor writes an article
 * and submits it; the editor cannot publish it; the department head finds it under "Chờ duyệt",
 * approves and publishes it; the reader page then shows it.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { launch, signIn: signInAs, userAgentOf } = require('./browser');

const BASE = process.env.E2E_BASE_URL;
const PASSWORD = process.env.E2E_PASSWORD;
const EDITOR = 'bientap.bdv@danvan.local';
const HEAD = 'truongban.bdv@danvan.local';
const SHOTS = path.join(__dirname, 'screenshots');
const ARTICLE_UID = 'api::article.article';

const run = crypto.randomBytes(3).toString('hex');
const TITLE = `Hội nghị tập huấn công tác dân vận cơ sở năm 2026 (đợt ${run})`;
const SLUG = `hoi-nghi-tap-huan-cong-tac-dan-van-co-so-nam-2026-dot-${run}`;
const SUMMARY = 'Hơn 200 cán bộ làm công tác dân vận cấp xã được tập huấn kỹ năng nắm tình hình và vận động Nhân dân.';
const BODY =
  'Sáng nay, Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn nghiệp vụ cho cán bộ làm công tác dân vận ở cơ sở.';

/**
 * @typedef {import('playwright-core').Page} Page
 * @typedef {import('playwright-core').BrowserContext} BrowserContext
 */

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {string} */
let documentId;
/**
 * The editor's signed-in session, kept for the refusal (the admin limits sign-ins per account).
 * @type {{ context: BrowserContext, page: Page } | undefined}
 */
let editor;

/** @type {(page: Page, name: string) => Promise<Buffer>} */
const shot = (page, name) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });

/**
 * A fresh browser context signed in to the admin as `email`, with the admin in Vietnamese.
 * @param {string} email
 */
const signIn = (email) => signInAs(browser, String(BASE), email, String(PASSWORD), { language: 'vi' });

/**
 * Picks `option` in the relation field `name` of the content manager's edit view.
 * @param {Page} page
 * @param {string} name
 * @param {string} search
 * @param {string} option
 */
const pickRelation = async (page, name, search, option) => {
  const input = page.locator(`input[name="${name}"]`);
  await input.click();
  await input.fill(search);
  await page
    .getByRole('option', { name: new RegExp(option) })
    .first()
    .click();
};

/**
 * The signed-in user's admin API token, as the admin panel itself keeps it (the jwtToken cookie).
 * @param {BrowserContext} context
 */
const adminToken = async (context) => {
  const cookie = (await context.cookies()).find((c) => c.name === 'jwtToken');
  expect(cookie).toBeDefined();
  return decodeURIComponent(cookie?.value ?? '');
};

/**
 * The approval panel's state badge, once it shows `value` (draft, submitted, approved, published …).
 * @param {Page} page
 * @param {string} value
 */
const state = (page, value) => page.locator(`[data-testid="approval-state"][data-state="${value}"]`);

/** @param {Page} page */
const publicArticle = (page) => page.request.get(`${BASE}/api/portal/articles/${SLUG}`);

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});

afterAll(async () => {
  await editor?.context.close();
  await browser?.close();
});

describe("the editor's journey in the admin", () => {
  test('an editor writes an article and submits it for approval', async () => {
    editor = await signIn(EDITOR);
    const { page } = editor;
    await page.goto(`${BASE}/admin/content-manager/collection-types/${ARTICLE_UID}/create`);
    await page.locator('input[name="title"]').fill(TITLE);
    await page.locator('input[name="slug"]').fill(SLUG);
    await page.locator('textarea[name="summary"]').fill(SUMMARY);
    await page.locator('[role="textbox"][contenteditable="true"]').first().click();
    await page.keyboard.type(BODY);
    await pickRelation(page, 'section', 'Tin trong', 'Tin trong tỉnh');
    await pickRelation(page, 'department', 'Ban Dân vận Tỉnh', 'Ban Dân vận Tỉnh ủy');
    await pickRelation(page, 'authors', 'Hà Văn', 'Hà Văn Lực');
    await page.getByRole('button', { name: /^(Save|Lưu)$/ }).click();
    await page.waitForURL(new RegExp(`/content-manager/collection-types/${ARTICLE_UID}/(?!create)[a-z0-9]+`), {
      timeout: 30000,
    });
    documentId = (page.url().split('/').pop() ?? '').split('?')[0];

    // The approval panel offers "submit" to the editor, and nothing that publishes.
    const submit = page.getByTestId('approval-submit');
    await submit.waitFor();
    await shot(page, 'admin-editor-draft');
    await submit.click();
    await state(page, 'submitted').waitFor();
    await shot(page, 'admin-editor-submitted');
  });

  test('refused: the editor cannot publish, and the article stays unpublished', async () => {
    expect(documentId).toBeTruthy();
    if (!editor) throw new Error('The editor did not sign in (see the first test).');
    const { context, page } = editor;
    await page.goto(`${BASE}/admin/content-manager/collection-types/${ARTICLE_UID}/${documentId}`);
    await state(page, 'submitted').waitFor();
    await shot(page, 'admin-editor-cannot-publish');

    // Not offered: the approval panel has no publish action and the content manager's is disabled.
    expect(await page.getByTestId('approval-publish').count()).toBe(0);
    expect(await page.getByTestId('approval-approve').count()).toBe(0);
    const publish = page.locator('button', { hasText: /^(Publish|Xuất bản)$/ }).first();
    await publish.waitFor();
    expect(await publish.isDisabled()).toBe(true);

    // Refused: asked directly, the admin API answers 403.
    const token = await adminToken(context);
    const attempt = await page.request.post(
      `${BASE}/content-manager/collection-types/${ARTICLE_UID}/${documentId}/actions/publish`,
      {
        headers: { Authorization: `Bearer ${token}` },
        data: {},
      }
    );
    expect(attempt.status()).toBe(403);

    // Unpublished: the public API does not know it, and the reader page says it is not there.
    expect((await publicArticle(page)).status()).toBe(404);
    const rest = await page.request.get(`${BASE}/api/articles?filters[slug][$eq]=${SLUG}`);
    expect((await rest.json()).data).toEqual([]);
    await page.goto(`${BASE}/bai-viet/${SLUG}`);
    await page.locator('main h1', { hasText: 'Không tìm thấy nội dung' }).waitFor();
  });

  test('the department head sees it waiting, approves and publishes it; readers then see it', async () => {
    expect(documentId).toBeTruthy();
    const { context, page } = await signIn(HEAD);

    // "Chờ duyệt": the head's queue lists the submission.
    await page.goto(`${BASE}/admin/plugins/approval`);
    await page.getByRole('heading', { level: 1, name: 'Chờ duyệt' }).waitFor();
    const queue = page.getByTestId('approval-queue');
    await queue.waitFor();
    const row = queue.getByRole('link', { name: TITLE });
    await row.waitFor();
    await shot(page, 'admin-head-queue');
    await row.click();
    await page.waitForURL(new RegExp(`/${documentId}`));
    // The head sees the pictures and files the draft shows (this one has none).
    await page.getByTestId('approval-media').filter({ hasText: 'Ảnh và tệp đính kèm (0)' }).waitFor();

    await page.getByTestId('approval-approve').click();
    await state(page, 'approved').waitFor();
    await page.getByTestId('approval-publish').click();
    await state(page, 'published').waitFor({ timeout: 30000 });
    await shot(page, 'admin-head-published');

    // Online: the public API serves it and the reader page shows it, on its own page and on the home page.
    const response = await publicArticle(page);
    expect(response.status()).toBe(200);
    expect((await response.json()).data.title).toBe(TITLE);

    const reader = await browser.newPage({ viewport: { width: 1280, height: 900 }, userAgent: userAgentOf(browser) });
    await reader.goto(`${BASE}/bai-viet/${SLUG}`);
    await reader.locator('main h1', { hasText: TITLE }).waitFor();
    expect(await reader.locator('.article__body').textContent()).toContain(BODY);
    expect(await reader.locator('.signature__name').textContent()).toBe('Hà Văn Lực');
    await reader.goto(`${BASE}/`);
    await reader.locator('.latest .card__title', { hasText: TITLE }).waitFor();
    await reader.screenshot({ path: path.join(SHOTS, 'home-after-publish.png') });
    await reader.close();
    await context.close();
  });

  test("the department head's admin homepage shows the readership widget", async () => {
    const { context, page } = await signIn(HEAD);
    await page.goto(`${BASE}/admin`);
    await page.getByText('Thống kê truy cập', { exact: true }).first().waitFor({ timeout: 60000 });
    await page.getByText('Tổng lượt xem').first().waitFor();
    await page.getByText('Đọc nhiều trong tuần').first().waitFor();
    await page.getByRole('button', { name: 'Tải CSV' }).waitFor();
    // The widget sits below Strapi's own: bring it into the screenshot.
    await page.getByText('Đọc nhiều trong tuần').first().scrollIntoViewIfNeeded();
    await shot(page, 'admin-head-readership');
    await context.close();
  });
});
