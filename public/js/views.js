/**
 * The reader page's views. Each takes the route's parameters and returns { title, node }, or
 * throws the ApiError of the request that failed (app.js shows it).
 */
import { api, printUrl } from './api.js';
import { renderBlocks } from './blocks.js';
import { renderBodyHtml } from './body-html.js';
import { campaignChart } from './chart.js';
import { h, markedText } from './dom.js';
import { formatDate, formatNumber, isoDate } from './format.js';
import { recordView } from './readership.js';

/**
 * @typedef {import('./api.js').ArticleCard} ArticleCard
 * @typedef {import('./api.js').Image} Image
 * @typedef {import('./api.js').TaskList} TaskList
 * @typedef {import('./api.js').AuthorRef} AuthorRef
 * @typedef {import('./dom.js').Children} Children
 * @typedef {{ slug: string, page: number, q: string }} RouteParams what app.js reads from the address
 * @typedef {{ title: string | null, node: HTMLElement, shown?: () => void }} View what a view draws;
 *   `shown` runs once the view is the one on screen (a later navigation may have won meanwhile)
 */

export const paths = {
  home: () => '/',
  /** @param {string} slug */
  article: (slug) => `/bai-viet/${slug}`,
  /** @type {(slug: string, page?: number) => string} */
  section: (slug, page = 1) => `/chuyen-muc/${slug}${page > 1 ? `?trang=${page}` : ''}`,
  /** @type {(slug: string, page?: number) => string} */
  author: (slug, page = 1) => `/tac-gia/${slug}${page > 1 ? `?trang=${page}` : ''}`,
  /** @param {string} slug */
  department: (slug) => `/don-vi/${slug}`,
  /** @type {(q: string, page?: number) => string} */
  search: (q, page = 1) => `/tim-kiem${q ? `?q=${encodeURIComponent(q)}${page > 1 ? `&trang=${page}` : ''}` : ''}`,
};

/** @type {(href: string, ...children: Children[]) => HTMLElement} */
const link = (href, ...children) => h('a', { href, 'data-link': true }, ...children);

/** @param {ArticleCard} article */
const dateOf = (article) => article.eventDate ?? article.publishedAt;

/** @param {string | null | undefined} value */
const time = (value) => h('time', { datetime: isoDate(value) }, formatDate(value));

/**
 * Trang chủ › … ; the last item is the page itself unless `endsHere` is false (an article's section).
 * @param {{ label: string, href?: string }[]} items
 * @param {{ endsHere?: boolean }} [options]
 */
const breadcrumb = (items, { endsHere = true } = {}) =>
  h(
    'nav',
    { class: 'breadcrumb', 'aria-label': 'Đường dẫn' },
    h(
      'ol',
      {},
      h('li', {}, link('/', 'Trang chủ')),
      items.map((item, index) => {
        const current = endsHere && index === items.length - 1;
        return h(
          'li',
          {},
          item.href && !current
            ? link(item.href, item.label)
            : h('span', { 'aria-current': current ? 'page' : null }, item.label)
        );
      })
    )
  );

/**
 * @param {{ title: string, cover?: Image | null }} article
 * @param {string} [size] one of the image's formats
 */
const cover = (article, size = 'small') => {
  const image = article.cover;
  if (!image?.url) return null;
  const format = image.formats?.[size] ?? image;
  return h('img', {
    class: 'card__image',
    src: format.url,
    width: format.width,
    height: format.height,
    alt: image.alternativeText || article.title,
    loading: 'lazy',
  });
};

/**
 * @param {ArticleCard} article
 * @param {{ section?: boolean }} [options]
 */
const meta = (article, { section = true } = {}) =>
  h(
    'p',
    { class: 'meta' },
    time(dateOf(article)),
    section && article.section ? [' · ', link(paths.section(article.section.slug), article.section.name)] : null
  );

/**
 * An article in a list: its title as a heading of the given level, date, section and summary.
 * @typedef {{ level?: number, summary?: boolean, section?: boolean, image?: boolean }} CardOptions
 * @param {ArticleCard} article
 * @param {CardOptions} [options]
 */
const card = (article, { level = 3, summary = true, section = true, image = false } = {}) =>
  h(
    'article',
    { class: `card${image && article.cover ? ' card--image' : ''}` },
    image ? cover(article) : null,
    h(
      'div',
      { class: 'card__text' },
      h(`h${level}`, { class: 'card__title' }, link(paths.article(article.slug), article.title)),
      meta(article, { section }),
      summary && article.summary ? h('p', { class: 'card__summary' }, article.summary) : null
    )
  );

