/** The public delivery API (/api/portal), the only source of the page's content. */

/**
 * The answers the page reads, as far as it reads them (the API's zod schemas hold the whole contract).
 * @typedef {{ url: string, width?: number, height?: number }} ImageFormat
 * @typedef {ImageFormat & { alternativeText?: string | null, caption?: string | null, formats?: Record<string, ImageFormat | undefined> | null }} Image
 * @typedef {{ slug: string, name: string }} Named
 * @typedef {Named & { shortName?: string | null }} DepartmentRef
 * @typedef {{ slug: string, title: string, summary?: string | null, eventDate?: string | null, publishedAt?: string | null, cover?: Image | null, section?: Named | null }} ArticleCard
 * @typedef {{ page: number, pageSize: number, pageCount: number, total: number }} Pagination
 * @typedef {{ featured: ArticleCard[], latest: ArticleCard[], sections: (Named & { articles: ArticleCard[] })[] }} Home
 * @typedef {Named & { totalArticleCount: number, children: SectionNode[] }} SectionNode
 * @typedef {{ section: Named & { description?: string | null }, breadcrumb: Named[], children: Named[], articles: ArticleCard[], pagination: Pagination }} SectionPage
 * @typedef {{ name: string, count: number, share: number }} CampaignField
 * @typedef {{ name: string, period: string, registered: number, carriedOut: number, carriedOutShare: number, breakdown: CampaignField[] }} Campaign
 * @typedef {{ ordinal: string, heading: string, detail?: string | null, status: string, dueDate?: string | null, responsibleDepartments: DepartmentRef[] }} Task
 * @typedef {{ title: string, period: string, intro?: string | null, department?: Named | null, tasks: Task[] }} TaskList
 * @typedef {{ slug: string, fullName: string, titles: string[], position?: string | null }} AuthorRef
 * @typedef {ArticleCard & { views?: number | null, breadcrumb: Named[], department?: Named | null, body: unknown, bodyHtml?: string | null, campaigns: Campaign[], taskList?: TaskList | null, authors: AuthorRef[], tags: string[], previous?: ArticleCard | null, next?: ArticleCard | null, related: ArticleCard[] }} Article
 * @typedef {AuthorRef & { photo?: Image | null, department?: Named | null, bio?: string | null, articles: ArticleCard[], pagination: Pagination }} AuthorPage
 * @typedef {DepartmentRef & { description?: string | null, address?: string | null, phone?: string | null, email?: string | null, parent?: Named | null, children: Named[] }} DepartmentPage
 * @typedef {ArticleCard & { highlightedTitle: string, snippet?: string | null }} SearchHit
 * @typedef {{ results: SearchHit[], pagination: Pagination, totalIsExact?: boolean }} SearchPage
 * @typedef {{ guests: number, members?: number }} Online
 * @typedef {{ online?: Online | null, totalViews?: number | null }} Stats
 * @typedef {{ slug: string, title: string, views?: number | null }} MostRead
 */

export class ApiError extends Error {
  /**
   * @param {number} status the HTTP status, 0 when the server could not be reached
   * @param {string} message
   */
  constructor(status, message) {
    super(message);
    /** @readonly */
    this.status = status;
  }
}

const BASE = '/api/portal';

/**
 * @template T
 * @param {'GET' | 'POST'} method
 * @param {string} path
 * @param {Record<string, string | number | null | undefined>} [params]
 * @returns {Promise<T>} the answer's `data`
 */
const request = async (method, path, params) => {
  const query = params
    ? `?${new URLSearchParams(Object.entries(params).flatMap(([name, value]) => (value !== undefined && value !== null && value !== '' ? [[name, String(value)]] : [])))}`
    : '';
  let response;
  try {
    response = await fetch(`${BASE}${path}${query}`, {
      method,
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'Không kết nối được tới máy chủ.');
  }
  /** @type {{ data?: T, error?: { message?: string } } | null} */
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page, say): the status alone tells what happened.
  }
  if (!response.ok) throw new ApiError(response.status, body?.error?.message ?? response.statusText);
  return /** @type {T} */ (body?.data);
};

/** @param {string} slug */
const slugPath = (slug) => encodeURIComponent(slug);

export const api = {
  /** @returns {Promise<Home>} */
  home: () => request('GET', '/home'),
  /** @returns {Promise<SectionNode[]>} */
  sections: () => request('GET', '/sections'),
  /** @type {(slug: string, page: number, pageSize?: number) => Promise<SectionPage>} */
  section: (slug, page, pageSize = 10) => request('GET', `/sections/${slugPath(slug)}`, { page, pageSize }),
  /** @type {(slug: string) => Promise<Article>} */
  article: (slug) => request('GET', `/articles/${slugPath(slug)}`),
  /** @type {(slug: string, page: number, pageSize?: number) => Promise<AuthorPage>} */
  author: (slug, page, pageSize = 10) => request('GET', `/authors/${slugPath(slug)}`, { page, pageSize }),
  /** @type {(slug: string) => Promise<DepartmentPage>} */
  department: (slug) => request('GET', `/departments/${slugPath(slug)}`),
  /** @type {(q: string, page: number) => Promise<SearchPage>} */
  search: (q, page) => request('GET', '/search', { q, page }),
  // Readership (views, presence, stats): the page works without them, see readership.js.
  /** @type {(slug: string) => Promise<{ views?: number } | null | undefined>} */
  recordView: (slug) => request('POST', `/articles/${slugPath(slug)}/views`),
  /** @returns {Promise<Online | null | undefined>} */
  presence: () => request('POST', '/presence'),
  /** @returns {Promise<Stats | null | undefined>} */
  stats: () => request('GET', '/stats'),
  /** @type {(period: string) => Promise<MostRead[] | null | undefined>} */
  mostRead: (period) => request('GET', '/most-read', { period }),
};

/** @param {string} slug */
export const printUrl = (slug) => `${BASE}/articles/${slugPath(slug)}/print`;
