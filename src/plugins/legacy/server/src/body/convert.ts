/**
 * An old Joomla body turned into what the portal stores: Strapi blocks for editors and search,
 * and, for bodies with a table or an embedded video, the sanitised HTML readers are shown.
 * Pictures, files and links point at the imported files and the new addresses.
 */
import type { DOMWindow } from 'jsdom';
import { sanitizeBodyHtml } from '../../../../../shared/body-html';
import { captionOf, cleanText, isDataAddress, linkedMediaKind } from './analyse';
import { elementsUnder, embeddedSource, takeParsedBody, videoEmbed, videoPage } from './parse';
import type { FoundShortcode } from './refs';
import { TOKEN_PATTERN, articleTarget, imagesJsonPictures, parseAddress, sitePath } from './refs';
import { repairFragment } from './repair';
import { findSignature } from './signature';
import type {
  Block,
  BlockImage,
  ConvertOptions,
  ConvertedBody,
  ImageBlock,
  InlineNode,
  ListBlock,
  ListItemNode,
  ParagraphBlock,
  Shortcode,
  StoredFile,
  TextNode,
} from './types';

type Mark = 'bold' | 'italic' | 'underline' | 'strikethrough' | 'code';
type Marks = Partial<Record<Mark, true>>;

interface Segment {
  text: string;
  marks: Marks;
  href: string | null;
  /** Where the text came from, so a removed signature can be found again in the HTML form. */
  node: Node | null;
}

type Kind = { type: 'paragraph' } | { type: 'quote' } | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6 };

const MARK_OF: Record<string, Mark> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  code: 'code',
  kbd: 'code',
  tt: 'code',
};

const BOUNDARY_TAGS = new Set([
  'p',
  'div',
  'center',
  'section',
  'article',
  'header',
  'footer',
  'address',
  'dl',
  'dt',
  'dd',
  'li',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'figcaption',
]);

/** Deeper than this, a subtree is read as plain text: recursion stays bounded whatever the input. */
const MAX_DEPTH = 200;

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'ftp:', 'mailto:', 'tel:']);

/** Strapi's own test of a link node's url (blocks-validator.js). */
export function isValidBlockUrl(url: string): boolean {
  try {
    const parsed = new URL(url.startsWith('/') ? `https://strapi.io${url}` : url);
    return LINK_PROTOCOLS.has(parsed.protocol);
  } catch {
    return false;
  }
}

/** `.jpg` from `ảnh 1.jpg`: the validator requires an extension. */
const extensionOfName = (name: string): string => /\.[^./]{1,10}$/.exec(name)?.[0]?.toLowerCase() ?? '.bin';

const toIso = (value: string | Date): string => (value instanceof Date ? value.toISOString() : String(value));

/** The image block for an imported picture. */
export function imageBlock(file: StoredFile, alt: string | null, caption: string | null): ImageBlock {
  const image: BlockImage = {
    name: file.name,
    alternativeText: alt ?? file.alternativeText ?? null,
    url: file.url,
    caption: caption ?? file.caption ?? null,
    width: file.width ?? 0,
    height: file.height ?? 0,
    formats: file.formats ?? null,
    hash: file.hash,
    ext: file.ext || extensionOfName(file.name),
    mime: file.mime,
    size: file.size,
    previewUrl: file.previewUrl ?? null,
    provider: file.provider,
    provider_metadata: file.provider_metadata ?? null,
    createdAt: toIso(file.createdAt),
    updatedAt: toIso(file.updatedAt),
  };
  // The validator of Strapi's yup version refuses an empty children array.
  return { type: 'image', image, children: [{ type: 'text', text: '' }] };
}

const sameMarks = (a: Marks, b: Marks): boolean =>
  (['bold', 'italic', 'underline', 'strikethrough', 'code'] as const).every((mark) => a[mark] === b[mark]);

/**
 * Inline nodes from text segments: whitespace collapsed across segments (none at the edges or
 * around a line break), neighbours with the same marks merged, runs with one address made links.
 * Empty when nothing visible is left.
 */
