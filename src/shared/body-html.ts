/**
 * The sanitised HTML form of an article body (`bodyHtml`), for the bodies Strapi blocks cannot
 * hold: tables and embedded videos. What survives is a closed list of tags, each with its own
 * attributes; links and pictures keep only web addresses; frames only the video players readers
 * expect. DOMPurify does the parsing and the first pass; the policy below then only removes or
 * renames, so it cannot reintroduce what DOMPurify took out.
 */
import type { DOMPurify } from 'dompurify';
import type { DOMWindow, JSDOM } from 'jsdom';

/** Each allowed tag with the attributes it may keep. Nothing else survives: no style, class, id, on*, data-*. */
export const BODY_HTML_TAGS: Readonly<Record<string, readonly string[]>> = Object.freeze({
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

/** Frames are kept only for these players; any other frame is dropped with its element. */
const VIDEO_FRAME =
  /^https:\/\/(?:www\.youtube\.com\/embed\/|www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)/;

/** Attributes holding an address, with the schemes each may use. Scheme-less values (paths) are always allowed. */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  href: ['http', 'https', 'mailto', 'tel'],
  src: ['http', 'https'],
  poster: ['http', 'https'],
};

interface Sanitizer {
  purify: DOMPurify;
  window: DOMWindow;
}

let sanitizer: Sanitizer | undefined;

/**
 * DOMPurify on one jsdom window, made on first use and shared by every call: building a window
 * costs tens of milliseconds, which an import of thousands of articles cannot pay each time.
 */
export function bodyHtmlWindow(): Sanitizer {
  if (!sanitizer) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jsdom = require('jsdom') as { JSDOM: typeof JSDOM };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const createDOMPurify = require('dompurify') as DOMPurify;
    const { window } = new jsdom.JSDOM('');
    sanitizer = { purify: createDOMPurify(window), window };
  }
  return sanitizer;
}

/**
 * The scheme of an address as a browser would read it (tabs, newlines and other control
 * characters inside it ignored, case folded), '' for a path, or null for a protocol-relative
 * `//host/...` address.
 */
function schemeOf(value: string): string | null {
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (compact.startsWith('//') || compact.startsWith('\\\\') || compact.startsWith('/\\')) return null;
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return match ? match[1].toLowerCase() : '';
}

/**
 * The address kept for `attribute`, or null to drop it. Protocol-relative addresses become
 * https ones (old embeds often wrote `//www.youtube.com/embed/...`).
 */
export function safeUrl(attribute: 'href' | 'src' | 'poster', raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  const scheme = schemeOf(value);
  if (scheme === null) {
    const absolute = `https:${value.replace(/^[\s\\/]+/, '//')}`;
    return schemeOf(absolute) === 'https' ? absolute : null;
  }
  if (scheme === '') return value;
  return URL_ATTRIBUTES[attribute].includes(scheme) ? value : null;
}

/** Elements under `root`, in document order, walked without live collections (linear time in jsdom). */
function elementsUnder(root: Node, window: DOMWindow): Element[] {
  const walker = window.document.createTreeWalker(root, window.NodeFilter.SHOW_ELEMENT);
  const elements: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) elements.push(node as Element);
  return elements;
}

/** Applies the per-tag policy to a tree DOMPurify has already cleaned. Only removes and renames. */
function applyPolicy(root: Element, window: DOMWindow): void {
  for (const element of elementsUnder(root, window)) {
    if (!root.contains(element)) continue;
    let current = element;
    if (current.localName === 'h1') {
      const h2 = window.document.createElement('h2');
      while (current.firstChild) h2.appendChild(current.firstChild);
      current.replaceWith(h2);
      current = h2;
    }
    const allowed = BODY_HTML_TAGS[current.localName];
    if (!allowed) {
      // DOMPurify already limits tags to the list; this only guards against a change there.
      current.replaceWith(...Array.from(current.childNodes));
      continue;
    }
    for (const name of current.getAttributeNames()) {
      if (!allowed.includes(name)) current.removeAttribute(name);
    }
    for (const name of ['href', 'src', 'poster'] as const) {
      const value = current.getAttribute(name);
      if (value == null) continue;
      const kept = safeUrl(name, value);
      if (kept == null) current.removeAttribute(name);
      else if (kept !== value) current.setAttribute(name, kept);
    }
    if (current.localName === 'iframe') {
      const src = current.getAttribute('src');
      if (!src || !VIDEO_FRAME.test(src)) {
        current.remove();
        continue;
      }
      if (current.hasAttribute('allowfullscreen')) current.setAttribute('allowfullscreen', '');
    }
    if (current.localName === 'img' && !current.getAttribute('src')) {
      current.remove();
      continue;
    }
    if (current.localName === 'a' && /^https?:/i.test(current.getAttribute('href') ?? '')) {
      current.setAttribute('rel', 'noopener');
    }
  }
}

/**
 * How deep elements may nest in a body. jsdom's tree building is quadratic in depth (2,000
 * nested spans take seconds, 5,000 overflow the stack), and no real article nests beyond a few
 * dozen; broken old bodies do, with thousands of unclosed <font> or <div> tags.
 */
export const MAX_BODY_DEPTH = 160;

const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT_TAGS = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'noscript',
  'iframe',
  'noembed',
  'noframes',
]);
/** An opening tag of the key closes an open element of these names first (roughly as the HTML parser does). */
const IMPLIED_END: Record<string, readonly string[]> = {
  p: ['p'],
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  option: ['option'],
};

/**
 * `html` with the opening tags (and their closing tags) that would nest deeper than `maxDepth`
 * taken out, text untouched. One linear scan, before any tree is built; comments, raw-text
 * elements and quoted attribute values are skipped so tags written inside them do not count.
 */
