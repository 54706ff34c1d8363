/**
 * The reference reader page: one static page that draws each view from the public delivery
 * API (/api/portal). The server answers every reader path with this page (see the reader plugin),
 * and links are real links: they work without JavaScript's help for opening in a new tab.
 */
import { api, ApiError } from './api.js';
import { byId, h } from './dom.js';
import { formatNumber, formatToday } from './format.js';
import { refreshStats, showMostRead, startPresence } from './readership.js';
import * as views from './views.js';

const SITE = 'Ban Dân vận';
const SLUG = '([a-z0-9]+(?:-[a-z0-9]+)*)';
/**
 * @typedef {import('./views.js').View} View
 * @typedef {import('./views.js').RouteParams} RouteParams
 * @typedef {(params: RouteParams) => Promise<View>} ViewFn
 * @type {[RegExp, () => ViewFn][]}
 */
const ROUTES = [
  [/^\/$/, () => views.home],
  [new RegExp(`^/bai-viet/${SLUG}/?$`), () => views.article],
  [new RegExp(`^/chuyen-muc/${SLUG}/?$`), () => views.section],
  [new RegExp(`^/tac-gia/${SLUG}/?$`), () => views.author],
  [new RegExp(`^/don-vi/${SLUG}/?$`), () => views.department],
  [/^\/tim-kiem\/?$/, () => views.search],
];

const main = () => byId('noi-dung');

/** @param {string | null} value */
const pageNumber = (value) => {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
};

/**
 * @param {URL} url
 * @returns {{ view: ViewFn, params: RouteParams } | null}
 */
const resolve = (url) => {
  for (const [pattern, view] of ROUTES) {
    const match = pattern.exec(url.pathname);
    if (match)
      return {
        view: view(),
        params: { slug: match[1], page: pageNumber(url.searchParams.get('trang')), q: url.searchParams.get('q') ?? '' },
      };
  }
  return null;
};

/**
 * @param {string} title
 * @param {string} text
 * @param {{ retry?: boolean }} [options]
 */
const problem = (title, text, { retry = false } = {}) =>
  h(
    'div',
    { class: 'problem', role: 'alert' },
    h('h1', { tabindex: '-1' }, title),
    h('p', {}, text),
    h(
      'p',
      {},
      retry ? h('a', { href: location.pathname + location.search, 'data-link': true }, 'Thử lại') : null,
      retry ? ' · ' : null,
      h('a', { href: '/', 'data-link': true }, 'Về trang chủ')
    )
  );

/**
 * What a refused request (a 400) means for the reader. The server's message is English, written
 * for developers: the page says it in Vietnamese, and how to go on.
 * @param {ViewFn} view
 */
const refusal = (view) =>
  view === views.search
    ? 'Từ khóa hoặc số trang tìm kiếm chưa hợp lệ. Xin vui lòng nhập từ khóa ngắn hơn (tối đa 200 ký tự) rồi tìm lại.'
    : 'Địa chỉ này có số trang hoặc tham số chưa hợp lệ. Xin vui lòng quay lại trang trước hoặc về trang chủ.';

/** @param {string} pathname */
const markCurrentNav = (pathname) => {
  for (const anchor of document.querySelectorAll('.mainnav__list a')) {
    const href = anchor.getAttribute('href');
    const current = href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
    if (current) anchor.setAttribute('aria-current', 'page');
    else anchor.removeAttribute('aria-current');
  }
};

let renderId = 0;
/** The render whose view is on screen: less than renderId while a later one is still loading. */
let drawnId = 0;

/**
 * Draws the view for the current address; `focus` moves keyboard focus to its heading (after a click).
 * @param {{ focus: boolean }} options
 */
const render = async ({ focus }) => {
  const id = ++renderId;
  const url = new URL(location.href);
  const route = resolve(url);
  main().setAttribute('aria-busy', 'true');
  /** @type {string | null} */
  let title;
  /** @type {HTMLElement} */
  let node;
  /** @type {(() => void) | undefined} */
  let shown;
  if (!route) {
    title = 'Không tìm thấy trang';
    node = problem('Không tìm thấy trang', 'Địa chỉ này không có trên cổng thông tin.');
  } else {
    try {
      ({ title, node, shown } = await route.view(route.params));
    } catch (error) {
      if (!(error instanceof ApiError)) console.error(error);
      if (error instanceof ApiError && error.status === 404) {
        title = 'Không tìm thấy';
        node = problem('Không tìm thấy nội dung', 'Bài viết hoặc trang này không tồn tại, hoặc chưa được xuất bản.');
      } else if (error instanceof ApiError && error.status === 400) {
        title = 'Yêu cầu chưa hợp lệ';
        node = problem('Yêu cầu chưa hợp lệ', refusal(route.view));
      } else {
        title = 'Lỗi tải trang';
        node = problem(
          'Chưa tải được nội dung',
          'Máy chủ đang bận hoặc mất kết nối. Xin vui lòng thử lại sau ít phút.',
          { retry: true }
        );
      }
    }
  }
  if (id !== renderId) return; // a later navigation won
  drawnId = id;
  shownAddress = url.pathname + url.search;
  main().replaceChildren(node);
  main().removeAttribute('aria-busy');
  document.title = title ? `${title} | ${SITE}` : `Cổng thông tin điện tử ${SITE}`;
  markCurrentNav(url.pathname);
  const searchInput = document.getElementById('search-q');
  if (searchInput instanceof HTMLInputElement && url.pathname.startsWith('/tim-kiem'))
    searchInput.value = url.searchParams.get('q') ?? '';
  if (focus) {
    window.scrollTo(0, 0);
    (main().querySelector('h1') ?? main()).focus({ preventScroll: true });
  }
  shown?.();
};