export function toInlines(segments: Segment[]): InlineNode[] {
  const joined = segments.map((segment) => segment.text).join('');
  if (!/[^\s]/.test(joined)) return [];
  const keep: boolean[] = new Array<boolean>(joined.length).fill(true);
  let previous = '\n';
  for (let index = 0; index < joined.length; index += 1) {
    const char = joined[index];
    if (char === ' ' && (previous === ' ' || previous === '\n')) keep[index] = false;
    else if (char === '\n' && previous === ' ') {
      for (let back = index - 1; back >= 0 && (joined[back] === ' ' || !keep[back]); back -= 1) keep[back] = false;
      previous = char;
    } else previous = char;
  }
  // No spaces or line breaks at the end, no line breaks at the start, at most one blank line.
  for (let index = joined.length - 1; index >= 0 && /\s/.test(joined[index]); index -= 1) keep[index] = false;
  let newlines = 0;
  let started = false;
  for (let index = 0; index < joined.length; index += 1) {
    if (!keep[index]) continue;
    if (joined[index] === '\n') {
      newlines += 1;
      if (!started || newlines > 2) keep[index] = false;
    } else {
      newlines = 0;
      started = true;
    }
  }
  const cleaned: Segment[] = [];
  let offset = 0;
  for (const segment of segments) {
    let text = '';
    for (let index = 0; index < segment.text.length; index += 1) if (keep[offset + index]) text += segment.text[index];
    offset += segment.text.length;
    if (!text) continue;
    const last = cleaned[cleaned.length - 1];
    if (last && last.href === segment.href && sameMarks(last.marks, segment.marks)) last.text += text;
    else cleaned.push({ ...segment, text });
  }
  const nodes: InlineNode[] = [];
  for (const segment of cleaned) {
    const text: TextNode = { type: 'text', text: segment.text, ...segment.marks };
    const last = nodes[nodes.length - 1];
    if (segment.href === null) nodes.push(text);
    else if (last && last.type === 'link' && last.url === segment.href) last.children.push(text);
    else nodes.push({ type: 'link', url: segment.href, children: [text] });
  }
  return nodes;
}

/** The plain text of inline nodes. */
const inlineText = (nodes: InlineNode[]): string =>
  nodes.map((node) => (node.type === 'text' ? node.text : node.children.map((child) => child.text).join(''))).join('');

/** The plain text of blocks, one block a line: for search. */
export function blocksText(blocks: Block[]): string {
  const lines: string[] = [];
  const visit = (block: Block | ListItemNode) => {
    switch (block.type) {
      case 'list':
        block.children.forEach(visit);
        break;
      case 'image':
        if (block.image.caption) lines.push(block.image.caption);
        break;
      case 'code':
        lines.push(block.children.map((child) => child.text).join(''));
        break;
      default:
        lines.push(inlineText(block.children));
    }
  };
  blocks.forEach(visit);
  return lines.filter((line) => line.trim()).join('\n');
}

/** Text collected from the tree, made into blocks at block boundaries, or (inline only) kept in one run. */
class Flow {
  segments: Segment[] = [];

  constructor(
    readonly state: State,
    public kind: Kind,
    /** Where blocks go; null for inline-only content (a list item, a table cell), whose blocks are hoisted. */
    readonly out: Block[] | null,
    readonly separator: string,
    readonly hoisted: Block[]
  ) {}

  text(text: string, marks: Marks, href: string | null, node: Node | null): void {
    if (text) this.segments.push({ text, marks, href, node });
  }

  boundary(): void {
    if (this.out) this.flush();
    else if (this.segments.length > 0 && this.segments[this.segments.length - 1].text !== this.separator) {
      this.segments.push({ text: this.separator, marks: {}, href: null, node: null });
    }
  }