export function limitNesting(html: string, maxDepth: number = MAX_BODY_DEPTH): string {
  const lower = html.toLowerCase();
  const stack: { name: string; kept: boolean }[] = [];
  let depth = 0;
  let out = '';
  let copied = 0;
  const drop = (from: number, to: number) => {
    out += html.slice(copied, from);
    copied = to;
  };
  const pop = () => {
    const entry = stack.pop();
    if (entry?.kept) depth -= 1;
    return entry;
  };
  let index = html.indexOf('<');
  while (index >= 0 && index < html.length) {
    if (html.startsWith('<!--', index)) {
      const end = html.indexOf('-->', index + 4);
      index = end < 0 ? html.length : end + 3;
    } else if (html[index + 1] === '!' || html[index + 1] === '?') {
      const end = html.indexOf('>', index + 2);
      index = end < 0 ? html.length : end + 1;
    } else {
      const match = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(html.slice(index, index + 64));
      if (!match) {
        index += 1;
      } else {
        let end = index + match[0].length;
        for (let quote = ''; end < html.length && (quote || html[end] !== '>'); end += 1) {
          if (quote) quote = html[end] === quote ? '' : quote;
          else if (html[end] === '"' || html[end] === "'") quote = html[end];
        }
        end = Math.min(end + 1, html.length);
        const name = match[2].toLowerCase();
        if (match[1]) {
          // A closing tag closes the nearest open element of its name, if one is near the top.
          let found = -1;
          for (let at = stack.length - 1; at >= 0 && at >= stack.length - 64; at -= 1) {
            if (stack[at].name === name) {
              found = at;
              break;
            }
          }
          if (found >= 0) {
            const kept = stack[found].kept;
            while (stack.length > found) pop();
            if (!kept) drop(index, end);
          }
        } else if (!VOID_TAGS.has(name) && html[end - 2] !== '/') {
          const implied = IMPLIED_END[name];
          if (implied) {
            for (let at = stack.length - 1; at >= 0 && at >= stack.length - 8; at -= 1) {
              if (implied.includes(stack[at].name)) {
                while (stack.length > at) pop();
                break;
              }
            }
          }
          // Raw-text elements hold no elements, so keeping them adds no depth worth bounding.
          const kept = depth < maxDepth || RAW_TEXT_TAGS.has(name);
          stack.push({ name, kept });
          if (kept) depth += 1;
          else drop(index, end);
          if (RAW_TEXT_TAGS.has(name)) {
            const close = lower.indexOf(`</${name}`, end);
            index = close < 0 ? html.length : close;
            continue;
          }
        }
        index = end;
      }
    }
    index = html.indexOf('<', index);
  }
  return copied === 0 ? html : out + html.slice(copied);
}

/** Tags DOMPurify keeps in the first pass: the allowlist, plus h1, renamed to h2 by the policy. */
const PURIFY_TAGS = [...Object.keys(BODY_HTML_TAGS), 'h1'];
const PURIFY_ATTRIBUTES = Array.from(new Set(Object.values(BODY_HTML_TAGS).flat()));

/** The cleaned tree of `html`, ready for the policy or for reading. */
function purifiedFragment(html: string): { fragment: Element; window: DOMWindow } {
  const { purify, window } = bodyHtmlWindow();
  const fragment = purify.sanitize(limitNesting(html), {
    ALLOWED_TAGS: PURIFY_TAGS,
    ALLOWED_ATTR: PURIFY_ATTRIBUTES,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    // The body itself, not a fragment: moving thousands of children into a fragment is quadratic in jsdom.
    RETURN_DOM: true,
  });
  applyPolicy(fragment, window);
  return { fragment, window };
}

/** True when the tree shows nothing: no text and no picture, frame or video. */
function isEmpty(fragment: Element): boolean {
  if ((fragment.textContent ?? '').replace(/[\s\u00a0\u200b-\u200d\ufeff]+/g, '') !== '') return false;
  return !fragment.querySelector('img, iframe, video');
}

/**
 * `html` reduced to the body allowlist ({@link BODY_HTML_TAGS}): scripts, event handlers,
 * styles, classes, foreign frames and unsafe addresses are gone; h1 becomes h2; absolute web
 * links get rel="noopener". Returns '' when nothing visible is left.
 */
export const sanitizeBodyHtml = (html: string): string => {
  if (typeof html !== 'string' || html.trim() === '') return '';
  const { fragment } = purifiedFragment(html);
  if (isEmpty(fragment)) return '';
  return fragment.innerHTML.trim();
};

/** Elements after which reading moves to a new line. */
const BLOCK_TAGS = new Set([
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'figure',
  'figcaption',
  'table',
  'caption',
  'tr',
  'ul',
  'ol',
]);

/**
 * The text a reader sees in `html` (sanitised first, so script and style contents never count),
 * with blocks and table cells separated, whitespace collapsed: for the search index.
 */
export const bodyHtmlText = (html: string): string => {
  if (typeof html !== 'string' || html.trim() === '') return '';
  const { fragment, window } = purifiedFragment(html);
  const parts: string[] = [];
  const walker = window.document.createTreeWalker(
    fragment,
    window.NodeFilter.SHOW_ELEMENT | window.NodeFilter.SHOW_TEXT
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === window.Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
    else {
      const name = (node as Element).localName;
      if (BLOCK_TAGS.has(name)) parts.push('\n');
      else if (name === 'td' || name === 'th') parts.push(' ');
    }
  }
  return parts
    .join('')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
    .normalize('NFC');
};
