/**
 * The reader's journey on the reference page, in a real browser: home → section → article →
 * search, the view counter, the side boxes, keyboard use, text size, print and phone width.
 * Screenshots go to tests/e2e/screenshots/ (git-ignored).
 */
const fs = require('node:fs');
const path = require('node:path');
const { launch, userAgentOf } = require('./browser');

const BASE = process.env.E2E_BASE_URL;
const SHOTS = path.join(__dirname, 'screenshots');
const REPORT = 'mot-so-ket-qua-cong-tac-dan-van-nam-2025-nhiem-vu-trong-tam-nam-2026';
const REPORT_TITLE = 'Một số kết quả công tác Dân vận năm 2025, nhiệm vụ trọng tâm năm 2026';
const SECTION = 'Công tác dân vận - mặt trận - đoàn thể';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/**
 * "3.334" → 3334
 * @param {string | null} text
 */
const parseVi = (text) => Number(String(text).replace(/\./g, ''));

/** @typedef {import('playwright-core').Page} Page */

/**
 * `value`, which must be there (a bounding box, say): the test fails here when it is not.
 * @template T
 * @param {T | null} value
 * @returns {T}
 */
const present = (value) => {
  expect(value).not.toBeNull();
  return /** @type {T} */ (value);
};

/** @type {import('playwright-core').Browser} */
let browser;

/**
 * A new visitor: own cookies; records the page's script errors and CSP violations.
 * @param {{ width: number, height: number }} [viewport]
 */
const visitor = async (viewport = DESKTOP) => {
  const context = await browser.newContext({ viewport, userAgent: userAgentOf(browser), locale: 'vi-VN' });
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  return { context, page, problems };
};

/**
 * Waits for the view's heading (views draw after their data arrives), and checks it exactly.
 * @param {Page} page
 * @param {string} text
 */
const heading = async (page, text) => {
  await page.locator('main h1', { hasText: text }).waitFor();
  expect(await page.locator('main h1').textContent()).toBe(text);
};

/** @type {(page: Page, name: string, fullPage?: boolean) => Promise<Buffer>} */
const shot = (page, name, fullPage = true) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });

/**
 * An API answer fetched from inside the page (same origin, same cookies).
 * @param {Page} page
 * @param {string} url
 * @param {string} [method]
 */
