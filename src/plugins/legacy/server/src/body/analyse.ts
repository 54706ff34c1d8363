/**
 * What an old body refers to, read before converting it: the importer first brings the pictures,
 * files and galleries over and resolves the article links, then converts with what it found.
 */
import { elementsUnder, embeddedSource, readBody, videoPage } from './parse';
import { repairText } from './repair';
import {
  FILE_EXTENSIONS,
  IMAGE_EXTENSIONS,
  TOKEN_PATTERN,
  articleTarget,
  extensionOf,
  imagesJsonPictures,
  parseAddress,
  sitePath,
} from './refs';
import type { AnalyseOptions, ArticleLink, BodyAnalysis, MediaRef } from './types';

/** Text of an attribute or an element, repaired, or null when empty. */
export function cleanText(value: string | null | undefined): string | null {
  if (!value) return null;
  const { text } = repairText(value);
  return text || null;
}

/** The caption of a picture: its `<figure>`'s `<figcaption>`, or its title when Joomla's caption script shows it. */
export function captionOf(image: Element): string | null {
  const figure = image.closest('figure');
  if (figure) {
    for (let child = figure.firstElementChild; child; child = child.nextElementSibling) {
      if (child.localName === 'figcaption') return cleanText(child.textContent);
    }
  }
  if (/(?:^|\s)caption(?:\s|$)/.test(image.getAttribute('class') ?? '')) return cleanText(image.getAttribute('title'));
  return null;
}

/** Whether a link's address is a picture or a file that comes over into the media library. */
export function linkedMediaKind(href: string, oldHosts: readonly string[]): 'image' | 'file' | null {
  const address = parseAddress(href, oldHosts);
  if (!address || !address.path) return null;
  const extension = extensionOf(address.path);
  if (IMAGE_EXTENSIONS.has(extension)) return 'image';
  if (FILE_EXTENSIONS.has(extension)) return 'file';
  return null;
}

/** True for a data: address, which is never imported. */
export const isDataAddress = (src: string): boolean => /^\s*data:/i.test(src);

const EMPTY: BodyAnalysis = { refs: [], galleries: [], articleLinks: [], shortcodes: [], hasRich: false };

/**
 * Every picture and linked file, gallery, link to another old article and Joomla plugin tag of
 * an old body, and whether it needs the HTML form (a table or an embedded video). Never throws.
 */
export function analyseBody(html: string, options: AnalyseOptions): BodyAnalysis {
  try {
    return analyse(html, options);
  } catch {
    return { ...EMPTY, refs: [], galleries: [], articleLinks: [], shortcodes: [] };
  }
}

function analyse(html: string, options: AnalyseOptions): BodyAnalysis {
  const oldHosts = options.oldHosts ?? [];
  const { root, window, shortcodes } = readBody(html);
  const refs = new Map<string, MediaRef>();
  const addRef = (ref: MediaRef) => {
    const existing = refs.get(ref.src);
    if (!existing) refs.set(ref.src, ref);
    else {
      existing.alt ??= ref.alt;
      existing.caption ??= ref.caption;
    }
  };
  const articleLinks = new Map<string, ArticleLink>();
  let hasRich = false;

  for (const element of elementsUnder(root, window)) {
    switch (element.localName) {
      case 'img': {
        const src = element.getAttribute('src')?.trim();
        if (!src || isDataAddress(src)) break;
        addRef({
          kind: 'image',
          src,
          path: sitePath(src, oldHosts),
          alt: cleanText(element.getAttribute('alt')),
          caption: captionOf(element),
        });
        break;
      }
      case 'a': {
        const href = element.getAttribute('href')?.trim();
        if (!href) break;
        const kind = linkedMediaKind(href, oldHosts);
        if (kind) {
          addRef({ kind, src: href, path: sitePath(href, oldHosts), alt: null, caption: null });
          break;
        }
        const target = articleTarget(href, oldHosts);
        if (target && !articleLinks.has(href)) articleLinks.set(href, { href, ...target });
        break;
      }
      case 'table':
      case 'iframe':
      case 'video':
        hasRich = true;
        if (element.localName === 'video') {
          const sources = [element.getAttribute('src'), element.getAttribute('poster')];
          for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
            if (child.localName === 'source') sources.push(child.getAttribute('src'));
          }
          for (const src of sources) {
            const value = src?.trim();
            if (!value || isDataAddress(value)) continue;
            const path = sitePath(value, oldHosts);
            const kind = IMAGE_EXTENSIONS.has(extensionOf(path ?? '')) ? 'image' : 'file';
            if (path) addRef({ kind, src: value, path, alt: null, caption: null });
          }
        }
        break;
      case 'object':
      case 'embed': {
        if (element.localName === 'embed' && element.parentElement?.localName === 'object') break;
        hasRich = true;
        const src = embeddedSource(element)?.trim();
        if (src && !videoPage(src) && !isDataAddress(src)) {
          const path = sitePath(src, oldHosts);
          if (path) addRef({ kind: 'file', src, path, alt: null, caption: null });
        }
        break;
      }
      default:
        break;
    }
  }

  for (const picture of imagesJsonPictures(options.images)) {
    addRef({
      kind: 'image',
      src: picture.src,
      path: sitePath(picture.src, oldHosts),
      alt: cleanText(picture.alt),
      caption: cleanText(picture.caption),
    });
  }

  // Only tokens that survived sanitising were in the visible body.
  const seen = new Set<number>();
  for (const match of (root.textContent ?? '').matchAll(TOKEN_PATTERN)) seen.add(Number(match[1]));
  const met = Array.from(seen, (index) => shortcodes[index]).filter((code) => code !== undefined);
  const galleries = Array.from(
    new Set(met.filter((code) => code.name === 'gallery' && code.argument).map((code) => code.argument))
  );
  if (met.some((code) => (code.name === 'youtube' || code.name === 'vimeo') && code.argument)) hasRich = true;

  return {
    refs: Array.from(refs.values()),
    galleries,
    articleLinks: Array.from(articleLinks.values()),
    shortcodes: met.map(({ name, raw }) => ({ name, raw })),
    hasRich,
  };
}