  flush(): void {
    if (!this.out || this.segments.length === 0) return;
    const children = toInlines(this.segments);
    if (children.length > 0) {
      const block: Block =
        this.kind.type === 'heading'
          ? { type: 'heading', level: this.kind.level, children }
          : { type: this.kind.type, children };
      this.out.push(block);
      this.state.sources.set(
        block,
        this.segments.map((segment) => segment.node).filter((node): node is Node => node !== null)
      );
    }
    this.segments = [];
  }

  block(block: Block): void {
    if (this.out) {
      this.flush();
      this.out.push(block);
    } else this.hoisted.push(block);
  }
}

/** Everything one conversion accumulates. */
class State {
  readonly repairs = new Set<string>();
  readonly warnings = new Set<string>();
  readonly removed: Shortcode[] = [];
  readonly sources = new Map<Block, Node[]>();
  readonly imageFiles = new Map<Element, StoredFile | null>();
  readonly linkTargets = new Map<Element, string | null>();
  readonly jsonPictures: Map<string, { alt: string | null; caption: string | null }>;
  firstImage: StoredFile | null = null;
  hasRich = false;

  constructor(
    readonly options: ConvertOptions,
    readonly shortcodes: FoundShortcode[],
    readonly window: DOMWindow
  ) {
    this.jsonPictures = new Map();
    for (const picture of imagesJsonPictures(options.images)) {
      const key = sitePath(picture.src, options.oldHosts) ?? picture.src;
      this.jsonPictures.set(key, { alt: cleanText(picture.alt), caption: cleanText(picture.caption) });
    }
  }

  get oldHosts(): string[] {
    return this.options.oldHosts ?? [];
  }

  /** The imported file for an address: by the address as written, then by its site path. Undefined when unknown. */
  media(src: string): StoredFile | null | undefined {
    const media = this.options.media;
    if (media.has(src)) return media.get(src);
    const path = sitePath(src, this.oldHosts);
    if (path !== null && media.has(path)) return media.get(path);
    return undefined;
  }

  image(file: StoredFile, alt: string | null, caption: string | null): ImageBlock {
    this.firstImage ??= file;
    return imageBlock(file, alt, caption);
  }

  /** The image block for an `<img>`, or null (with a warning) when its file is missing. */
  imageFor(element: Element): ImageBlock | null {
    const src = element.getAttribute('src')?.trim() ?? '';
    if (!src) return null;
    if (isDataAddress(src)) {
      this.warnings.add('picture embedded as a data: address dropped');
      this.imageFiles.set(element, null);
      return null;
    }
    const file = this.media(src);
    this.imageFiles.set(element, file ?? null);
    if (!file) {
      this.warnings.add(`missing picture: ${src}`);
      return null;
    }
    const json = this.jsonPictures.get(sitePath(src, this.oldHosts) ?? src);
    const alt = cleanText(element.getAttribute('alt')) ?? json?.alt ?? null;
    const caption = captionOf(element) ?? json?.caption ?? null;
    return this.image(file, alt, caption);
  }

  /** The new address of a link, or null to keep only its text. */
  linkFor(element: Element): string | null {
    if (this.linkTargets.has(element)) return this.linkTargets.get(element) ?? null;
    const target = this.resolveLink(element.getAttribute('href')?.trim() ?? '');
    this.linkTargets.set(element, target);
    return target;
  }

  private resolveLink(href: string): string | null {
    if (!href) return null;
    const mapped = this.options.links.get(href);
    if (mapped) return isValidBlockUrl(mapped) ? mapped : null;
    const address = parseAddress(href, this.oldHosts);
    const kind = linkedMediaKind(href, this.oldHosts);
    if (kind && address) {
      const file = this.media(href);
      if (file) return file.url;
      if (address.host === null) {
        this.warnings.add(`missing file: ${href}`);
        return null;
      }
    }
    const article = articleTarget(href, this.oldHosts);
    if (article) this.warnings.add(`link to old article #${article.oldId} has no new address: ${href}`);
    if (address && address.host === null) {
      // A page of the old site: the portal answers its old addresses with redirects.
      const path = `/${encodeURI(address.path)}${address.query ? `?${address.query}` : ''}`;
      return isValidBlockUrl(path) ? path : null;
    }
    const value = href.replace(/[\s]+/g, (space) => (space === ' ' ? '%20' : ''));
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
    if (scheme && ['http', 'https', 'ftp', 'mailto', 'tel'].includes(scheme) && isValidBlockUrl(value)) return value;
    return null;
  }

