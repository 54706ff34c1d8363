/**
 * Readership: one recorded view per article visit, presence pings while the page is open, and
 * the side boxes ("Đang có N khách và M thành viên đang online", "Số lần xem các bài viết: N").
 * Every call may fail (the endpoints are optional for the page): the boxes then say so quietly
 * and the rest of the page carries on.
 */
import { api } from './api.js';
import { byId, h } from './dom.js';
import { countWord, formatNumber } from './format.js';

const PING_EVERY_MS = 60_000;

const onlineBox = () => byId('online-box');
const viewsBox = () => byId('views-box');

/** @param {import('./api.js').Online | null | undefined} online */
const showOnline = (online) => {
  if (!online || typeof online.guests !== 'number') return;
  onlineBox().replaceChildren(
    'Đang có ',
    h('strong', { id: 'online-guests', 'data-count': online.guests }, countWord(online.guests)),
    ' khách và ',
    h('strong', { id: 'online-members', 'data-count': online.members ?? 0 }, countWord(online.members ?? 0)),
    ' thành viên đang online'
  );
};

/** @param {number | null | undefined} total */
const showTotalViews = (total) => {
  if (typeof total !== 'number') return;
  viewsBox().replaceChildren(
    'Số lần xem các bài viết: ',
    h('strong', { id: 'total-views', 'data-count': total }, formatNumber(total))
  );
};

/** Reads the site-wide figures into the side boxes. */
export const refreshStats = async () => {
  try {
    const stats = await api.stats();
    showOnline(stats?.online);
    showTotalViews(stats?.totalViews);
  } catch {
    if (!document.getElementById('online-guests')) onlineBox().textContent = 'Chưa có số liệu người đang online.';
    if (!document.getElementById('total-views')) viewsBox().textContent = 'Số lần xem các bài viết: chưa có số liệu.';
  }
};

/**
 * Records one view of the article; resolves to its total views, or null when the server did not count it.
 * @param {string} slug
 * @returns {Promise<number | null>}
 */
export const recordView = async (slug) => {
  try {
    const result = await api.recordView(slug);
    void refreshStats();
    return typeof result?.views === 'number' ? result.views : null;
  } catch {
    return null;
  }
};

const ping = async () => {
  try {
    showOnline(await api.presence());
  } catch {
    // The next ping tries again.
  }
};

/** Tells the server the reader is here, now and every minute while the page is visible. */
export const startPresence = () => {
  void ping();
  let timer = setInterval(() => document.visibilityState === 'visible' && ping(), PING_EVERY_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void ping();
  });
  window.addEventListener('pagehide', () => clearInterval(timer));
  window.addEventListener('pageshow', () => {
    clearInterval(timer);
    timer = setInterval(() => document.visibilityState === 'visible' && ping(), PING_EVERY_MS);
  });
};

/**
 * The side box of the most read articles; stays hidden when the endpoint has nothing to say.
 * @param {{ article: (slug: string) => string }} paths
 */
export const showMostRead = async (paths) => {
  try {
    const items = await api.mostRead('week');
    if (!Array.isArray(items) || !items.length) return;
    byId('most-read-list').replaceChildren(
      ...items
        .slice(0, 5)
        .map((item) =>
          h(
            'li',
            {},
            h('a', { href: paths.article(item.slug), 'data-link': true }, item.title),
            typeof item.views === 'number'
              ? h('span', { class: 'meta meta--inline' }, ` (${formatNumber(item.views)} lượt xem)`)
              : null
          )
        )
    );
    byId('most-read').hidden = false;
  } catch {
    // Optional box.
  }
};
