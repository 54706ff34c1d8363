/**
 * An old body parsed once into a clean tree: DOMPurify on the shared jsdom window removes Word
 * markup, scripts, event handlers, styles and unknown tags (their text stays), and keeps the
 * structure the converter reads, including what only the analysis needs (object/embed, the
 * `caption` class of Joomla's caption script). Nothing of this tree is output as it is: the HTML
 * form goes through `sanitizeBodyHtml` again.
 */
import type { DOMWindow } from 'jsdom';
import { bodyHtmlWindow, limitNesting } from '../../../../../shared/body-html';
import { type FoundShortcode, tokeniseShortcodes } from './refs';

const PARSE_TAGS = [
  'p',
  'div',
  'span',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'sub',
  'sup',
  'code',
  'kbd',
  'tt',
  'pre',
  'a',
  'img',
  'figure',
  'figcaption',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'iframe',
  'video',
  'source',
  'object',
  'embed',
  'param',
  'center',
  'section',
  'article',
  'header',
  'footer',
  'address',
];

const PARSE_ATTRIBUTES = [
  'href',
  'title',
  'src',
  'alt',
  'width',
  'height',
  'class',
  'colspan',
  'rowspan',
  'scope',
  'data',
  'name',
  'value',
  'poster',
  'type',
  'controls',
  'allowfullscreen',
];

/** Over this size a body is cut: nothing real comes near it, and jsdom's time grows with it. */
export const MAX_BODY_CHARACTERS = 2_000_000;

export interface ParsedBody {
  /** The body element of the sanitised document. */
  root: Element;
  window: DOMWindow;
  shortcodes: FoundShortcode[];
  truncated: boolean;
}

/**
 * The last tree parsed for `analyseBody`, kept for the `convertBody` of the same body that
 * follows it in the importer: parsing is most of the cost of either. Converting changes the
 * tree, so it takes the tree out of the cache.
 */
let lastParsed: { html: string; parsed: ParsedBody } | null = null;

/** The body's clean tree for reading only; the next `takeParsedBody` of the same body may reuse it. */
export function readBody(html: string): ParsedBody {
  if (lastParsed && lastParsed.html === html) return lastParsed.parsed;
  const parsed = parseBody(html);
  lastParsed = { html, parsed };
  return parsed;
}

/** The body's clean tree, the caller's to change. */
export function takeParsedBody(html: string): ParsedBody {
  const cached = lastParsed;
  lastParsed = null;
  return cached && cached.html === html ? cached.parsed : parseBody(html);
}

/** The body's clean tree, with Joomla plugin tags replaced by tokens (see `tokeniseShortcodes`). */
export function parseBody(html: string): ParsedBody {
  const { purify, window } = bodyHtmlWindow();
  const input = typeof html === 'string' ? html : '';
  const truncated = input.length > MAX_BODY_CHARACTERS;
  const tokenised = tokeniseShortcodes(truncated ? input.slice(0, MAX_BODY_CHARACTERS) : input);
  const root = purify.sanitize(limitNesting(tokenised.html), {
    ALLOWED_TAGS: PARSE_TAGS,
    ALLOWED_ATTR: PARSE_ATTRIBUTES,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    // The body itself, not a fragment: moving thousands of children into a fragment is quadratic in jsdom.
    RETURN_DOM: true,
  });
  return { root, window, shortcodes: tokenised.shortcodes, truncated };
}

/** Elements under `root` in document order, walked without live collections. */
export function elementsUnder(root: Node, window: DOMWindow): Element[] {
  const walker = window.document.createTreeWalker(root, window.NodeFilter.SHOW_ELEMENT);
  const elements: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) elements.push(node as Element);
  return elements;
}

/** Known video players, with the address a reader can open. */
export function videoPage(src: string): string | null {
  const value = src.trim().replace(/^\/\//, 'https://');
  const youtube =
    /^(?:https?:)?\/\/(?:www\.)?(?:youtube(?:-nocookie)?\.com\/(?:embed\/|v\/|watch\?v=)|youtu\.be\/)([\w-]{6,20})/i.exec(
      value
    );
  if (youtube) return `https://www.youtube.com/watch?v=${youtube[1]}`;
  const vimeo = /^(?:https?:)?\/\/(?:player\.)?vimeo\.com\/(?:video\/)?(\d{3,12})/i.exec(value);
  if (vimeo) return `https://vimeo.com/${vimeo[1]}`;
  return null;
}

/** The embeddable player address for a known video page, or null. */
export function videoEmbed(src: string): string | null {
  const page = videoPage(src);
  if (!page) return null;
  const youtube = /watch\?v=([\w-]+)/.exec(page);
  if (youtube) return `https://www.youtube.com/embed/${youtube[1]}`;
  const vimeo = /vimeo\.com\/(\d+)/.exec(page);
  return vimeo ? `https://player.vimeo.com/video/${vimeo[1]}` : null;
}

/** The address an `<object>` or `<embed>` plays, if any. */
export function embeddedSource(element: Element): string | null {
  const direct = element.getAttribute('src') ?? element.getAttribute('data');
  if (direct) return direct;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === 'param' && /^(movie|src|url)$/i.test(child.getAttribute('name') ?? '')) {
      const value = child.getAttribute('value');
      if (value) return value;
    }
    if (child.localName === 'embed') {
      const nested = child.getAttribute('src');
      if (nested) return nested;
    }
  }
  return null;
}