  /** The address readers open for a video element, or null. */
  videoFor(element: Element): string | null {
    let src: string | null;
    if (element.localName === 'iframe') src = element.getAttribute('src');
    else if (element.localName === 'video') {
      src = element.getAttribute('src');
      for (let child = element.firstElementChild; !src && child; child = child.nextElementSibling) {
        if (child.localName === 'source') src = child.getAttribute('src');
      }
    } else src = embeddedSource(element);
    src = src?.trim() ?? null;
    if (!src || isDataAddress(src)) return null;
    const page = videoPage(src);
    if (page) return page;
    const file = this.media(src);
    if (file) return file.url;
    const address = parseAddress(src, this.oldHosts);
    if (!address) return null;
    if (address.host === null) {
      if (file === null) this.warnings.add(`missing file: ${src}`);
      return null;
    }
    const absolute = src.startsWith('//') ? `https:${src}` : src;
    return isValidBlockUrl(absolute) ? absolute : null;
  }
}

const videoParagraph = (url: string, title: string | null): ParagraphBlock => ({
  type: 'paragraph',
  children: [{ type: 'link', url, children: [{ type: 'text', text: title ? `Video: ${title}` : url }] }],
});

/** Reads the tree into blocks. */
class Reader {
  constructor(readonly state: State) {}

