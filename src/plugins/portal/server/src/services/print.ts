import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { bodyHtmlWindow, sanitizeBodyHtml } from '../../../../../shared';
import { escapeHtml } from '../../../../../utils/text';
import { getConfig } from '../config';
import { READER_PATHS } from '../constants';
import type { Rendered } from '../http';
import type { ArticleContent, CampaignView, TaskListView } from '../schemas';
import { getService } from '../utils';

interface BlockNode {
  type?: string;
  text?: string;
  level?: number;
  format?: string;
  url?: string;
  image?: { url?: string; alternativeText?: string | null };
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
  children?: BlockNode[];
}

const e = escapeHtml;
const numbers = new Intl.NumberFormat('vi-VN');
const percent = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Only web and mail addresses, or addresses on this site, become links and images; never `javascript:`. */
const safeUrl = (url: unknown): string | null => {
  const text = typeof url === 'string' ? url.trim() : '';
  return /^(https?:\/\/|mailto:|\/(?!\/))/i.test(text) ? text : null;
};

/** Strapi blocks rich text as HTML, every text escaped. */
const blocksToHtml = (blocks: unknown): string => {
  const inline = (node: BlockNode): string => {
    if (typeof node.text === 'string') {
      let html = e(node.text).replace(/\n/g, '<br>');
      if (node.code) html = `<code>${html}</code>`;
      if (node.bold) html = `<strong>${html}</strong>`;
      if (node.italic) html = `<em>${html}</em>`;
      if (node.underline) html = `<u>${html}</u>`;
      if (node.strikethrough) html = `<s>${html}</s>`;
      return html;
    }
    const inner = (node.children ?? []).map(inline).join('');
    if (node.type === 'link') {
      const href = safeUrl(node.url);
      return href ? `<a href="${e(href)}">${inner}</a>` : inner;
    }
    return inner;
  };
  const block = (node: BlockNode): string => {
    const inner = () => (node.children ?? []).map(inline).join('');
    switch (node.type) {
      case 'heading': {
        // The article's title is the page's h1; its headings start at h2.
        const level = Math.min(6, Math.max(2, Number(node.level ?? 2) + 1));
        return `<h${level}>${inner()}</h${level}>`;
      }
      case 'list': {
        const tag = node.format === 'ordered' ? 'ol' : 'ul';
        const items = (node.children ?? []).map((child) =>
          child.type === 'list' ? block(child) : `<li>${inline(child)}</li>`
        );
        return `<${tag}>${items.join('')}</${tag}>`;
      }
      case 'quote':
        return `<blockquote>${inner()}</blockquote>`;
      case 'code':
        return `<pre><code>${inner()}</code></pre>`;
      case 'image': {
        const src = safeUrl(node.image?.url);
        return src ? `<figure><img src="${e(src)}" alt="${e(node.image?.alternativeText ?? '')}"></figure>` : '';
      }
      default: {
        const html = inner();
        return html ? `<p>${html}</p>` : '';
      }
    }
  };
  return Array.isArray(blocks) ? (blocks as BlockNode[]).map(block).join('\n') : '';
};

/**
 * An imported body (`bodyHtml`) for print: sanitised again (the page trusts nothing it did not
 * clean itself), each video or player frame replaced by a link to it, since paper plays nothing
 * and the page's policy loads no frames.
 */
const bodyHtmlForPrint = (html: string): string => {
  const clean = sanitizeBodyHtml(html);
  if (!/<(iframe|video)\b/i.test(clean)) return clean;
  const { document } = bodyHtmlWindow().window;
  const template = document.createElement('template');
  template.innerHTML = clean;
  for (const media of Array.from(template.content.querySelectorAll('iframe, video'))) {
    const src = safeUrl(media.getAttribute('src') ?? media.querySelector('source')?.getAttribute('src'));
    const note = document.createElement('p');
    note.className = 'video';
    note.append('Video: ');
    if (src) {
      const link = document.createElement('a');
      link.href = src;
      link.textContent = media.getAttribute('title') || src;
      note.append(link);
    }
    media.replaceWith(note);
  }
  return template.innerHTML;
};

/** DD/MM/YYYY, as Vietnamese documents write dates. */
const vnDate = (iso: string | null): string | null => {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : null;
};

const STYLE = `
body { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.5; color: #000; background: #fff; max-width: 48rem; margin: 1.5rem auto; padding: 0 1rem; }
.controls { display: flex; gap: .75rem; margin-bottom: 1.5rem; font-family: system-ui, sans-serif; font-size: 11pt; }
.controls button, .controls a { border: 1px solid #555; border-radius: 4px; padding: .35rem .9rem; background: #f3f3f3; color: #000; text-decoration: none; cursor: pointer; font: inherit; }
.site { text-transform: uppercase; font-weight: bold; margin: 0; }
.breadcrumb, .meta { color: #333; font-size: 11pt; margin: .25rem 0; }
h1 { font-size: 18pt; line-height: 1.3; margin: .75rem 0; }
.summary { font-weight: bold; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid #000; padding: .2rem .6rem; text-align: left; }
td.number { text-align: right; }
caption { font-weight: bold; text-align: left; margin-bottom: .25rem; }
.body table { max-width: 100%; }
.tasks ol { list-style: none; padding-left: 0; }
.tasks li { margin: .4rem 0; }
.signature { text-align: right; margin-top: 2rem; }
.signature .name { font-weight: bold; margin: 0; }
.signature .titles { font-style: italic; margin: 0 0 .75rem; }
.source { font-size: 10pt; color: #333; margin-top: 2rem; word-break: break-all; }
img { max-width: 100%; }
@page { size: A4; margin: 2cm; }
@media print {
  body { margin: 0; max-width: none; font-size: 13pt; }
  .controls { display: none; }
  a { color: #000; text-decoration: none; }
  h1, h2, h3 { break-after: avoid; }
  table, figure, .signature { break-inside: avoid; }
}
`;

