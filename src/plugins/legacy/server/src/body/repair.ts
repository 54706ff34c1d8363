/**
 * Repair of text that came out of old Joomla databases: entities written into plain fields,
 * UTF-8 decoded as Windows-1252 and stored again (once, twice, or only in part of a string),
 * decomposed Vietnamese, and invisible spacing pasted from Word.
 */
import { bodyHtmlWindow } from '../../../../../shared/body-html';

/** What `repairText` did, as named in the import report. */
export const REPAIRS = {
  entities: 'entities',
  mojibake: 'double-encoded UTF-8',
  nfc: 'NFC',
  whitespace: 'odd whitespace',
  controls: 'control characters',
} as const;

/** Windows-1252 characters in 0x80–0x9F, by the byte that stands for them. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE_OF = new Map<string, number>();
for (let byte = 0x80; byte <= 0xff; byte += 1) BYTE_OF.set(String.fromCharCode(byte), byte);
Array.from(CP1252_HIGH).forEach((char, index) => BYTE_OF.set(char, 0x80 + index));

/** Code points a double-encoded Vietnamese text can decode to: anything else is left as it is. */
function plausible(codePoint: number): boolean {
  return (
    (codePoint >= 0xa0 && codePoint <= 0x24f) ||
    (codePoint >= 0x300 && codePoint <= 0x36f) ||
    (codePoint >= 0x1e00 && codePoint <= 0x1eff) ||
    (codePoint >= 0x2000 && codePoint <= 0x206f) ||
    (codePoint >= 0x20a0 && codePoint <= 0x20cf) ||
    (codePoint >= 0x2100 && codePoint <= 0x215f)
  );
}

interface Sequence {
  start: number;
  length: number;
  char: string;
  /** Some continuation byte is not a no-break space: a pattern correct text practically never shows. */
  strong: boolean;
}

/** The UTF-8 sequences spelled, one byte per character, by `chars` from `start`, or null. */
function sequenceAt(chars: string[], start: number): Sequence | null {
  const lead = BYTE_OF.get(chars[start]);
  if (lead === undefined || lead < 0xc2 || lead > 0xef) return null;
  const length = lead >= 0xe0 ? 3 : 2;
  if (start + length > chars.length) return null;
  let codePoint = lead & (length === 3 ? 0x0f : 0x1f);
  let strong = false;
  for (let offset = 1; offset < length; offset += 1) {
    const byte = BYTE_OF.get(chars[start + offset]);
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return null;
    if (byte !== 0xa0) strong = true;
    codePoint = (codePoint << 6) | (byte & 0x3f);
  }
  if (length === 3 && codePoint < 0x800) return null;
  if (!plausible(codePoint)) return null;
  return { start, length, char: String.fromCodePoint(codePoint), strong };
}

const LOWER = /\p{Ll}/u;

/**
 * One round of repair of UTF-8 read as Windows-1252 (or Latin-1). Each broken sequence is
 * repaired where it stands, so a string broken only in part keeps its correct part. A sequence
 * whose only continuation is a no-break space ("Ã" + nbsp, which is "à") is ambiguous: correct
 * upper-case text such as "XÃ HỘI" can show it. It is repaired only when the string has
 * unambiguous mojibake too and the sequence touches a lower-case letter.
 */
function repairMojibakeOnce(text: string): string {
  const chars = Array.from(text);
  const found: Sequence[] = [];
  for (let index = 0; index < chars.length; index += 1) {
    const sequence = sequenceAt(chars, index);
    if (sequence) {
      found.push(sequence);
      index += sequence.length - 1;
    }
  }
  if (!found.some((sequence) => sequence.strong)) return text;
  const out: string[] = [];
  let cursor = 0;
  for (const sequence of found) {
    const before = chars[sequence.start - 1] ?? '';
    const after = chars[sequence.start + sequence.length] ?? '';
    const accept = sequence.strong || LOWER.test(before) || LOWER.test(after);
    if (!accept) continue;
    out.push(...chars.slice(cursor, sequence.start), sequence.char);
    cursor = sequence.start + sequence.length;
  }
  out.push(...chars.slice(cursor));
  return out.join('');
}

/** Repairs UTF-8 encoded two or three times over; correct text comes back unchanged. */
export function repairMojibake(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round += 1) {
    const next = repairMojibakeOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

const ENTITY = /&(?:#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;
const entityCache = new Map<string, string>();

/** One entity decoded the way a browser does, by the HTML parser of the shared window (RCDATA: no tags). */
function decodeEntity(entity: string): string {
  const cached = entityCache.get(entity);
  if (cached !== undefined) return cached;
  const { window } = bodyHtmlWindow();
  const textarea = window.document.createElement('textarea');
  textarea.innerHTML = entity;
  const decoded = textarea.value;
  if (entityCache.size < 5000) entityCache.set(entity, decoded);
  return decoded;
}

/** Decodes entities, again when they were escaped twice (`&amp;ocirc;`). */
export function decodeEntities(text: string): string {
  let current = text;
  for (let round = 0; round < 3 && current.includes('&'); round += 1) {
    const next = current.replace(ENTITY, decodeEntity);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Spaces other than the plain one, which become it. */
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Invisible characters, which are removed: zero-width ones, the BOM, the soft hyphen. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * The repair of one run of text, without trimming: used on each text node of a body, where
 * spaces at the edges separate it from its neighbours. Whitespace runs become one space.
 */
export function repairFragment(input: string, repairs: Set<string>): string {
  let text = input;
  if (text.includes('&')) {
    const decoded = decodeEntities(text);
    if (decoded !== text) repairs.add(REPAIRS.entities);
    text = decoded;
  }
  const repaired = repairMojibake(text);
  if (repaired !== text) repairs.add(REPAIRS.mojibake);
  text = repaired;
  const withoutControls = text.replace(CONTROL, '');
  if (withoutControls !== text) repairs.add(REPAIRS.controls);
  text = withoutControls;
  const normalised = text.normalize('NFC');
  if (normalised !== text) repairs.add(REPAIRS.nfc);
  text = normalised;
  ODD_SPACE.lastIndex = 0;
  INVISIBLE.lastIndex = 0;
  if (ODD_SPACE.test(text) || INVISIBLE.test(text)) {
    repairs.add(REPAIRS.whitespace);
    text = text.replace(ODD_SPACE, ' ').replace(INVISIBLE, '');
  }
  return text.replace(/[ \t\r\n\f\v]+/g, ' ');
}

/**
 * A plain text field (a title, an alias, a caption) repaired: entities decoded, double- or
 * triple-encoded UTF-8 repaired, NFC, odd spaces and invisible characters gone, whitespace
 * collapsed and trimmed. `repairs` names what was done, for the import report.
 */
export function repairText(s: string): { text: string; repairs: string[] } {
  const repairs = new Set<string>();
  const text = typeof s === 'string' ? repairFragment(s, repairs).trim() : '';
  return { text, repairs: Array.from(repairs) };
}
