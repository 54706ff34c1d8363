/** A tiny element builder: every text goes in as text, never as HTML. */

/**
 * h('a', { href: '/x', class: 'link' }, 'text', child, [more children])
 * Attributes whose value is null, undefined or false are left out; `on*` functions become listeners.
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
  return element;
};

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
export const markedText = (html) => {
  const parsed = new DOMParser().parseFromString(`<body>${html ?? ''}</body>`, 'text/html');
  const fragment = document.createDocumentFragment();
  const copy = (node, into) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) into.append(document.createTextNode(child.textContent));
      else if (child.nodeType === Node.ELEMENT_NODE && child.tagName === 'MARK')
        copy(child, into.appendChild(document.createElement('mark')));
      else if (child.nodeType === Node.ELEMENT_NODE) copy(child, into);
    }
  };
  copy(parsed.body, fragment);
  return fragment;
};
