/**
 * An imported article body (`bodyHtml`: tables, embedded videos) as DOM. The server stores it
 * sanitised, and the page still trusts nothing in it: the string is parsed into an inert document
 * (DOMParser runs no script and loads nothing), and the page's own DOM is then rebuilt from it,
 * element by element, keeping only the tags and attributes below. Nothing is ever assigned to
 * innerHTML, so even a hostile string can only come out as text and the listed elements.
 */

/** Each tag kept, with the attributes it may keep: the server's list (src/shared/body-html.ts). */
const TAGS = /** @type {Record<string, string[]>} */ ({
  p: [],
  br: [],
  hr: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  strong: [],
  b: [],
  em: [],
  i: [],
  u: [],
  s: [],
  sub: [],
  sup: [],
  a: ['href', 'title'],
  ul: [],
  ol: [],
  li: [],
  blockquote: [],
  figure: [],
  figcaption: [],
  img: ['src', 'alt', 'width', 'height', 'title'],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  iframe: ['src', 'width', 'height', 'title', 'allowfullscreen'],
  video: ['src', 'controls', 'width', 'height', 'poster'],
  source: ['src', 'type'],
});

/** Tags whose content is dropped with them (never text a reader saw); any other unknown tag keeps its content. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'head',
  'title',
  'textarea',
  'select',
  'button',
]);

/** The only frames kept: the players of YouTube and Vimeo. */
const PLAYER =
  /^https:\/\/(www\.youtube\.com\/embed\/|www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)/;

/** Deeper than this, only text is kept (no real body nests so far; a hostile one must not exhaust the stack). */
const MAX_DEPTH = 64;

/**
 * An address kept as it is: an absolute http(s) address or a path on this site; null otherwise
 * (`javascript:`, `data:`, `//host`, anything a browser would read as another scheme).
 * @param {string | null} value
 * @returns {string | null}
 */
export const safeAddress = (value) => {
  // Browsers ignore tabs and line breaks inside an address, and leading spaces or controls.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  const text = (value ?? '').replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (/^https?:\/\/[^/\\]/i.test(text)) return text;
  if (/^\/(?![/\\])/.test(text) || /^#/.test(text)) return text;
  return null;
};

/**
 * A whole number from 1 to `max` as text, or null.
 * @param {string | null} value
 * @param {number} max
 */
const whole = (value, max) => {
  const number = /^\s*\d{1,5}\s*$/.test(value ?? '') ? Number(value) : 0;
  return number >= 1 && number <= max ? String(number) : null;
};

/**
 * The value `name` keeps on a rebuilt `tag`, or null to leave it out.
 * @param {string} tag
 * @param {string} name
 * @param {string} value
 * @returns {string | null}
 */
const attributeValue = (tag, name, value) => {
  switch (name) {
    case 'href':
    case 'src':
    case 'poster':
      return safeAddress(value);
    case 'width':
    case 'height':
      return whole(value, 4000);
    case 'colspan':
    case 'rowspan':
      return whole(value, 1000);
    case 'scope':
      return ['row', 'col', 'rowgroup', 'colgroup'].includes(value.toLowerCase()) ? value.toLowerCase() : null;
    case 'allowfullscreen':
    case 'controls':
      return '';
    case 'type':
      return tag === 'source' && /^(video|audio)\/[\w.+-]+$/i.test(value) ? value : null;
    default:
      return value.slice(0, 500);
  }
};

/**
 * The visible text of an element (a caption's, say), whitespace collapsed.
 * @param {Element} element
 */
const textOf = (element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * A kept element, rebuilt in the page's document, with its allowed attributes (no children yet).
 * @param {Element} source
 * @param {string} tag
 * @returns {HTMLElement | null} null when the element may not stay (a frame that is not a player, an image without a source)
 */
const rebuild = (source, tag) => {
  const element = document.createElement(tag);
  for (const name of TAGS[tag]) {
    const raw = source.getAttribute(name);
    if (raw === null) continue;
    const value = attributeValue(tag, name, raw);
    if (value !== null) element.setAttribute(name, value);
  }
  if (tag === 'a') {
    const href = element.getAttribute('href') ?? '';
    if (/^https?:\/\//i.test(href) && !href.startsWith(location.origin)) element.setAttribute('rel', 'noopener');
  }
  if (tag === 'img') {
    if (!element.hasAttribute('src')) return null;
    if (!element.hasAttribute('alt')) element.setAttribute('alt', '');
    element.setAttribute('loading', 'lazy');
  }
  if (tag === 'iframe') {
    if (!PLAYER.test(element.getAttribute('src') ?? '')) return null;
    // A frame needs a name for screen readers; the players run in a sandbox of their own origin.
    if (!element.getAttribute('title')) element.setAttribute('title', 'Video');
    element.setAttribute('loading', 'lazy');
    element.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    element.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
    element.setAttribute('allow', 'fullscreen; picture-in-picture; encrypted-media');
  }
  if (tag === 'video') {
    element.setAttribute('controls', '');
    element.setAttribute('preload', 'metadata');
  }
  if (tag === 'th' && !element.hasAttribute('scope')) {
    // A row of headers (in the head or not) names columns; a header among data cells names its row.
    const row = source.parentElement;
    const headersOnly = !row || Array.from(row.children).every((cell) => cell.localName === 'th');
    element.setAttribute('scope', headersOnly || source.closest('thead') ? 'col' : 'row');
  }
  return element;
};

/**
 * A table, in a region that scrolls sideways on a narrow screen (and can be scrolled with the
 * keyboard: it takes focus), named by the table's caption.
 * @param {HTMLElement} table
 * @param {Element} source
 */
const scrollable = (table, source) => {
  const caption = Array.from(source.children).find((child) => child.localName === 'caption');
  const wrapper = document.createElement('div');
  wrapper.className = 'body-table';
  wrapper.setAttribute('role', 'region');
  wrapper.setAttribute('tabindex', '0');
  wrapper.setAttribute('aria-label', (caption && textOf(caption)) || 'Bảng số liệu');
  wrapper.append(table);
  return wrapper;
};

/**
 * Copies the kept content of `source`'s children into `target`.
 * @param {Node} source
 * @param {Node} target
 * @param {number} depth
 */
const copyChildren = (source, target, depth) => {
  for (const child of Array.from(source.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      target.appendChild(document.createTextNode(child.textContent ?? ''));
      continue;
    }
    if (!(child instanceof Element)) continue;
    const tag = child.localName === 'h1' ? 'h2' : child.localName;
    if (depth >= MAX_DEPTH) {
      if (!DROPPED.has(tag)) target.appendChild(document.createTextNode(child.textContent ?? ''));
      continue;
    }
    const kept = Object.prototype.hasOwnProperty.call(TAGS, tag) ? rebuild(child, tag) : null;
    if (kept) {
      copyChildren(child, kept, depth + 1);
      target.appendChild(tag === 'table' ? scrollable(kept, child) : kept);
    } else if (!DROPPED.has(tag) && tag !== 'img') {
      copyChildren(child, target, depth + 1);
    }
  }
};

/**
 * The body HTML as a fragment of the page's own elements.
 * @param {string} html
 * @returns {DocumentFragment}
 */
export const renderBodyHtml = (html) => {
  const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
  const fragment = document.createDocumentFragment();
  copyChildren(parsed.body, fragment, 0);
  return fragment;
};