/** @param {string} href */
const navigate = (href) => {
  const url = new URL(href, location.href);
  if (url.href !== location.href) history.pushState(null, '', url);
  void render({ focus: true });
};

/**
 * @param {HTMLAnchorElement} anchor
 * @param {MouseEvent} event
 */
const isReaderLink = (anchor, event) =>
  !anchor.getAttribute('href')?.startsWith('#') &&
  anchor.origin === location.origin &&
  !anchor.target &&
  !anchor.hasAttribute('download') &&
  !event.defaultPrevented &&
  event.button === 0 &&
  !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) &&
  resolve(new URL(anchor.href)) !== null;

/** @param {MouseEvent} event */
const onClick = (event) => {
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || !isReaderLink(anchor, event)) return;
  event.preventDefault();
  closeMenu();
  navigate(anchor.href);
};

/** @param {SubmitEvent} event */
const onSubmit = (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || form.getAttribute('action') !== '/tim-kiem') return;
  event.preventDefault();
  const q = new FormData(form).get('q')?.toString().trim() ?? '';
  navigate(views.paths.search(q));
};

/* ---------- Text size (A- / A / A+), remembered on this device ---------- */

const SIZES = [87.5, 100, 112.5, 125, 150];
const SIZE_KEY = 'dv-text-size';

/** @param {number} index */
const applyTextSize = (index) => {
  const clamped = Math.max(0, Math.min(SIZES.length - 1, index));
  document.documentElement.style.fontSize = `${SIZES[clamped]}%`;
  document.documentElement.dataset.fontScale = String(clamped);
  try {
    localStorage.setItem(SIZE_KEY, String(clamped));
  } catch {
    // Private mode: the size simply is not remembered.
  }
  for (const button of document.querySelectorAll('button[data-text-size]')) {
    if (!(button instanceof HTMLButtonElement)) continue;
    const step = Number(button.dataset.textSize);
    button.disabled = (step < 0 && clamped === 0) || (step > 0 && clamped === SIZES.length - 1);
  }
};

const setUpTextSize = () => {
  let stored = 1;
  try {
    stored = Number(localStorage.getItem(SIZE_KEY) ?? 1);
  } catch {
    // default size
  }
  applyTextSize(Number.isFinite(stored) ? stored : 1);
  for (const button of document.querySelectorAll('button[data-text-size]')) {
    if (!(button instanceof HTMLButtonElement)) continue;
    button.addEventListener('click', () => {
      const step = Number(button.dataset.textSize);
      const current = Number(document.documentElement.dataset.fontScale ?? 1);
      applyTextSize(step === 0 ? 1 : current + step);
    });
  }
};

/* ---------- Navigation: top-level sections in the bar, the whole tree in the side box ---------- */

/** The menu button (phone width): the page's HTML always has it. */
const toggle = () => /** @type {HTMLButtonElement} */ (document.querySelector('.mainnav__toggle'));
const closeMenu = () => {
  toggle()?.setAttribute('aria-expanded', 'false');
  document.querySelector('.mainnav')?.classList.remove('is-open');
};

const setUpMenu = () => {
  toggle().addEventListener('click', () => {
    const open = toggle().getAttribute('aria-expanded') !== 'true';
    toggle().setAttribute('aria-expanded', String(open));
    document.querySelector('.mainnav')?.classList.toggle('is-open', open);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && toggle().getAttribute('aria-expanded') === 'true') {
      closeMenu();
      toggle().focus();
    }
  });
};

/**
 * @param {import('./api.js').SectionNode[]} nodes
 * @returns {HTMLElement}
 */
const tree = (nodes) =>
  h(
    'ul',
    { class: 'tree' },
    nodes.map((node) =>
      h(
        'li',
        {},
        h(
          'a',
          { href: views.paths.section(node.slug), 'data-link': true },
          node.name,
          ' ',
          h('span', { class: 'tree__count' }, `(${formatNumber(node.totalArticleCount)})`)
        ),
        node.children.length ? tree(node.children) : null
      )
    )
  );

const loadSections = async () => {
  try {
    const sections = await api.sections();
    const list = byId('mainnav-list');
    list.append(
      ...sections.map((section) =>
        h('li', {}, h('a', { href: views.paths.section(section.slug), 'data-link': true }, section.name))
      )
    );
    byId('section-tree').replaceChildren(tree(sections));
    markCurrentNav(location.pathname);
  } catch {
    byId('section-tree').replaceChildren(h('p', {}, 'Chưa tải được danh sách chuyên mục.'));
  }
};

/* ---------- Start ---------- */

byId('today').textContent = formatToday();
setUpTextSize();
setUpMenu();
document.addEventListener('click', onClick);
document.addEventListener('submit', onSubmit);
// Back and forward redraw the view; a jump to an anchor in the page (the skip link) does not.
let shownAddress = location.pathname + location.search;
window.addEventListener('popstate', () => {
  // Back to the view on screen while another was loading: draw it again, or the other would win.
  if (location.pathname + location.search === shownAddress && drawnId === renderId) return;
  void render({ focus: true });
});
void render({ focus: false });
void loadSections();
void refreshStats();
void showMostRead(views.paths);
startPresence();