  walk(node: Node, flow: Flow, marks: Marks, href: string | null, depth: number): void {
    const { window } = this.state;
    if (node.nodeType === window.Node.TEXT_NODE) {
      this.text(node.nodeValue ?? '', flow, marks, href, node);
      return;
    }
    if (node.nodeType !== window.Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (depth > MAX_DEPTH) {
      this.text(element.textContent ?? '', flow, marks, href, element);
      return;
    }
    const name = element.localName;
    const children = (nextMarks: Marks = marks, nextHref: string | null = href) => {
      for (let child = element.firstChild; child; child = child.nextSibling) {
        this.walk(child, flow, nextMarks, nextHref, depth + 1);
      }
    };
    const mark = MARK_OF[name];
    if (mark) {
      children(mark === 'code' && element.closest('pre') ? marks : { ...marks, [mark]: true });
      return;
    }
    switch (name) {
      case 'a':
        children(marks, this.state.linkFor(element) ?? href);
        return;
      case 'br':
        flow.text('\n', marks, href, element);
        return;
      case 'img': {
        const image = this.state.imageFor(element);
        if (image) flow.block(image);
        return;
      }
      case 'iframe':
      case 'video':
      case 'object':
      case 'embed': {
        if (name === 'embed' && element.parentElement?.localName === 'object') return;
        this.state.hasRich = true;
        const url = this.state.videoFor(element);
        if (url) flow.block(videoParagraph(url, cleanText(element.getAttribute('title'))));
        else this.state.warnings.add(`embedded ${name} without a playable address dropped`);
        return;
      }
      case 'source':
      case 'param':
        return;
      case 'ul':
      case 'ol':
        if (flow.out) {
          flow.flush();
          const list = this.list(element, marks, flow.hoisted, depth);
          if (list) flow.block(list);
          this.drainHoisted(flow);
        } else {
          flow.boundary();
          children();
          flow.boundary();
        }
        return;
      case 'table':
        this.state.hasRich = true;
        if (flow.out) this.table(element, flow, marks, depth);
        else {
          flow.boundary();
          children();
          flow.boundary();
        }
        return;
      case 'figcaption':
        if (element.parentElement?.querySelector('img')) return;
        break;
      case 'hr': {
        const title = cleanText(element.getAttribute('title'));
        if (flow.out && title && /system-pagebreak/.test(element.getAttribute('class') ?? '')) {
          flow.block({ type: 'heading', level: 2, children: [{ type: 'text', text: title }] });
        } else flow.boundary();
        return;
      }
      case 'pre': {
        flow.boundary();
        const lines = (element.textContent ?? '').split('\n');
        lines.forEach((line, index) => {
          if (index > 0) flow.text('\n', marks, href, null);
          this.text(line, flow, marks, href, element);
        });
        flow.boundary();
        return;
      }
      default:
        break;
    }
    const heading = /^h([1-6])$/.exec(name);
    if ((heading || name === 'blockquote') && flow.out) {
      flow.flush();
      const previous = flow.kind;
      flow.kind = heading
        ? { type: 'heading', level: Math.max(2, Number(heading[1])) as 2 | 3 | 4 | 5 | 6 }
        : { type: 'quote' };
      children();
      flow.flush();
      flow.kind = previous;
      return;
    }
    if (heading || name === 'blockquote' || BOUNDARY_TAGS.has(name)) {
      flow.boundary();
      children();
      flow.boundary();
      return;
    }
    children();
  }

  /** Blocks met inside inline-only content, placed after it. */
  private drainHoisted(flow: Flow): void {
    if (!flow.out) return;
    const hoisted = flow.hoisted.splice(0);
    for (const block of hoisted) flow.out.push(block);
  }

  /** One text node: repaired, with its plugin-tag tokens expanded or removed. */
  text(raw: string, flow: Flow, marks: Marks, href: string | null, node: Node | null): void {
    const text = repairFragment(raw, this.state.repairs);
    let cursor = 0;
    for (const match of text.matchAll(TOKEN_PATTERN)) {
      flow.text(text.slice(cursor, match.index), marks, href, node);
      cursor = match.index + match[0].length;
      this.shortcode(Number(match[1]), flow);
    }
    flow.text(text.slice(cursor), marks, href, node);
  }

  private shortcode(index: number, flow: Flow): void {
    const shortcode = this.state.shortcodes[index];
    if (!shortcode) return;
    const { name, raw, argument } = shortcode;
    if (name === 'gallery' && argument) {
      const files = this.state.options.galleries.get(argument) ?? [];
      if (files.length === 0) this.state.warnings.add(`gallery without imported pictures: ${argument}`);
      for (const file of files) flow.block(this.state.image(file, null, null));
      return;
    }
    if ((name === 'youtube' || name === 'vimeo') && argument) {
      this.state.hasRich = true;
      const url =
        name === 'youtube'
          ? videoPage(`https://www.youtube.com/embed/${argument}`)
          : videoPage(`https://player.vimeo.com/video/${argument}`);
      if (url) flow.block(videoParagraph(url, null));
      else this.state.warnings.add(`video tag with an unreadable id: ${raw}`);
      return;
    }
    this.state.removed.push({ name, raw });
  }

  /** A list, its nested lists as Strapi nests them (a list among the items), or null when empty. */
  list(element: Element, marks: Marks, hoisted: Block[], depth: number): ListBlock | null {
    const items: (ListItemNode | ListBlock)[] = [];
    let flow = new Flow(this.state, { type: 'paragraph' }, null, '\n', hoisted);
    const endItem = () => {
      const children = toInlines(flow.segments);
      if (children.length > 0) items.push({ type: 'list-item', children });
      flow = new Flow(this.state, { type: 'paragraph' }, null, '\n', hoisted);
    };
    const visit = (node: Node, level: number) => {
      if (node.nodeType === this.state.window.Node.ELEMENT_NODE && level < MAX_DEPTH) {
        const child = node as Element;
        if (child.localName === 'ul' || child.localName === 'ol') {
          endItem();
          const nested = this.list(child, marks, hoisted, level + 1);
          if (nested) items.push(nested);
          return;
        }
        if (child.localName === 'li') {
          endItem();
          for (let inner = child.firstChild; inner; inner = inner.nextSibling) visit(inner, level + 1);
          endItem();
          return;
        }
      }
      this.walkItem(node, flow, marks, level, visit);
    };
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child, depth + 1);
    endItem();
    if (items.length === 0) return null;
    return { type: 'list', format: element.localName === 'ol' ? 'ordered' : 'unordered', children: items };
  }

