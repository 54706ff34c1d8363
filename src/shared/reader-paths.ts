/**
 * The reference reader page's paths (public/index.html draws them): the delivery API links to
 * them from feeds, the sitemap and the print view; the reader plugin answers them.
 */
export const READER_PATHS = {
  home: '/',
  article: (slug: string) => `/bai-viet/${slug}`,
  section: (slug: string) => `/chuyen-muc/${slug}`,
  author: (slug: string) => `/tac-gia/${slug}`,
  department: (slug: string) => `/don-vi/${slug}`,
} as const;
