/** The public delivery API (/api/portal), the only source of the page's content. */

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const BASE = '/api/portal';

const request = async (method, path, params) => {
  const query = params
    ? `?${new URLSearchParams(Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== ''))}`
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
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page, say): the status alone tells what happened.
  }
  if (!response.ok) throw new ApiError(response.status, body?.error?.message ?? response.statusText);
  return body?.data;
};

const slugPath = (slug) => encodeURIComponent(slug);

export const api = {
  home: () => request('GET', '/home'),
  sections: () => request('GET', '/sections'),
  section: (slug, page, pageSize = 10) => request('GET', `/sections/${slugPath(slug)}`, { page, pageSize }),
  article: (slug) => request('GET', `/articles/${slugPath(slug)}`),
  author: (slug, page, pageSize = 10) => request('GET', `/authors/${slugPath(slug)}`, { page, pageSize }),
  department: (slug) => request('GET', `/departments/${slugPath(slug)}`),
  search: (q, page) => request('GET', '/search', { q, page }),
  // Readership (views, presence, stats): the page works without them, see readership.js.
  recordView: (slug) => request('POST', `/articles/${slugPath(slug)}/views`),
  presence: () => request('POST', '/presence'),
  stats: () => request('GET', '/stats'),
  mostRead: (period) => request('GET', '/most-read', { period }),
};

export const printUrl = (slug) => `${BASE}/articles/${slugPath(slug)}/print`;