const apiJson = async (page, url, method = 'GET') =>
  page.evaluate(
    async ([u, m]) => {
      const response = await fetch(u, { method: m });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    [url, method]
  );

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe("the reader's journey", () => {
  test('home → section → article → search, with the page as a reader sees it', async () => {
    const { context, page, problems } = await visitor();

    // Home: lang, headings, section navigation, latest articles, side boxes.
    const homeResponse = await page.goto(`${BASE}/`);
    expect(homeResponse?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.locator('.latest .card').first().waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    await expect(page.locator('.mainnav__list a', { hasText: SECTION }).count()).resolves.toBe(1);
    expect(await page.locator('.latest .card').count()).toBeGreaterThan(0);
    expect(await page.locator('.featured__lead h3').count()).toBe(1);
    expect(await page.locator('#stats-title').textContent()).toBe('Thống kê truy cập');
    await shot(page, 'home-desktop');

    // Section page, reached by its link in the navigation bar, with pagination.
    await page.locator('.mainnav__list a', { hasText: SECTION }).click();
    await page.waitForURL(`${BASE}/chuyen-muc/cong-tac-dan-van-mat-tran-doan-the`);
    await heading(page, SECTION);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1'); // focus follows the navigation
    expect(await page.locator('.mainnav__list a[aria-current="page"]').textContent()).toBe(SECTION);
    const pager = page.locator('nav.pagination');
    expect(await pager.locator('[aria-current="page"]').textContent()).toContain('1');
    const firstPageTitles = await page.locator('main .card__title').allTextContents();
    await pager.locator('a', { hasText: 'Trang sau' }).click();
    await page.waitForURL(/\?trang=2$/);
    await page.locator('nav.pagination [aria-current="page"]', { hasText: '2' }).waitFor();
    const secondPageTitles = await page.locator('main .card__title').allTextContents();
    expect(secondPageTitles.length).toBeGreaterThan(0);
    expect(secondPageTitles.some((title) => firstPageTitles.includes(title))).toBe(false);
    await shot(page, 'section-desktop');
    await page.goBack();
    await page.waitForURL(`${BASE}/chuyen-muc/cong-tac-dan-van-mat-tran-doan-the`);

    // Article page: title, date, breadcrumb, body, figures, tasks, signature.
    await page.locator('main .card__title a', { hasText: REPORT_TITLE }).click();
    await page.waitForURL(`${BASE}/bai-viet/${REPORT}`);
    await heading(page, REPORT_TITLE);
    await expect(page.title()).resolves.toContain(REPORT_TITLE);
    expect(await page.locator('.article__head time').textContent()).toBe('29/12/2025');
    expect(await page.locator('.breadcrumb li').allTextContents()).toEqual(['Trang chủ', SECTION]);
    expect(await page.locator('.article__body p').count()).toBeGreaterThan(2);

    // The campaign chart: an SVG image with a title and description, the numbers written on the bars.
    const chart = page.locator('.chart svg[role="img"]:visible');
    expect(await chart.count()).toBe(1);
    expect(await chart.locator('title').textContent()).toContain('Dân vận khéo');
    const onBars = await chart.locator('.chart__value').allTextContents();
    expect(onBars.map((/** @type {string} */ text) => text.split(' ')[0])).toEqual([
      '3.334',
      '3.145',
      '1.165',
      '1.330',
      '387',
      '263',
    ]);
    expect(await chart.locator('desc').textContent()).toContain('Văn hóa - xã hội: 1.330 mô hình');

    // The key tasks, in ordinal prose.
    const ordinals = await page.locator('.tasks .task__ordinal').allTextContents();
    expect(ordinals).toEqual(['Một là,', 'Hai là,', 'Ba là,', 'Bốn là,', 'Năm là,']);

    // The signature block: name, then titles, set right.
    const signature = page.locator('.signature .signature__author').first();
    expect(await signature.locator('.signature__name').textContent()).toBe('Đinh Xuân Khiêm');
    expect(await signature.locator('.signature__titles').textContent()).toBe('UVBTV, Trưởng ban Dân vận Tỉnh ủy');
    const [signatureBox, bodyBox] = (
      await Promise.all([signature.boundingBox(), page.locator('.article__body').boundingBox()])
    ).map(present);
    expect(bodyBox.x + bodyBox.width - (signatureBox.x + signatureBox.width)).toBeLessThan(2); // flush right
    expect(signatureBox.x).toBeGreaterThan(bodyBox.x + bodyBox.width / 3);

    // Print: a button, a print view link, and a print stylesheet that keeps only the article.
    expect(await page.locator('button[data-print]').textContent()).toBe('In bài viết');
    expect(await page.locator('a', { hasText: 'Bản in' }).getAttribute('href')).toBe(
      `/api/portal/articles/${REPORT}/print`
    );
    await shot(page, 'article-desktop');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    expect(await page.locator('.mainnav').isVisible()).toBe(false);
    expect(await page.locator('.signature').isVisible()).toBe(true);
    await shot(page, 'article-print');
    await page.emulateMedia({ media: 'screen' });

    // The author's page, from the signature; the department's, from the author's.
    await signature.locator('.signature__name a').click();
    await heading(page, 'Đinh Xuân Khiêm');
    expect(await page.locator('.profile__titles').textContent()).toBe('UVBTV, Trưởng ban Dân vận Tỉnh ủy');
    expect(await page.locator('main .card__title a', { hasText: REPORT_TITLE }).count()).toBe(1);
    await shot(page, 'author-desktop');
    await page.locator('.profile a', { hasText: 'Ban Dân vận Tỉnh ủy' }).click();
    await heading(page, 'Ban Dân vận Tỉnh ủy');
    expect(await page.locator('.contact dt').allTextContents()).toEqual(
      expect.arrayContaining(['Địa chỉ', 'Điện thoại'])
    );

    // Search from the header, without tone marks; matches are highlighted.
    await page.fill('#search-q', 'dan van kheo');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(`${BASE}/tim-kiem?q=dan%20van%20kheo`);
    await page.locator('.result').first().waitFor();
    expect(await page.locator('main h1').textContent()).toBe('Tìm kiếm');
    expect(await page.locator('.count').textContent()).toMatch(/^Tìm thấy [\d.]+ bài viết cho “dan van kheo”$/);
    const marked = (await page.locator('.result mark').allTextContents()).map((/** @type {string} */ text) =>
      text.toLowerCase()
    );
    expect(marked).toEqual(expect.arrayContaining(['dân', 'vận', 'khéo']));
    await shot(page, 'search-desktop');

    // An address that names nothing says so, in Vietnamese, with a way back, and answers 404
    // so that search engines drop it.
    const missing = await page.goto(`${BASE}/bai-viet/khong-co-bai-viet-nay`);
    expect(missing?.status()).toBe(404);
    await heading(page, 'Không tìm thấy nội dung');
    expect(await page.locator('main a', { hasText: 'Về trang chủ' }).count()).toBe(1);

    // Every image has alt text (empty for the decorative emblem).
    expect(await page.locator('img:not([alt])').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('an article visit is counted: a second visitor sees the counter one higher', async () => {
    const first = await visitor();
    await first.page.goto(`${BASE}/`);
    await first.page.locator('.latest .card').first().waitFor();
    const sideBox = first.page.locator('#views-box');
    await sideBox.locator('#total-views').waitFor({ timeout: 15000 });
    const totalBefore = parseVi(await first.page.locator('#total-views').textContent());

    expect((await first.page.goto(`${BASE}/bai-viet/${REPORT}`))?.status()).toBe(200);
    const views = first.page.locator('#article-views');
    // The count shown once the server has recorded this visit (the article's payload may be older).
    await first.page.locator('#article-views[data-recorded="true"]').waitFor();
    const afterFirst = Number(await views.getAttribute('data-views'));
    expect(await views.textContent()).toBe(afterFirst.toLocaleString('de-DE')); // "." between thousands

    const second = await visitor();
    await second.page.goto(`${BASE}/bai-viet/${REPORT}`);
    await second.page.locator('#article-views[data-recorded="true"]').waitFor();
    const afterSecond = Number(await second.page.locator('#article-views').getAttribute('data-views'));
    expect(afterSecond).toBe(afterFirst + 1);

    // The site-wide total in the side box went up too.
    await second.page.waitForFunction(
      (before) => Number((document.getElementById('total-views')?.textContent ?? '').replace(/\./g, '')) > before,
      totalBefore
    );
    await first.context.close();
    await second.context.close();
  });

  test('a view is recorded only for the article still shown: not when the reader went back before it drew', async () => {
    const { context, page, problems } = await visitor();
    /** @type {string[]} */
    const recorded = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/views'))
        recorded.push(request.url());
    });
    await page.goto(`${BASE}/`);
    await page.locator('.latest .card').first().waitFor();

    // The article is slow to come; the reader opens it, then goes back before it arrives.
    const articleApi = `${BASE}/api/portal/articles/${REPORT}`;
    await page.route(articleApi, (route) =>
      new Promise((resolve) => setTimeout(resolve, 1500)).then(() => route.continue())
    );
    const asked = page.waitForRequest(articleApi);
    const answered = page.waitForResponse(articleApi);
    await page.evaluate((address) => {
      history.pushState(null, '', address);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `/bai-viet/${REPORT}`);
    await asked;
    await page.evaluate(() => history.back());
    await page.waitForURL(`${BASE}/`);
    await answered;
    await page.waitForTimeout(500); // time for a view that should not be recorded to be asked for
    expect(recorded).toEqual([]);
    expect(await page.locator('main .latest').count()).toBe(1); // home, not the article, is drawn
    expect(await page.locator('#article-title').count()).toBe(0);

    // Read to the end of the loading, the article's visit counts once.
    await page.unroute(articleApi);
    await page.goto(`${BASE}/bai-viet/${REPORT}`);
    await page.locator('#article-views[data-recorded="true"]').waitFor();
    expect(recorded).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  test("a search the server refuses is explained in Vietnamese, not in the API's English", async () => {
    const { context, page, problems } = await visitor();
    const q = 'dân vận '.repeat(30); // longer than the 200 characters a search may have
    await page.goto(`${BASE}/tim-kiem?q=${encodeURIComponent(q)}`);
    await heading(page, 'Yêu cầu chưa hợp lệ');
    const refused = await apiJson(page, `/api/portal/search?q=${encodeURIComponent(q.trim())}`);
    expect(refused.status).toBe(400);
    const text = await page.locator('main .problem').textContent();
    expect(text).toContain('Từ khóa hoặc số trang tìm kiếm chưa hợp lệ');
    expect(text).not.toContain(refused.body.error.message);
    expect(await page.locator('main a', { hasText: 'Về trang chủ' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the side boxes say who is online and how often articles were read, in Vietnamese numbers', async () => {
    const { context, page } = await visitor();
    await page.goto(`${BASE}/`);
    await page.locator('#online-guests').waitFor({ timeout: 15000 });
    expect(await page.locator('#online-box').textContent()).toMatch(
      /^Đang có ([\d.]+|không) khách và ([\d.]+|không) thành viên đang online$/
    );
    expect(Number(await page.locator('#online-guests').getAttribute('data-count'))).toBeGreaterThanOrEqual(1); // this reader
    expect(await page.locator('#views-box').textContent()).toMatch(/^Số lần xem các bài viết: \d{1,3}(\.\d{3})*$/);
    await context.close();
  });

  test('the page stays whole when the readership endpoints fail', async () => {
    const { context, page, problems } = await visitor();
    await context.route(/\/api\/portal\/(stats|presence|most-read|articles\/[^/]+\/views)(\?.*)?$/, (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: '{"data":null,"error":{"status":500,"message":"down"}}',
      })
    );
    await page.goto(`${BASE}/bai-viet/${REPORT}`);
    await heading(page, REPORT_TITLE);
    await page.locator('#views-box', { hasText: 'chưa có số liệu' }).waitFor();
    expect(await page.locator('.signature__name').textContent()).toBe('Đinh Xuân Khiêm');
    expect(await page.locator('#most-read').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('keyboard: a skip link first, then every control reachable, focus visible', async () => {
    const { context, page } = await visitor();
    await page.goto(`${BASE}/`);
    await page.locator('.latest .card').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
    expect(await page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().top >= 0)).toBe(true); // shown when focused
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');

    // Tab on from the main content reaches an article link; its focus ring is drawn; Enter opens it.
    let onArticleLink = false;
    for (let i = 0; i < 15 && !onArticleLink; i += 1) {
      await page.keyboard.press('Tab');
      onArticleLink = await page.evaluate(
        () => document.activeElement?.getAttribute('href')?.startsWith('/bai-viet/') ?? false
      );
    }
    expect(onArticleLink).toBe(true);
    const outline = await page.evaluate(
      () => getComputedStyle(/** @type {Element} */ (document.activeElement)).outlineStyle
    );
    expect(outline).not.toBe('none');
    const href = await page.evaluate(() => /** @type {Element} */ (document.activeElement).getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${BASE}${href}`);
    // The new view's heading takes the focus once the article is drawn.
    await page.waitForFunction(
      () => document.activeElement?.tagName === 'H1' && document.activeElement.id === 'article-title'
    );

    // A- / A+ change the text size and are buttons a keyboard reaches.
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await size();
    await page.locator('button[data-text-size="1"]').focus();
    await page.keyboard.press('Enter');
    expect(await size()).toBeGreaterThan(normal);
    await page.locator('button[data-text-size="-1"]').click();
    await page.locator('button[data-text-size="-1"]').click();
    expect(await size()).toBeLessThan(normal);
    await page.locator('button[data-text-size="0"]').click();
    expect(await size()).toBe(normal);
    await context.close();
  });

  test('at phone width: no sideways scrolling, a menu button, the same content', async () => {
    const { context, page, problems } = await visitor(PHONE);
    await page.goto(`${BASE}/`);
    await page.locator('.latest .card').first().waitFor();
    await page
      .locator('#online-guests')
      .waitFor({ timeout: 15000 })
      .catch(() => {});
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    await shot(page, 'home-phone', false);
    await shot(page, 'home-phone-full');

    const toggle = page.locator('.mainnav__toggle');
    expect(await toggle.isVisible()).toBe(true);
    expect(await page.locator('.mainnav__list').isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.locator('.mainnav__list a', { hasText: SECTION }).click();
    await page.waitForURL(`${BASE}/chuyen-muc/cong-tac-dan-van-mat-tran-doan-the`);
    expect(await page.locator('.mainnav__list').isVisible()).toBe(false); // the menu closes after a choice
    await shot(page, 'section-phone', false);

    await page.goto(`${BASE}/bai-viet/${REPORT}`);
    await page.locator('.signature').waitFor();
    expect(await fits()).toBe(true);
    // The chart's phone drawing: labels above the bars, the numbers still written on them.
    const chart = page.locator('.chart svg[role="img"]:visible');
    expect(await chart.getAttribute('class')).toContain('chart__svg--narrow');
    expect((await chart.locator('.chart__value').allTextContents()).map((text) => text.split(' ')[0])).toEqual([
      '3.334',
      '3.145',
      '1.165',
      '1.330',
      '387',
      '263',
    ]);
    await chart.scrollIntoViewIfNeeded();
    await shot(page, 'article-phone-chart', false);
    await shot(page, 'article-phone', false);
    await shot(page, 'article-phone-full');
    expect(problems).toEqual([]);
    await context.close();
  });
});