  /** Content of a list item; nested lists found further down still become nested lists. */
  private walkItem(node: Node, flow: Flow, marks: Marks, depth: number, visit: (node: Node, level: number) => void) {
    const element = node.nodeType === this.state.window.Node.ELEMENT_NODE ? (node as Element) : null;
    if (element && !MARK_OF[element.localName] && element.localName !== 'a' && element.querySelector('ul, ol')) {
      flow.boundary();
      for (let inner = element.firstChild; inner; inner = inner.nextSibling) visit(inner, depth + 1);
      flow.boundary();
      return;
    }
    this.walk(node, flow, marks, null, depth);
  }

  /** A table flattened: its caption, then one paragraph a row, cells joined by " | ". */
  table(table: Element, flow: Flow, marks: Marks, depth: number): void {
    flow.flush();
    const hoisted: Block[] = [];
    const rows: Element[] = [];
    for (const element of elementsUnder(table, this.state.window)) {
      if (element.localName === 'caption' && element.closest('table') === table) {
        const caption = new Flow(this.state, { type: 'paragraph' }, null, ' ', hoisted);
        this.walk(element, caption, marks, null, depth + 1);
        const children = toInlines(caption.segments);
        if (children.length > 0) flow.block({ type: 'paragraph', children });
      }
      if (element.localName === 'tr' && element.closest('table') === table) rows.push(element);
    }
    for (const row of rows) {
      const cells = new Flow(this.state, { type: 'paragraph' }, null, ' ', hoisted);
      let first = true;
      for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
        if (cell.localName !== 'td' && cell.localName !== 'th') continue;
        if (!first) cells.segments.push({ text: ' | ', marks: {}, href: null, node: null });
        first = false;
        const before = cells.segments.length;
        for (let child = cell.firstChild; child; child = child.nextSibling) {
          this.walk(child, cells, marks, null, depth + 2);
        }
        // Line breaks inside a cell read as spaces in the row's one line.
        for (let index = before; index < cells.segments.length; index += 1) {
          cells.segments[index].text = cells.segments[index].text.replace(/\n/g, ' ');
        }
      }
      const children = toInlines(cells.segments);
      if (children.length > 0 && /[^\s|]/.test(inlineText(children))) flow.block({ type: 'paragraph', children });
      for (const block of hoisted.splice(0)) flow.block(block);
    }
  }
}

/** Removes `nodes` from the tree, and the elements they leave empty. */
function removeNodes(nodes: Node[], root: Node): void {
  for (const node of nodes) {
    let parent = node.parentNode;
    node.parentNode?.removeChild(node);
    while (parent && parent !== root && parent.nodeType === 1) {
      const element = parent as Element;
      if ((element.textContent ?? '').trim() !== '' || element.querySelector('img, iframe, video, table')) break;
      parent = element.parentNode;
      element.remove();
    }
  }
}

const BLOCK_ELEMENTS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'ol',
  'li',
  'blockquote',
  'figure',
  'figcaption',
  'hr',
  'iframe',
  'video',
  'center',
]);
const isBlock = (node: Node | null): boolean => node !== null && BLOCK_ELEMENTS.has((node as Element).localName ?? '');

/** A space between blocks (source indentation), which shows nothing. */
const besideBlocks = (node: Node): boolean =>
  ['table', 'thead', 'tbody', 'tfoot', 'tr', 'ul', 'ol', 'body'].includes(
    (node.parentNode as Element | null)?.localName ?? ''
  ) ||
  ((isBlock(node.previousSibling) || node.previousSibling === null) &&
    (isBlock(node.nextSibling) || node.nextSibling === null));

