/**
 * The byline old bodies end with: an official's name, then his or her titles, either on the
 * same line after "/" or a line break, or in the next paragraph:
 * "Nguyễn Thành Lượm / UVBTV, Trưởng ban Dân vận Tỉnh ủy".
 */
import type { Signature } from './types';

/** Common Vietnamese family names: a bare two-to-five-word line without titles counts as a name only with one of these. */
const SURNAMES = new Set(
  [
    'nguyễn',
    'trần',
    'lê',
    'phạm',
    'hoàng',
    'huỳnh',
    'phan',
    'vũ',
    'võ',
    'đặng',
    'bùi',
    'đỗ',
    'hồ',
    'ngô',
    'dương',
    'lý',
    'lương',
    'trương',
    'đinh',
    'mai',
    'trịnh',
    'đào',
    'đoàn',
    'cao',
    'lâm',
    'tạ',
    'châu',
    'thái',
    'hà',
    'tô',
    'la',
    'quách',
    'lưu',
    'triệu',
    'kiều',
    'chu',
    'từ',
    'thạch',
    'danh',
    'kim',
    'lò',
    'lục',
    'nông',
    'hứa',
    'văn',
    'tăng',
    'mạc',
    'doãn',
    'khổng',
    'giang',
    'âu',
    'diệp',
    'tống',
    'vương',
    'nghiêm',
    'phùng',
    'quang',
    'đồng',
  ].map((name) => name.normalize('NFC'))
);

/** A capitalised word ("Lượm") or an all-capitals one ("LƯỢM"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]*$|^[\p{Lu}\p{M}]{2,}$/u;
/** Academic prefixes that may stand before a name. */
const PREFIX = /^(?:(?:GS|PGS|TS|ThS|CN|KS|BS|Ths)\.\s*)+/u;

/** The name in `line`, or null: 2–5 capitalised words, nothing else. */
export function personName(line: string): string | null {
  const text = line
    .replace(PREFIX, '')
    .replace(/^[-–—\s]+|[-–—\s.]+$/g, '')
    .trim();
  if (text.length < 5 || text.length > 45) return null;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5) return null;
  if (!words.every((word) => NAME_WORD.test(word))) return null;
  return text;
}

/** The titles in `line`, or null when it does not read as a list of titles. */
export function titlesOf(line: string): string[] | null {
  const text = line.replace(/^[-–—/\s(]+|[\s.)]+$/g, '').trim();
  if (!text || text.length > 200 || /[.!?]\s/.test(text) || /^\p{Ll}/u.test(text)) return null;
  const titles = text
    .split(/\s*[,;]\s*/)
    .map((title) => title.trim())
    .filter(Boolean);
  if (titles.length === 0 || titles.some((title) => title.split(/\s+/).length > 12)) return null;
  return titles;
}

const isSurname = (name: string): boolean => SURNAMES.has((name.split(/\s+/)[0] ?? '').toLocaleLowerCase('vi'));

/** Words that titles are made of, for names whose family name is not in the list. */
const TITLE_WORD =
  /(?:^|[\s,])(?:UV|UVBTV|UVBCH|TUV|Ủy viên|Trưởng|Phó|Bí thư|Chủ tịch|Giám đốc|Chánh|Cán bộ|Chuyên viên|Phóng viên|PV|CTV|Cộng tác viên|Ban|Tỉnh ủy|Huyện ủy|Thành ủy|Đảng ủy|MTTQ|Hội)(?=$|[\s,])/u;

/** A name and titles read together as a byline: a known family name, or titles that read as titles. */
const plausible = (name: string, titles: string[]): boolean => isSurname(name) || TITLE_WORD.test(titles.join(', '));

/**
 * The signature in the body's last one or two paragraphs (their plain texts, last last), with how
 * many of them it takes, or null.
 */
export function findSignature(last: string[]): { signature: Signature; paragraphs: number } | null {
  if (last.length === 0) return null;
  const final = last[last.length - 1].trim();
  // One paragraph: "Name / titles", "Name\ntitles", or a bare name.
  const split = /^([^/\n]{5,60}?)\s*(?:\/|\n)\s*([\s\S]+)$/.exec(final);
  if (split) {
    const name = personName(split[1]);
    const titles = titlesOf(split[2].replace(/\n/g, ', '));
    if (name && titles && plausible(name, titles)) return { signature: { name, titles }, paragraphs: 1 };
  }
  // Two paragraphs: the name, then the titles.
  if (last.length >= 2) {
    const name = personName(last[last.length - 2].trim());
    const titles = titlesOf(final.replace(/\n/g, ', '));
    if (name && titles && !personName(final) && plausible(name, titles))
      return { signature: { name, titles }, paragraphs: 2 };
  }
  const bare = personName(final);
  if (bare && isSurname(bare)) return { signature: { name: bare, titles: [] }, paragraphs: 1 };
  return null;
}
