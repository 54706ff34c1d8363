/**
 * Text folding for Vietnamese search: lowercase ASCII with tone marks dropped and đ → d, so
 * "dan van kheo" finds "Dân vận khéo" and "dang" finds "Đảng".
 */

const COMBINING_MARKS = /\p{M}/gu;
const FOLDED = new Map<string, string>();

/**
 * Folds one character (of NFC text) to exactly one character: a lowercase ASCII letter or digit,
 * or a space for anything else. Keeping one-for-one lets a match found in folded text be
 * highlighted at the same positions in the original.
 */
export const foldChar = (char: string): string => {
  let folded = FOLDED.get(char);
  if (folded === undefined) {
    const base = char === 'đ' || char === 'Đ' ? 'd' : char.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
    folded = base.length === 1 && /[a-z0-9]/.test(base) ? base : ' ';
    // Remembered: a text uses few distinct characters, and search folds every hit's whole body.
    if (FOLDED.size < 10_000) FOLDED.set(char, folded);
  }
  return folded;
};

/** Folds text character by character (see foldChar): same length as the NFC input. */
export const foldAligned = (text: string): string => Array.from(text, foldChar).join('');

/** Folded words of the text: "Đảng bộ tỉnh" → ["dang", "bo", "tinh"]. */
export const foldWords = (text: string): string[] => foldAligned(text.normalize('NFC')).split(' ').filter(Boolean);

/**
 * The searchable form of a text: its folded words between single spaces, with a space at each
 * end so that " dan " matches the whole word "dân" and not the start of "dang".
 */
export const searchForm = (text: string): string => {
  const words = foldWords(text);
  return words.length ? ` ${words.join(' ')} ` : '';
};

interface BlockNode {
  type?: string;
  text?: string;
  children?: BlockNode[];
}

/** The plain text of Strapi blocks (paragraphs, headings, lists, quotes), one block per line. */
export const blocksToText = (blocks: unknown): string => {
  if (!Array.isArray(blocks)) return '';
  const inline = (node: BlockNode): string =>
    typeof node.text === 'string' ? node.text : (node.children ?? []).map(inline).join('');
  const block = (node: BlockNode): string =>
    node.type === 'list' ? (node.children ?? []).map(block).join('\n') : inline(node);
  return (blocks as BlockNode[]).map(block).filter(Boolean).join('\n');
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML and XML. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]);

/**
 * The text with every whole-word occurrence of the (folded) words wrapped in <mark>, HTML-escaped.
 * Matching ignores case and tone marks; the original spelling is kept.
 */
export const highlight = (text: string, words: string[]): string => {
  const source = text.normalize('NFC');
  const folded = foldAligned(source);
  const ranges: [number, number][] = [];
  for (const word of new Set(words)) {
    if (!word) continue;
    let from = 0;
    for (;;) {
      const at = folded.indexOf(word, from);
      if (at < 0) break;
      const end = at + word.length;
      const startsWord = at === 0 || folded[at - 1] === ' ';
      const endsWord = end === folded.length || folded[end] === ' ';
      if (startsWord && endsWord) ranges.push([at, end]);
      from = at + 1;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  const chars = Array.from(source);
  for (const [start, end] of ranges) {
    if (start < cursor) continue;
    out +=
      escapeHtml(chars.slice(cursor, start).join('')) + `<mark>${escapeHtml(chars.slice(start, end).join(''))}</mark>`;
    cursor = end;
  }
  return out + escapeHtml(chars.slice(cursor).join(''));
};

/**
 * A short passage of the text around the first whole-word match of any of the words (or its
 * beginning), about `length` characters, with matches highlighted.
 */
export const snippet = (text: string, words: string[], length = 180): string => {
  const source = Array.from(text.normalize('NFC').replace(/\s+/g, ' ').trim());
  const folded = source.map(foldChar).join('');
  let first = -1;
  for (const word of words) {
    const match = new RegExp(`(^| )${word}( |$)`).exec(folded);
    if (match) {
      const at = match.index + match[1].length;
      if (first < 0 || at < first) first = at;
    }
  }
  let start = Math.max(0, (first < 0 ? 0 : first) - Math.floor(length / 3));
  if (start > 0) {
    const space = source.indexOf(' ', start);
    start = space >= 0 && space < start + 20 ? space + 1 : start;
  }
  let end = Math.min(source.length, start + length);
  if (end < source.length) {
    const space = source.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  const body = highlight(source.slice(start, end).join(''), words);
  return `${start > 0 ? '… ' : ''}${body}${end < source.length ? ' …' : ''}`;
};
