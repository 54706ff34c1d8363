/**
 * Dates as the boards write them ("08:30 12/05/2025"), whatever the admin's language: the
 * portal's editors and heads work in Vietnam, and a date read the same way by everyone avoids
 * mistaking 05/12 for 12/05.
 */
const formatter = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export const formatDateTime = (iso: string | null | undefined): string => {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatter.format(date);
};

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO time as the value of an `<input type="datetime-local">` (local time, minutes). */
export const toLocalInput = (iso: string | null | undefined): string => {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

/** The value of an `<input type="datetime-local">` as an ISO time, or null when empty. */
export const fromLocalInput = (value: string): string | null => {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};
