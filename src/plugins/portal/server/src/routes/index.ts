/** Public, read-only routes under /api/portal: no authentication, and nothing but GET. */
const read = (path: string, handler: string) => ({
  method: 'GET',
  path,
  handler: handler.includes('.') ? handler : `portal.${handler}`,
  config: { auth: false },
});

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      read('/home', 'home'),
      read('/sections', 'sections'),
      read('/sections/:slug', 'section'),
      read('/articles/:slug', 'article'),
      read('/authors/:slug', 'author'),
      read('/departments/:slug', 'department'),
      read('/task-lists', 'taskLists'),
      read('/campaigns', 'campaigns'),
      read('/search', 'search'),
      read('/redirects', 'redirect'),
      read('/articles/:slug/print', 'feeds.print'),
      read('/rss.xml', 'feeds.site'),
      read('/sections/:slug/rss.xml', 'feeds.section'),
      read('/sitemap.xml', 'feeds.sitemap'),
      read('/openapi.json', 'docs.openapi'),
    ],
  },
};