const SCRIPT = `document.getElementById('print-button').addEventListener('click', function () { window.print(); });`;

const hash = (text: string) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;

/**
 * The print view's Content-Security-Policy: its own inline style and script (by hash), images,
 * and nothing else; the view never runs anything an article carries.
 */
export const PRINT_CSP = [
  "default-src 'none'",
  `style-src ${hash(STYLE)}`,
  `script-src ${hash(SCRIPT)}`,
  "img-src 'self' https: data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

const taskListHtml = (list: TaskListView): string =>
  [
    '<section class="tasks">',
    `<h2>${e(list.title)}</h2>`,
    list.intro ? `<p>${e(list.intro)}</p>` : '',
    '<ol>',
    ...list.tasks.map(
      (task) =>
        `<li><strong>${e(task.ordinal)},</strong> ${e(task.heading)}${task.detail ? `<br>${e(task.detail)}` : ''}</li>`
    ),
    '</ol>',
    '</section>',
  ].join('\n');

const campaignHtml = (campaign: CampaignView): string =>
  [
    '<section class="campaign">',
    `<h2>${e(campaign.name)} (${e(campaign.period)})</h2>`,
    '<table>',
    `<tr><th>Số mô hình đăng ký</th><td class="number">${numbers.format(campaign.registered)}</td></tr>`,
    `<tr><th>Số mô hình đã thực hiện</th><td class="number">${numbers.format(campaign.carriedOut)} (${percent.format(campaign.carriedOutShare)}%)</td></tr>`,
    '</table>',
    campaign.breakdown.length
      ? [
          '<table>',
          '<thead><tr><th>Lĩnh vực</th><th>Số mô hình</th><th>Tỷ lệ</th></tr></thead>',
          '<tbody>',
          ...campaign.breakdown.map(
            (field) =>
              `<tr><td>${e(field.name)}</td><td class="number">${numbers.format(field.count)}</td><td class="number">${percent.format(field.share)}%</td></tr>`
          ),
          '</tbody>',
          '</table>',
        ].join('\n')
      : '',
    '</section>',
  ].join('\n');

/** The whole page of an article. */
const printHtml = (
  article: ArticleContent,
  { siteName, canonical }: { siteName: string; canonical: string }
): string => {
  const date = vnDate(article.eventDate) ?? vnDate(article.publishedAt);
  const meta = [date ? `Ngày ${date}` : null, article.department?.name ?? null]
    .filter(Boolean)
    .map((text) => e(String(text)));
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${e(article.title)} – ${e(siteName)}</title>`,
    `<link rel="canonical" href="${e(canonical)}">`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<nav class="controls" aria-label="Công cụ">',
    '<button type="button" id="print-button">In bài viết</button>',
    `<a id="save-link" href="?download=1" download="${e(article.slug)}.html">Lưu bài viết</a>`,
    `<a href="${e(canonical)}">Xem bài gốc</a>`,
    '</nav>',
    '<article>',
    '<header>',
    `<p class="site">${e(siteName)}</p>`,
    article.breadcrumb.length
      ? `<p class="breadcrumb">${article.breadcrumb.map((s) => e(s.name)).join(' › ')}</p>`
      : '',
    `<h1>${e(article.title)}</h1>`,
    meta.length ? `<p class="meta">${meta.join(' · ')}</p>` : '',
    article.summary ? `<p class="summary">${e(article.summary)}</p>` : '',
    '</header>',
    '<div class="body">',
    article.bodyHtml ? bodyHtmlForPrint(article.bodyHtml) : blocksToHtml(article.body),
    '</div>',
    article.taskList ? taskListHtml(article.taskList) : '',
    ...article.campaigns.map(campaignHtml),
    article.authors.length
      ? [
          '<footer class="signature">',
          ...article.authors.map((author) => {
            const titles = [...author.titles, ...(author.position ? [author.position] : [])].join(', ');
            return `<p class="name">${e(author.fullName)}</p>${titles ? `<p class="titles">${e(titles)}</p>` : ''}`;
          }),
          '</footer>',
        ].join('\n')
      : '',
    `<p class="source">Nguồn: ${e(canonical)}</p>`,
    '</article>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
  ]
    .filter(Boolean)
    .join('\n');
};

/** A print-friendly HTML page of a published article, with print and save. */
const print = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The page of the published article `slug` (a 404 otherwise); links point under `base`. */
  async render(slug: string, base: string): Promise<Rendered> {
    const article = await getService(strapi, 'articles').printable(slug);
    const { siteName } = getConfig(strapi);
    const canonical = `${base.replace(/\/+$/, '')}${READER_PATHS.article(article.slug)}`;
    return { type: 'text/html; charset=utf-8', body: printHtml(article, { siteName, canonical }) };
  },
});

export default print;
