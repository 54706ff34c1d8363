/**
 * Cleaning of SVG pictures, for apps that allow SVG uploads. An SVG is an XML document a browser
 * runs: it can carry script, event handlers, HTML inside <foreignObject>, links, and references
 * to other servers (tracking, or content swapped after review). What is stored is rebuilt from
 * what DOMPurify's SVG profile keeps, minus every reference that leaves the picture.
 */
import type { DOMPurify } from 'dompurify';
import type { DOMWindow, JSDOM } from 'jsdom';
import { skipXmlProlog } from './file-types';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

interface Sanitizer {
  purify: DOMPurify;
  window: DOMWindow;
}

let sanitizer: Sanitizer | undefined;

/**
 * DOMPurify on a jsdom window, made on first use. Required here rather than imported at the top
 * of the module: jsdom is large and slow to load, and apps that do not allow SVG never need it.
 */
function getSanitizer(): Sanitizer {
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

/*
 * Bounds on what one upload can make the server parse. jsdom builds about 3 KB of objects per
 * element at some 30 µs each, synchronously, and its XML parser is quadratic in nesting depth (a
 * 140 KB file nested 20,000 deep took 27 s). Drawings from design tools stay far below these.
 */
const MAX_SVG_CHARACTERS = 5_000_000;
const MAX_SVG_ELEMENTS = 50_000;
const MAX_SVG_DEPTH = 256;

/**
 * Why the markup is too complex to parse, or null: elements and nesting counted by a linear scan,
 * before any tree is built. Comments, CDATA sections, processing instructions and quoted
 * attribute values are skipped so that tags written inside them do not count.
 */
function tooComplex(markup: string): string | null {
  const skipTo = (from: number, terminator: string): number => {
    const end = markup.indexOf(terminator, from);
    return end < 0 ? markup.length : end + terminator.length;
  };
  let depth = 0;
  let elements = 0;
  for (let index = markup.indexOf('<'); index >= 0; index = markup.indexOf('<', index)) {
    if (markup.startsWith('<!--', index)) index = skipTo(index + 4, '-->');
    else if (markup.startsWith('<![CDATA[', index)) index = skipTo(index + 9, ']]>');
    else if (markup.startsWith('<?', index)) index = skipTo(index + 2, '?>');
    else if (markup.startsWith('<!', index)) index = skipTo(index + 2, '>');
    else if (markup.startsWith('</', index)) {
      depth -= 1;
      index = skipTo(index + 2, '>');
    } else {
      let end = index + 1;
      for (let quote = ''; end < markup.length && (quote || markup[end] !== '>'); end += 1) {
        if (quote) quote = markup[end] === quote ? '' : quote;
        else if (markup[end] === '"' || markup[end] === "'") quote = markup[end];
      }
      elements += 1;
      if (markup[end - 1] !== '/') depth += 1;
      if (elements > MAX_SVG_ELEMENTS) return `it has more than ${MAX_SVG_ELEMENTS} elements.`;
      if (depth > MAX_SVG_DEPTH) return `its elements are nested more than ${MAX_SVG_DEPTH} deep.`;
      index = end + 1;
    }
  }
  return null;
}

/** `<use>` is not in DOMPurify's SVG profile; it is added back because icon sprites need it, and its href is held to `#fragment` below. */
const ADD_TAGS = ['use'];

/**
 * Removed with their attributes, even where DOMPurify's profile already leaves them out, so the
 * policy reads here: script; HTML islands (<foreignObject>, <iframe>); links (<a>, whose
 * content is kept); animations that can rewrite an attribute such as href (<animate>, <set>).
 */
const FORBID_TAGS = ['script', 'foreignObject', 'iframe', 'a', 'animate', 'set', 'discard', 'handler', 'listener'];

/** Raster pictures embedded in an <image>: a common export from drawing tools, and unable to run script. */
const EMBEDDED_RASTER = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;

/**
 * True when CSS text refers to anything outside the picture. Conservative: CSS escapes could
 * spell `url(` or `@import` in disguise, so any backslash counts, and so do the functions and
 * properties that load or run something.
 */
function hasExternalReference(css: string): boolean {
  if (css.includes('\\')) return true;
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  if (/@import|image-set\s*\(|src\s*\(|expression\s*\(|behaviou?r\s*:|-moz-binding/i.test(plain)) return true;
  for (const match of plain.matchAll(/url\s*\(\s*(['"]?)\s*([^'")\s]*)/gi)) {
    if (!match[2].startsWith('#')) return true;
  }
  return false;
}

/**
 * The elements of the tree, root first. Walked rather than read from `getElementsByTagName('*')`
 * or `.children`: jsdom's live collections answer an index in linear time, which made a 30,000
 * element picture take minutes.
 */
function elementsOf(root: Element, window: DOMWindow): Element[] {
  const walker = root.ownerDocument.createTreeWalker(root, window.NodeFilter.SHOW_ELEMENT);
  const elements: Element[] = [];
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) elements.push(node as Element);
  return elements;
}

/** Removes, in the sanitised tree, what DOMPurify allows but this policy does not: references that leave the picture. */
function removeExternalReferences(root: Element, window: DOMWindow): void {
  for (const element of elementsOf(root, window)) {
    if (element.localName === 'style' && hasExternalReference(element.textContent ?? '')) {
      element.remove();
      continue;
    }
    const attributes: Attr[] = [];
    for (let index = 0; index < element.attributes.length; index += 1)
      attributes.push(element.attributes.item(index) as Attr);
    for (const attribute of attributes) {
      const value = attribute.value.trim();
      const keep =
        attribute.localName === 'href'
          ? value.startsWith('#') || (element.localName === 'image' && EMBEDDED_RASTER.test(value))
          : attribute.name !== 'xml:base' && !hasExternalReference(attribute.value);
      if (!keep) element.removeAttributeNode(attribute);
    }
  }
}

/**
 * Text content is XML-escaped where a CDATA section stood: the same text, and a form DOMPurify
 * keeps (it drops CDATA sections, which would empty every <style> written with one).
 */
function unwrapCdata(svg: string): string {
  return svg.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  );
}

/**
 * A safe copy of an SVG picture: the `<svg>` root and the shapes, text, gradients, filters and
 * styles within it, without script, event handlers (on…), <foreignObject>, <iframe>, <a>,
 * <animate>/<set>, and without any reference out of the picture (href/xlink:href other than a
 * local `#fragment`, except raster pictures embedded as data: in <image>; url(…) to anything but
 * a `#fragment`, and @import, in style attributes and elements).
 * @param svg the SVG document as text
 * @returns the cleaned document, serialised as XML, starting with `<svg`
 * @throws Error, with a message for the uploader, when the input is not a well-formed SVG
 *   document with an `<svg>` root, declares entities, or is too large or deeply nested to parse
 *   safely (over 5 million characters, 50,000 elements or 256 levels)
 */
export function sanitizeSvg(svg: string): string {
  if (svg.length > MAX_SVG_CHARACTERS)
    throw new Error(`it is longer than ${MAX_SVG_CHARACTERS / 1_000_000} million characters.`);
  const prolog = skipXmlProlog(svg.replace(/^\uFEFF/, ''));
  if (!prolog || !/^<svg[\s/>]/.test(prolog.rest))
    throw new Error('it is not an SVG document (its root element is not <svg>).');
  // The prolog is dropped (DOMPurify parses an element, not a document); entities declared in it
  // could not be resolved, and are how "billion laughs" attacks start.
  if (prolog.internalSubset) throw new Error('it declares entities in its DOCTYPE, which are not accepted.');
  const complexity = tooComplex(prolog.rest);
  if (complexity) throw new Error(complexity);

  const { purify, window } = getSanitizer();
  // Parsed as XML in the SVG namespace: a standalone SVG file is XML, and the HTML parser would
  // both lose the case of names such as viewBox and re-nest elements.
  const container = purify.sanitize(unwrapCdata(prolog.rest), {
    NAMESPACE: SVG_NAMESPACE,
    USE_PROFILES: { svg: true, svgFilters: true },
    ADD_TAGS,
    FORBID_TAGS,
    RETURN_DOM: true,
  }) as Element | null;

  // Only one root element counts: anything after it (text) is dropped, and a second root refused.
  const root = container?.firstElementChild;
  if (!root || root.nextElementSibling || root.localName !== 'svg' || root.namespaceURI !== SVG_NAMESPACE) {
    throw new Error('it is not a well-formed SVG document with a single <svg> root element.');
  }
  removeExternalReferences(root, window);
  return new window.XMLSerializer().serializeToString(root);
}
