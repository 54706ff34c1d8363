/** Vietnamese formatting of numbers and dates, independent of the browser's locale data. */

/**
 * 3334 → "3.334": "." separates thousands in Vietnamese.
 * @param {unknown} value
 */
export const formatNumber = (value) => {
  const number = Number(value);
  if (!Number.isFinite(number)) return '0';
  const [whole, fraction] = Math.abs(number).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${number < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
};

/**
 * 94.3 → "94,3%": "," is the decimal mark.
 * @param {unknown} value
 */
export const formatPercent = (value) => `${formatNumber(Math.round(Number(value) * 10) / 10)}%`;

/**
 * "không" for none, as the old portal wrote "không thành viên"; else the formatted number.
 * @param {unknown} value
 */
export const countWord = (value) => (Number(value) > 0 ? formatNumber(value) : 'không');

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
/** @param {number} n */
const pad = (n) => String(n).padStart(2, '0');

/**
 * "2025-12-29" (or an ISO time) → "29/12/2025".
 * @param {string | null | undefined} value
 */
export const formatDate = (value) => {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
  if (!match) return '';
  return `${match[3]}/${match[2]}/${match[1]}`;
};

/**
 * The machine-readable date for <time datetime>.
 * @param {string | null | undefined} value
 */
export const isoDate = (value) => (value ? String(value).slice(0, 10) : '');

/** "Thứ Tư, ngày 02/12/2026". */
export const formatToday = (date = new Date()) =>
  `${WEEKDAYS[date.getDay()]}, ngày ${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
