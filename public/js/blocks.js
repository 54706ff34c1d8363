/** Strapi's "blocks" rich text (an article's body) as DOM, with nothing taken as HTML. */
import { h } from './dom.js';

/**
 * A node of Strapi's blocks, as far as the page reads it.
 * @typedef {{ type: string, children?: BlockNode[], text?: string, url?: string, level?: number, format?: string,
 *   code?: boolean, bold?: boolean, italic?: boolean, underline?: boolean, strikethrough?: boolean,
 *   image?: import('./api.js').Image }} BlockNode
 * @typedef {import('./dom.js').Children} Children
 */

/**
 * @param {BlockNode} node
 * @returns {Node | Node[]} the inline's nodes (a list when it only groups others)
 */
const inline = (node) => {
  if (node.type === 'link') {
    const external = /^https?:\/\//.test(node.url ?? '') && !String(node.url).startsWith(location.origin);
    return h('a', { href: node.url, rel: external ? 'noopener' : null }, (node.children ?? []).flatMap(inline));
  }
  if (node.type !== 'text') return (node.children ?? []).flatMap(inline);
  /** @type {Node} */
  let element = document.createTextNode(node.text ?? '');
  if (node.code) element = h('code', {}, element);
  if (node.bold) element = h('strong', {}, element);
  if (node.italic) element = h('em', {}, element);
  if (node.underline) element = h('u', {}, element);
  if (node.strikethrough) element = h('s', {}, element);
  return element;
};

/**
 * @param {BlockNode} node
 * @returns {(Node | Node[] | null)[]}
 */
const children = (node) =>
  (node.children ?? []).map((child) => (child.type === 'list' ? block(child, 0) : inline(child)));

/**
 * @param {BlockNode} node a block
 * @param {number} shift how many levels the article's own headings move down (the page's h1 is the title)
 * @returns {HTMLElement | null}
 */
const block = (node, shift) => {
  switch (node.type) {
    case 'paragraph':
      return h('p', {}, children(node));
    case 'heading': {
      const level = Math.min(6, Math.max(2, Number(node.level ?? 2) + shift));
      return h(`h${level}`, {}, children(node));
    }
    case 'list':
      return h(
        node.format === 'ordered' ? 'ol' : 'ul',
        {},
        (node.children ?? []).map((item) => block(item, shift))
      );
    case 'list-item':
      return h('li', {}, children(node));
    case 'quote':
      return h('blockquote', {}, children(node));
    case 'code':
      return h('pre', {}, h('code', {}, (node.children ?? []).map((child) => child.text ?? '').join('')));
    case 'image': {
      const image = node.image;
      if (!image?.url) return null;
      return h(
        'figure',
        { class: 'body-image' },
        h('img', {
          src: image.url,
          alt: image.alternativeText ?? '',
          width: image.width,
          height: image.height,
          loading: 'lazy',
        }),
        image.caption ? h('figcaption', {}, image.caption) : null
      );
    }
    default:
      return node.children ? h('div', {}, children(node)) : null;
  }
};

/**
 * The body's blocks; its headings start at h2 (the article title is the page's only h1).
 * @param {unknown} blocks
 */
export const renderBlocks = (blocks) => {
  /** @type {BlockNode[]} */
  const list = Array.isArray(blocks) ? blocks : [];
  const top = Math.min(...list.filter((b) => b.type === 'heading').map((b) => Number(b.level ?? 2)), 2);
  const shift = 2 - top;
  return list.map((node) => block(node, shift));
};