const PRUNED_WHEN_EMPTY = new Set([
  'p',
  'div',
  'span',
  'b',
  'strong',
  'i',
  'em',
  'u',
  'center',
  'font',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** The HTML form: the same tree with addresses rewritten, tags expanded, the signature left out, sanitised. */
function htmlForm(root: Element, state: State, signatureNodes: Node[]): string | null {
  const { window } = state;
  const document = window.document;
  removeNodes(signatureNodes, root);
  for (const element of elementsUnder(root, window)) {
    switch (element.localName) {
      case 'img': {
        if (!state.imageFiles.has(element)) state.imageFor(element);
        const file = state.imageFiles.get(element);
        if (!file) {
          element.remove();
          break;
        }
        element.setAttribute('src', file.url);
        const alt = cleanText(element.getAttribute('alt')) ?? file.alternativeText;
        if (alt) element.setAttribute('alt', alt);
        const caption = captionOf(element);
        if (caption && !element.closest('figure')) {
          const figure = document.createElement('figure');
          const figcaption = document.createElement('figcaption');
          figcaption.textContent = caption;
          element.replaceWith(figure);
          figure.append(element, figcaption);
        }
        break;
      }
      case 'a': {
        const target = state.linkFor(element);
        if (target) element.setAttribute('href', target);
        else element.removeAttribute('href');
        break;
      }
      case 'iframe': {
        const src = element.getAttribute('src') ?? '';
        const embed = videoEmbed(src);
        if (embed) element.setAttribute('src', embed);
        break;
      }
      case 'object':
      case 'embed': {
        if (element.localName === 'embed' && element.parentElement?.localName === 'object') break;
        const src = embeddedSource(element) ?? '';
        const embed = videoEmbed(src);
        if (embed) {
          const iframe = document.createElement('iframe');
          iframe.setAttribute('src', embed);
          iframe.setAttribute('allowfullscreen', '');
          element.replaceWith(iframe);
        } else {
          const url = state.videoFor(element);
          if (url) {
            const video = document.createElement('video');
            video.setAttribute('src', url);
            video.setAttribute('controls', '');
            element.replaceWith(video);
          } else element.remove();
        }
        break;
      }
      case 'video':
      case 'source': {
        for (const attribute of ['src', 'poster']) {
          const value = element.getAttribute(attribute)?.trim();
          if (!value) continue;
          const file = state.media(value);
          if (file) element.setAttribute(attribute, file.url);
          else if (sitePath(value, state.oldHosts) !== null) element.removeAttribute(attribute);
        }
        break;
      }
      case 'hr': {
        const title = cleanText(element.getAttribute('title'));
        if (title && /system-pagebreak/.test(element.getAttribute('class') ?? '')) {
          const heading = document.createElement('h2');
          heading.textContent = title;
          element.replaceWith(heading);
        }
        break;
      }
      default:
        break;
    }
  }
  const walker = document.createTreeWalker(root, window.NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const ignored = new Set<string>();
  for (const node of texts) {
    const text = repairFragment(node.data, ignored);
    if (text === ' ' && besideBlocks(node)) {
      node.remove();
      continue;
    }
    if (!text.includes('\ue000')) {
      if (text !== node.data) node.data = text;
      continue;
    }
    const parts: Node[] = [];
    let cursor = 0;
    for (const match of text.matchAll(TOKEN_PATTERN)) {
      parts.push(document.createTextNode(text.slice(cursor, match.index)));
      cursor = match.index + match[0].length;
      const shortcode = state.shortcodes[Number(match[1])];
      if (!shortcode?.argument) continue;
      if (shortcode.name === 'gallery') {
        for (const file of state.options.galleries.get(shortcode.argument) ?? []) {
          const image = document.createElement('img');
          image.setAttribute('src', file.url);
          if (file.alternativeText) image.setAttribute('alt', file.alternativeText);
          parts.push(image);
        }
      } else if (shortcode.name === 'youtube' || shortcode.name === 'vimeo') {
        const embed = videoEmbed(
          shortcode.name === 'youtube'
            ? `https://www.youtube.com/embed/${shortcode.argument}`
            : `https://player.vimeo.com/video/${shortcode.argument}`
        );
        if (embed) {
          const iframe = document.createElement('iframe');
          iframe.setAttribute('src', embed);
          iframe.setAttribute('allowfullscreen', '');
          parts.push(iframe);
        }
      }
    }
    parts.push(document.createTextNode(text.slice(cursor)));
    node.replaceWith(...parts);
  }
  // Word leaves empty paragraphs (`<p>&nbsp;</p>`) and wrappers whose pictures were missing.
  for (const element of elementsUnder(root, window).reverse()) {
    if (!PRUNED_WHEN_EMPTY.has(element.localName)) continue;
    if ((element.textContent ?? '').trim() !== '' || element.querySelector('img, iframe, video, table')) continue;
    element.remove();
  }
  return sanitizeBodyHtml(root.innerHTML) || null;
}

/** The last resort for input the parser cannot take: its text, one paragraph per blank-line-separated run. */
function plainTextFallback(html: string, repairs: Set<string>): Block[] {
  const text = String(html)
    .replace(/<[^>]*>/g, '\n')
    .split(/\n\s*\n|\n/);
  const blocks: Block[] = [];
  for (const line of text) {
    const repaired = repairFragment(line, repairs).trim();
    if (repaired) blocks.push({ type: 'paragraph', children: [{ type: 'text', text: repaired }] });
  }
  return blocks;
}

/**
 * Converts an old Joomla body. Never throws: input the parser cannot take comes back as plain
 * text paragraphs, with a warning.
 */
export function convertBody(html: string, options: ConvertOptions): ConvertedBody {
  try {
    return convert(html, options);
  } catch (error) {
    const repairs = new Set<string>();
    const blocks = plainTextFallback(typeof html === 'string' ? html.slice(0, 2_000_000) : '', repairs);
    return {
      blocks,
      html: null,
      text: blocksText(blocks),
      repairs: Array.from(repairs),
      removedShortcodes: [],
      warnings: [
        `body could not be read as HTML and was kept as plain text (${error instanceof Error ? error.message : String(error)})`,
      ],
      signature: null,
      firstImage: null,
    };
  }
}

function convert(html: string, options: ConvertOptions): ConvertedBody {
  const { root, window, shortcodes, truncated } = takeParsedBody(html);
  const state = new State(options, shortcodes, window);
  if (truncated) state.warnings.add('body longer than 2,000,000 characters was cut');
  const reader = new Reader(state);
  const blocks: Block[] = [];
  const flow = new Flow(state, { type: 'paragraph' }, blocks, ' ', []);
  for (let child = root.firstChild; child; child = child.nextSibling) reader.walk(child, flow, {}, null, 0);
  flow.flush();
  for (const block of flow.hoisted.splice(0)) blocks.push(block);

  let signature: ConvertedBody['signature'] = null;
  const signatureNodes: Node[] = [];
  const tail: ParagraphBlock[] = [];
  for (let index = blocks.length - 1; index >= 0 && tail.length < 2; index -= 1) {
    const block = blocks[index];
    if (block.type !== 'paragraph' || block.children.some((child) => child.type === 'link')) break;
    tail.unshift(block);
  }
  const found = tail.length > 0 ? findSignature(tail.map((block) => inlineText(block.children))) : null;
  if (found && blocks.length > found.paragraphs) {
    signature = found.signature;
    for (const block of blocks.splice(blocks.length - found.paragraphs)) {
      signatureNodes.push(...(state.sources.get(block) ?? []));
    }
  }

  let bodyHtml: string | null = null;
  if (state.hasRich) {
    try {
      bodyHtml = htmlForm(root, state, signatureNodes);
    } catch (error) {
      state.warnings.add(`the HTML form could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return {
    blocks,
    html: bodyHtml,
    text: blocksText(blocks),
    repairs: Array.from(state.repairs),
    removedShortcodes: state.removed,
    warnings: Array.from(state.warnings),
    signature,
    firstImage: state.firstImage,
  };
}
