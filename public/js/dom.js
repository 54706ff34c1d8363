/** A tiny element builder: every text goes in as text, never as HTML. */

/**
 * h('a', { href: '/x', class: 'link' }, 'text', child, [more children])
 * Attributes whose value is null, undefined or false are left out; `on*` functions become listeners.
 * @typedef {string | number | boolean | null | undefined | Node} Child
 * @typedef {Child | Array<Child | Array<Child | Array<Child | Array<Child>>>>} Children nested lists, as `.map` builds them
 * @typedef {Record<string, string | number | boolean | null | undefined | EventListener>} Attributes
 * @param {string} tag an HTML tag, or `svg:<tag>` for an SVG element
 * @param {Attributes | null} [attributes]
 * @param {Children[]} children
 * @returns {HTMLElement}
 */
export const h = (tag, attributes = {}, ...children) => {
  const svg = tag.startsWith('svg:');
  const element = svg
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  // SVG elements are built the same way; callers only use what both kinds share.
  return /** @type {HTMLElement} */ (element);
};

/**
 * @template {Element | DocumentFragment} P
 * @param {P} parent
 * @param {Children[]} children text, nodes or nested lists of them; null, undefined, false and '' are skipped
 * @returns {P}
 */
export const append = (parent, children) => {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false || child === '') continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
};

/**
 * Text the API marked up with <mark> (search titles and snippets, already HTML-escaped by the
 * server) as DOM nodes: only text and <mark> survive, whatever the string holds.
 */
/**
 * @param {string | null | undefined} html
 * @returns {DocumentFragment}
 */
export const markedText = (html) => {
  const parsed = new DOMParser().parseFromString(`<body>${html ?? ''}</body>`, 'text/html');
  const fragment = document.createDocumentFragment();
  /** @type {(node: Node, into: Node) => void} */
  const copy = (node, into) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) into.appendChild(document.createTextNode(child.textContent ?? ''));
      else if (child instanceof Element && child.tagName === 'MARK')
        copy(child, into.appendChild(document.createElement('mark')));
      else if (child.nodeType === Node.ELEMENT_NODE) copy(child, into);
    }
  };
  copy(parsed.body, fragment);
  return fragment;
};

/**
 * An element the page's HTML (public/index.html) always has.
 * @param {string} id
 * @returns {HTMLElement}
 */
export const byId = (id) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}.`);
  return element;
};