/**
 * @param {ArticleCard[]} articles
 * @param {CardOptions} [options]
 */
const cardList = (articles, options) =>
  articles.length
    ? h(
        'ul',
        { class: 'cards' },
        articles.map((article) => h('li', {}, card(article, options)))
      )
    : h('p', { class: 'empty' }, 'Chưa có bài viết.');

/**
 * Page links: previous, numbers (with gaps), next; the current page carries aria-current.
 * @param {number} page
 * @param {number} pageCount
 * @param {(page: number) => string} href
 */
const pagination = (page, pageCount, href) => {
  if (pageCount <= 1) return null;
  const numbers = [...new Set([1, page - 1, page, page + 1, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  /** @type {HTMLElement[]} */
  const items = [];
  numbers.forEach((n, index) => {
    if (index > 0 && n - numbers[index - 1] > 1)
      items.push(h('li', { class: 'pagination__gap', 'aria-hidden': 'true' }, '…'));
    items.push(
      h(
        'li',
        {},
        n === page
          ? h(
              'span',
              { 'aria-current': 'page', class: 'pagination__current' },
              h('span', { class: 'visually-hidden' }, 'Trang '),
              String(n)
            )
          : link(href(n), h('span', { class: 'visually-hidden' }, 'Trang '), String(n))
      )
    );
  });
  return h(
    'nav',
    { class: 'pagination', 'aria-label': 'Phân trang' },
    h(
      'ul',
      {},
      page > 1 ? h('li', {}, h('a', { href: href(page - 1), 'data-link': true, rel: 'prev' }, '‹ Trang trước')) : null,
      items,
      page < pageCount
        ? h('li', {}, h('a', { href: href(page + 1), 'data-link': true, rel: 'next' }, 'Trang sau ›'))
        : null
    )
  );
};

/**
 * @param {string} text
 * @param {Children} extra
 */
const pageTitle = (text, extra) => h('header', { class: 'page-head' }, h('h1', { tabindex: '-1' }, text), extra);

/* ---------- Home ---------- */

/** @returns {Promise<View>} */
export const home = async () => {
  const data = await api.home();
  const [lead, ...others] = data.featured.length ? data.featured : data.latest;
  const node = h(
    'div',
    { class: 'home' },
    h('h1', { class: 'visually-hidden', tabindex: '-1' }, 'Trang chủ Cổng thông tin điện tử Ban Dân vận'),
    lead
      ? h(
          'section',
          { class: 'featured', 'aria-labelledby': 'featured-title' },
          h('h2', { class: 'block-title', id: 'featured-title' }, h('span', {}, 'Tin nổi bật')),
          h(
            'div',
            { class: 'featured__grid' },
            h(
              'article',
              { class: 'featured__lead' },
              cover(lead, 'medium'),
              h('h3', { class: 'featured__title' }, link(paths.article(lead.slug), lead.title)),
              meta(lead),
              lead.summary ? h('p', { class: 'featured__summary' }, lead.summary) : null
            ),
            h(
              'ul',
              { class: 'featured__more' },
              others.slice(0, 5).map((article) => h('li', {}, card(article, { summary: false })))
            )
          )
        )
      : null,
    h(
      'section',
      { class: 'latest', 'aria-labelledby': 'latest-title' },
      h('h2', { class: 'block-title', id: 'latest-title' }, h('span', {}, 'Tin mới')),
      cardList(data.latest, { image: true })
    ),
    data.sections.map((section) =>
      h(
        'section',
        { class: 'home-section', 'aria-labelledby': `home-${section.slug}` },
        h('h2', { class: 'block-title', id: `home-${section.slug}` }, link(paths.section(section.slug), section.name)),
        section.articles.length
          ? h(
              'div',
              { class: 'home-section__grid' },
              card(section.articles[0], { section: false, image: true }),
              h(
                'ul',
                { class: 'home-section__more' },
                section.articles
                  .slice(1)
                  .map((article) =>
                    h(
                      'li',
                      {},
                      link(paths.article(article.slug), article.title),
                      ' ',
                      h('span', { class: 'meta meta--inline' }, '(', time(dateOf(article)), ')')
                    )
                  )
              )
            )
          : h('p', { class: 'empty' }, 'Chưa có bài viết.'),
        h(
          'p',
          { class: 'more' },
          h(
            'a',
            { href: paths.section(section.slug), 'data-link': true },
            'Xem tiếp ',
            h('span', { class: 'visually-hidden' }, `chuyên mục ${section.name}`),
            '›'
          )
        )
      )
    )
  );
  return { title: null, node };
};

/* ---------- Section ---------- */

/**
 * @param {RouteParams} params
 * @returns {Promise<View>}
 */
export const section = async ({ slug, page }) => {
  const data = await api.section(slug, page);
  const { pagination: p } = data;
  const node = h(
    'div',
    { class: 'section-page' },
    breadcrumb(data.breadcrumb.map((item) => ({ label: item.name, href: paths.section(item.slug) }))),
    pageTitle(data.section.name, data.section.description ? h('p', { class: 'lead' }, data.section.description) : null),
    data.children.length
      ? h(
          'nav',
          { class: 'subsections', 'aria-label': 'Chuyên mục con' },
          h(
            'ul',
            {},
            data.children.map((child) => h('li', {}, link(paths.section(child.slug), child.name)))
          )
        )
      : null,
    h(
      'p',
      { class: 'count' },
      `${formatNumber(p.total)} bài viết`,
      p.pageCount > 1 ? ` · trang ${p.page}/${p.pageCount}` : ''
    ),
    cardList(data.articles, { level: 2, image: true }),
    pagination(p.page, p.pageCount, (n) => paths.section(slug, n))
  );
  return { title: p.page > 1 ? `${data.section.name} (trang ${p.page})` : data.section.name, node };
};

/* ---------- Article ---------- */

/** "Tuyên truyền, vận động …" after "Một là," reads "tuyên truyền, vận động …" (a proper noun keeps its capital). */
/** @param {string} text */
const continueSentence = (text) => {
  const [first, second] = text.split(/\s+/);
  const lowerNext =
    second && second[0] === second[0].toLocaleLowerCase('vi') && second[0] !== second[0].toLocaleUpperCase('vi');
  return lowerNext && first.length > 1 && first.slice(1) === first.slice(1).toLocaleLowerCase('vi')
    ? text[0].toLocaleLowerCase('vi') + text.slice(1)
    : text;
};

/** @type {Record<string, string | undefined>} */
const TASK_STATUS = { planned: 'Kế hoạch', in_progress: 'Đang thực hiện', done: 'Đã hoàn thành' };

/** @param {TaskList} list */
const taskList = (list) =>
  h(
    'section',
    { class: 'tasks', 'aria-labelledby': 'tasks-title' },
    h('h2', { id: 'tasks-title' }, list.title),
    h(
      'p',
      { class: 'tasks__period' },
      `Giai đoạn: ${list.period}`,
      list.department ? [' · ', link(paths.department(list.department.slug), list.department.name)] : null
    ),
    list.intro ? h('p', {}, list.intro) : null,
    h(
      'ol',
      { class: 'tasks__list' },
      list.tasks.map((task) =>
        h(
          'li',
          { class: 'task' },
          h(
            'p',
            { class: 'task__text' },
            h('strong', { class: 'task__ordinal' }, `${task.ordinal},`),
            ' ',
            h('span', { class: 'task__heading' }, continueSentence(task.heading)),
            task.detail ? [h('span', {}, '. '), task.detail] : null
          ),
          h(
            'p',
            { class: 'task__meta' },
            h('span', { class: `status status--${task.status}` }, TASK_STATUS[task.status] ?? task.status),
            task.responsibleDepartments.length
              ? [
                  ' · Chủ trì: ',
                  task.responsibleDepartments.map((d, i) => [
                    i ? ', ' : '',
                    link(paths.department(d.slug), d.shortName || d.name),
                  ]),
                ]
              : null,
            task.dueDate ? [' · Thời hạn: ', time(task.dueDate)] : null
          )
        )
      )
    )
  );

/** The signature block: each author's name, then their titles, set right as official writing does. */
/** @param {AuthorRef[]} authors */
const signature = (authors) =>
  authors.length
    ? h(
        'footer',
        { class: 'signature', 'aria-label': 'Tác giả' },
        authors.map((author) =>
          h(
            'div',
            { class: 'signature__author' },
            h('p', { class: 'signature__name' }, link(paths.author(author.slug), author.fullName)),
            [...author.titles, author.position].filter(Boolean).length
              ? h('p', { class: 'signature__titles' }, [...author.titles, author.position].filter(Boolean).join(', '))
              : null
          )
        )
      )
    : null;

/**
 * @param {RouteParams} params
 * @returns {Promise<View>}
 */
export const article = async ({ slug }) => {
  const data = await api.article(slug);
  const crumbs = data.breadcrumb.map((item) => ({ label: item.name, href: paths.section(item.slug) }));
  const views = h(
    'span',
    { id: 'article-views', 'data-views': data.views ?? '' },
    typeof data.views === 'number' ? formatNumber(data.views) : '…'
  );
  const node = h(
    'article',
    { class: 'article', 'aria-labelledby': 'article-title' },
    breadcrumb(
      crumbs.length
        ? crumbs
        : data.section
          ? [{ label: data.section.name, href: paths.section(data.section.slug) }]
          : [],
      { endsHere: false }
    ),
    h(
      'header',
      { class: 'article__head' },
      h('h1', { id: 'article-title', tabindex: '-1' }, data.title),
      h(
        'p',
        { class: 'meta' },
        'Ngày ',
        time(dateOf(data)),
        data.department ? [' · ', link(paths.department(data.department.slug), data.department.name)] : null,
        h('span', { class: 'article__views' }, ' · Lượt xem: ', views)
      ),
      h(
        'div',
        { class: 'article__tools no-print' },
        h('button', { type: 'button', class: 'button', 'data-print': true }, 'In bài viết'),
        h(
          'a',
          { class: 'button button--ghost', href: printUrl(data.slug), target: '_blank', rel: 'noopener' },
          'Bản in',
          h('span', { class: 'visually-hidden' }, ' (mở trong cửa sổ mới)')
        )
      )
    ),
    data.cover && cover(data, 'large')
      ? h(
          'figure',
          { class: 'article__cover' },
          cover(data, 'large'),
          data.cover.alternativeText ? h('figcaption', {}, data.cover.alternativeText) : null
        )
      : null,
    data.summary ? h('p', { class: 'article__summary' }, data.summary) : null,
    // An imported body with tables or videos comes as HTML as well: readers see that one.
    h('div', { class: 'article__body' }, data.bodyHtml ? renderBodyHtml(data.bodyHtml) : renderBlocks(data.body)),
    data.campaigns.length
      ? h(
          'section',
          { class: 'campaigns', 'aria-labelledby': 'campaigns-title' },
          h('h2', { id: 'campaigns-title' }, 'Kết quả phong trào thi đua'),
          data.campaigns.map((campaign) => campaignChart(campaign))
        )
      : null,
    data.taskList ? taskList(data.taskList) : null,
    signature(data.authors),
    data.tags.length
      ? h(
          'p',
          { class: 'tags' },
          h('span', { class: 'tags__label' }, 'Từ khóa: '),
          data.tags.map((tag, i) => [i ? ', ' : '', link(paths.search(tag), tag)])
        )
      : null,
    data.previous || data.next
      ? h(
          'nav',
          { class: 'prevnext no-print', 'aria-label': 'Bài trước và bài sau' },
          data.previous
            ? h(
                'a',
                { href: paths.article(data.previous.slug), 'data-link': true, rel: 'prev', class: 'prevnext__prev' },
                h('span', { class: 'prevnext__label' }, '‹ Bài trước'),
                data.previous.title
              )
            : h('span'),
          data.next
            ? h(
                'a',
                { href: paths.article(data.next.slug), 'data-link': true, rel: 'next', class: 'prevnext__next' },
                h('span', { class: 'prevnext__label' }, 'Bài sau ›'),
                data.next.title
              )
            : null
        )
      : null,
    data.related.length
      ? h(
          'section',
          { class: 'related no-print', 'aria-labelledby': 'related-title' },
          h('h2', { class: 'block-title', id: 'related-title' }, h('span', {}, 'Bài viết liên quan')),
          cardList(data.related, { summary: false })
        )
      : null
  );
  node.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  // One view per visit of the article, recorded once it is on screen: a reader who moved on
  // before it drew did not read it. The count shown is the server's, when it answers.
  const shown = () => {
    void recordView(data.slug).then((count) => {
      if (typeof count !== 'number') return;
      views.textContent = formatNumber(count);
      views.dataset.views = String(count);
      views.dataset.recorded = 'true'; // the server's count, this visit included
    });
  };
  return { title: data.title, node, shown };
};

/* ---------- Author ---------- */

/**
 * @param {RouteParams} params
 * @returns {Promise<View>}
 */
export const author = async ({ slug, page }) => {
  const data = await api.author(slug, page);
  const titles = [...data.titles, data.position].filter(Boolean).join(', ');
  const node = h(
    'div',
    { class: 'author-page' },
    breadcrumb([{ label: 'Tác giả' }, { label: data.fullName }]),
    h(
      'section',
      { class: 'profile' },
      data.photo?.url
        ? h('img', {
            class: 'profile__photo',
            src: data.photo.formats?.small?.url ?? data.photo.url,
            alt: data.photo.alternativeText || `Ảnh chân dung ${data.fullName}`,
            width: 120,
            height: 150,
          })
        : null,
      h(
        'div',
        {},
        h('h1', { tabindex: '-1' }, data.fullName),
        titles ? h('p', { class: 'profile__titles' }, titles) : null,
        data.department
          ? h('p', {}, 'Đơn vị: ', link(paths.department(data.department.slug), data.department.name))
          : null,
        data.bio ? h('p', { class: 'profile__bio' }, data.bio) : null
      )
    ),
    h('h2', { class: 'block-title' }, h('span', {}, `Bài viết của tác giả (${formatNumber(data.pagination.total)})`)),
    cardList(data.articles, { level: 3 }),
    pagination(data.pagination.page, data.pagination.pageCount, (n) => paths.author(slug, n))
  );
  return { title: data.fullName, node };
};

/* ---------- Department ---------- */

/**
 * @param {RouteParams} params
 * @returns {Promise<View>}
 */
export const department = async ({ slug }) => {
  const data = await api.department(slug);
  /** @type {(label: string, value: Children) => HTMLElement[] | null} */
  const row = (label, value) => (value ? [h('dt', {}, label), h('dd', {}, value)] : null);
  const node = h(
    'div',
    { class: 'department-page' },
    breadcrumb([
      ...(data.parent ? [{ label: data.parent.name, href: paths.department(data.parent.slug) }] : []),
      { label: data.name },
    ]),
    pageTitle(data.name, data.description ? h('p', { class: 'lead' }, data.description) : null),
    h(
      'dl',
      { class: 'contact' },
      row('Tên viết tắt', data.shortName),
      row('Địa chỉ', data.address),
      row('Điện thoại', data.phone ? h('a', { href: `tel:${data.phone.replace(/\s+/g, '')}` }, data.phone) : null),
      row('Thư điện tử', data.email ? h('a', { href: `mailto:${data.email}` }, data.email) : null),
      row('Cơ quan cấp trên', data.parent ? link(paths.department(data.parent.slug), data.parent.name) : null)
    ),
    data.children.length
      ? h(
          'section',
          { 'aria-labelledby': 'children-title' },
          h('h2', { id: 'children-title', class: 'block-title' }, h('span', {}, 'Đơn vị trực thuộc')),
          h(
            'ul',
            { class: 'plain-list' },
            data.children.map((child) => h('li', {}, link(paths.department(child.slug), child.name)))
          )
        )
      : null
  );
  return { title: data.name, node };
};

/* ---------- Search ---------- */

/**
 * @param {RouteParams} params
 * @returns {Promise<View>}
 */
export const search = async ({ q, page }) => {
  const query = (q ?? '').trim();
  const form = h(
    'form',
    { class: 'search-page__form', role: 'search', action: '/tim-kiem', method: 'get' },
    h('label', { for: 'search-page-q' }, 'Từ khóa (có thể gõ không dấu)'),
    h(
      'div',
      { class: 'search-page__row' },
      h('input', { id: 'search-page-q', name: 'q', type: 'search', value: query, maxlength: 200, required: true }),
      h('button', { type: 'submit', class: 'button' }, 'Tìm kiếm')
    )
  );
  const head = pageTitle('Tìm kiếm', form);
  if (!query) {
    return {
      title: 'Tìm kiếm',
      node: h(
        'div',
        { class: 'search-page' },
        breadcrumb([{ label: 'Tìm kiếm' }]),
        head,
        h('p', { class: 'empty' }, 'Nhập từ khóa để tìm bài viết. Ví dụ: “dan van kheo” tìm được “Dân vận khéo”.')
      ),
    };
  }
  const data = await api.search(query, page);
  const { pagination: p } = data;
  const node = h(
    'div',
    { class: 'search-page' },
    breadcrumb([{ label: 'Tìm kiếm' }]),
    head,
    h(
      'p',
      { class: 'count', role: 'status' },
      p.total
        ? `Tìm thấy ${data.totalIsExact === false ? 'hơn ' : ''}${formatNumber(p.total)} bài viết cho “${query}”`
        : `Không tìm thấy bài viết nào cho “${query}”.`
    ),
    p.total
      ? h(
          'ol',
          { class: 'results', start: (p.page - 1) * p.pageSize + 1 },
          data.results.map((hit) =>
            h(
              'li',
              { class: 'result' },
              h(
                'h2',
                { class: 'result__title' },
                h('a', { href: paths.article(hit.slug), 'data-link': true }, markedText(hit.highlightedTitle))
              ),
              meta(hit),
              hit.snippet ? h('p', { class: 'result__snippet' }, markedText(hit.snippet)) : null
            )
          )
        )
      : null,
    pagination(p.page, p.pageCount, (n) => paths.search(query, n))
  );
  return { title: `Tìm kiếm: ${query}`, node };
};
