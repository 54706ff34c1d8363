/**
 * How an old body refers to things: addresses of pictures and files on the old site, links to
 * other old articles in all the forms Joomla wrote them, and Joomla plugin tags.
 */
import { decodeEntities } from './repair';
import type { JoomlaImages, Shortcode } from './types';

/** Extensions of linked files that come over into the media library. */
export const FILE_EXTENSIONS = new Set([
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'pps',
  'ppsx',
  'odt',
  'ods',
  'odp',
  'rtf',
  'txt',
  'csv',
  'zip',
  'rar',
  '7z',
  'gz',
  'mp3',
  'mp4',
  'flv',
  'wmv',
  'avi',
  'mov',
]);

export const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'gif', 'bmp', 'webp', 'tif', 'tiff', 'svg']);

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** `host` without port, lower case, without `www.`. */
function bareHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/:\d+$/, '')
    .replace(/^www\./, '');
}

/** True when `host` is one of the old site's hosts (with or without `www.`). */
export function isOldHost(host: string, oldHosts: readonly string[]): boolean {
  const bare = bareHost(host);
  return oldHosts.some((old) => bareHost(old.replace(/^[a-z]+:\/\//i, '').split('/')[0]) === bare);
}

/** Percent-decoding that survives malformed escapes (`%` alone, broken UTF-8). */
function percentDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

export interface ParsedAddress {
  /** null for a path on the old site; the host otherwise. */
  host: string | null;
  scheme: string | null;
  /** Site path, percent-decoded, NFC, no leading slash, no query or fragment. */
  path: string;
  /** The raw query, without `?`, with `&amp;` unescaped. */
  query: string;
}

/**
 * Reads an address as written in a body. A relative address counts as on the old site (Joomla
 * bodies are relative to the site root). Returns null for what is not an address of a document
 * (`mailto:`, `javascript:`, `data:`, a bare `#fragment`).
 */
export function parseAddress(raw: string, oldHosts: readonly string[]): ParsedAddress | null {
  // eslint-disable-next-line no-control-regex
  let value = raw.trim().replace(/[\u0000-\u001f]/g, '');
  if (!value || value.startsWith('#')) return null;
  value = value.replace(/&amp;/gi, '&');
  let host: string | null = null;
  let scheme: string | null = null;
  let rest = value;
  const schemeMatch = SCHEME.exec(value);
  if (schemeMatch) {
    scheme = schemeMatch[1].toLowerCase();
    if (scheme !== 'http' && scheme !== 'https') return null;
    rest = value.slice(schemeMatch[0].length);
  }
  if (scheme || rest.startsWith('//')) {
    const match = /^[\\/]*([^/\\?#]*)(.*)$/.exec(rest);
    if (!match || !match[1]) return null;
    host = isOldHost(match[1], oldHosts) ? null : bareHost(match[1]);
    rest = match[2];
  }
  const hashAt = rest.indexOf('#');
  if (hashAt >= 0) rest = rest.slice(0, hashAt);
  const queryAt = rest.indexOf('?');
  const query = queryAt >= 0 ? rest.slice(queryAt + 1) : '';
  const pathPart = queryAt >= 0 ? rest.slice(0, queryAt) : rest;
  const segments = pathPart
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .map((segment) => percentDecode(segment).normalize('NFC'));
  return { host, scheme, path: segments.join('/'), query };
}

/** The extension of a path, lower case, or ''. */
export function extensionOf(path: string): string {
  const name = path.split('/').pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The site path of a picture or file (null when it lives on a foreign host), as in `MediaRef.path`. */
export function sitePath(src: string, oldHosts: readonly string[]): string | null {
  const address = parseAddress(src, oldHosts);
  if (!address || address.host !== null || !address.path) return null;
  return address.path;
}

/** Query parameters, decoded, first value wins. */
export function queryParameters(query: string): Map<string, string> {
  const parameters = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const equals = pair.indexOf('=');
    const key = percentDecode(equals >= 0 ? pair.slice(0, equals) : pair)
      .trim()
      .toLowerCase();
    const value = percentDecode((equals >= 0 ? pair.slice(equals + 1) : '').replace(/\+/g, ' ')).trim();
    if (key && !parameters.has(key)) parameters.set(key, value);
  }
  return parameters;
}

const SEF_ARTICLE = /^(\d{1,10})-([^./]+?)(?:\.html?)?$/i;

/**
 * The old article an address points at, or null: `index.php?option=com_content&view=article&id=N[:alias]…`
 * in any parameter order (also Joomla 1.5's `task=view`), SEF `/<path>/N-alias[.html]`, and
 * `/component/content/article/N[-alias]`, relative or on an old host.
 */
export function articleTarget(
  href: string,
  oldHosts: readonly string[]
): { oldId: number; alias: string | null } | null {
  const address = parseAddress(href, oldHosts);
  if (!address || address.host !== null) return null;
  const parameters = queryParameters(address.query);
  if ((parameters.get('option') ?? '').toLowerCase() === 'com_content') {
    const view = (parameters.get('view') ?? parameters.get('task') ?? '').toLowerCase();
    const match = /^(\d{1,10})(?:[:-](.+))?$/.exec(parameters.get('id') ?? '');
    if ((view === 'article' || view === 'view') && match) {
      return { oldId: Number(match[1]), alias: match[2] ?? null };
    }
    return null;
  }
  const segments = address.path.split('/').filter((segment) => segment !== 'index.php');
  if (segments.length === 0) return null;
  const last = segments[segments.length - 1];
  const component = segments.join('/').toLowerCase().startsWith('component/content/article/');
  if (component) {
    const match = /^(\d{1,10})(?:-([^./]+?))?(?:\.html?)?$/i.exec(last);
    if (match) return { oldId: Number(match[1]), alias: match[2] ?? null };
    return null;
  }
  const extension = extensionOf(last);
  if (extension && extension !== 'html' && extension !== 'htm') return null;
  const match = SEF_ARTICLE.exec(last);
  if (!match || segments[0].toLowerCase() === 'images') return null;
  return { oldId: Number(match[1]), alias: match[2] };
}

/** A shortcode met in the raw body, replaced there by a token that survives sanitising. */
export interface FoundShortcode extends Shortcode {
  /** For `{gallery}` the folder, for `{youtube}`/`{vimeo}` the video id; '' otherwise. */
  argument: string;
}

/** Private-use characters that delimit a token: they never appear in Vietnamese text. */
export const TOKEN_OPEN = '\ue000';
export const TOKEN_CLOSE = '\ue001';
export const TOKEN_PATTERN = /\ue000(\d+)\ue001/g;

/** Tags whose content is their argument, consumed with the closing tag: {gallery}, {youtube}, {vimeo}. */
const PAIRED_TAG = /\{(gallery|youtube|vimeo)(?:[\s=][^{}]{0,200})?\}([\s\S]{0,600}?)\{\/\1\}/gi;
/** Any other tag with a closing tag ({mosvideo}file{/mosvideo}): removed with what it wraps, which only its plugin could show. */
const OTHER_PAIRED_TAG = /\{([a-z][a-z0-9_]*)(?:[\s=][^{}<>]{0,300})?\}([^{}]{0,2000}?)\{\/\1\}/gi;
const SINGLE_TAG = /\{\/?([a-z][a-z0-9_]*(?:-[a-z0-9_]+)*)(?:[\s=][^{}<>]{0,300})?\}/g;
const SCRIPT_OR_STYLE = /<(script|style)\b[\s\S]*?<\/\1\s*>/gi;

/** Text of a tag's argument: markup stripped (only to read a folder name or a video id), entities decoded. */
function argumentText(content: string): string {
  return decodeEntities(content.replace(/<[^>]*>/g, ''))
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * Replaces every Joomla plugin tag in `html` by a token `\ue000N\ue001`, N its index in the
 * returned list. Tags inside `<script>`/`<style>` are not tags and stay (the sanitiser drops them).
 */
export function tokeniseShortcodes(html: string): { html: string; shortcodes: FoundShortcode[] } {
  const shortcodes: FoundShortcode[] = [];
  const cleaned = html.replace(new RegExp(`[${TOKEN_OPEN}${TOKEN_CLOSE}]`, 'g'), '');
  const token = (found: FoundShortcode): string => {
    shortcodes.push(found);
    return `${TOKEN_OPEN}${shortcodes.length - 1}${TOKEN_CLOSE}`;
  };
  /** Applies `pattern` to the text outside <script> and <style> elements. */
  const replaceOutsideScripts = (text: string, pattern: RegExp, replace: (groups: string[]) => string): string => {
    const apply = (part: string) =>
      part.replace(pattern, (...args: unknown[]) => {
        const offsetAt = args.findIndex((arg) => typeof arg === 'number');
        return replace(args.slice(0, offsetAt).map((arg) => (typeof arg === 'string' ? arg : '')));
      });
    let out = '';
    let cursor = 0;
    for (const script of text.matchAll(SCRIPT_OR_STYLE)) {
      out += apply(text.slice(cursor, script.index)) + script[0];
      cursor = script.index + script[0].length;
    }
    return out + apply(text.slice(cursor));
  };
  const paired = replaceOutsideScripts(cleaned, PAIRED_TAG, (match) => {
    const name = match[1].toLowerCase();
    const raw = match[0];
    let argument = argumentText(match[2]);
    if (name === 'gallery')
      argument = argument
        .split(':')[0]
        .trim()
        .replace(/^\/+|\/+$/g, '');
    return token({ name, raw: argumentText(raw) || raw, argument });
  });
  const wrapped = replaceOutsideScripts(paired, OTHER_PAIRED_TAG, (match) =>
    token({ name: match[1].toLowerCase(), raw: match[0], argument: '' })
  );
  const all = replaceOutsideScripts(wrapped, SINGLE_TAG, (match) =>
    token({ name: match[1].toLowerCase(), raw: match[0], argument: '' })
  );
  return { html: all, shortcodes };
}

/** Joomla's `images` column read from JSON text or an object; null when it holds nothing usable. */
export function parseImagesJson(images: JoomlaImages | string | null | undefined): JoomlaImages | null {
  if (!images) return null;
  if (typeof images === 'object') return images;
  try {
    const parsed: unknown = JSON.parse(images);
    return parsed && typeof parsed === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

/** The pictures of an `images` column: [src, alt, caption] for the intro and the full-text picture. */
export function imagesJsonPictures(
  images: JoomlaImages | string | null | undefined
): { src: string; alt: string | null; caption: string | null }[] {
  const parsed = parseImagesJson(images);
  if (!parsed) return [];
  const pictures: { src: string; alt: string | null; caption: string | null }[] = [];
  const add = (src: unknown, alt: unknown, caption: unknown) => {
    if (typeof src !== 'string' || !src.trim()) return;
    // Joomla 4 appends `#joomlaImage://local-images/…?width=…` to the path.
    const clean = src.trim().split('#joomlaImage:')[0];
    pictures.push({
      src: clean,
      alt: typeof alt === 'string' && alt.trim() ? alt.trim() : null,
      caption: typeof caption === 'string' && caption.trim() ? caption.trim() : null,
    });
  };
  add(parsed.image_intro, parsed.image_intro_alt, parsed.image_intro_caption);
  add(parsed.image_fulltext, parsed.image_fulltext_alt, parsed.image_fulltext_caption);
  return pictures;
}
