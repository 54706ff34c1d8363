const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/** Vietnamese reading of 1–99 the way ordinal prose writes it: "mười một", "hai mươi mốt", "ba mươi lăm". */
const numberWords = (n: number): string => {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const head = tens === 1 ? 'mười' : `${DIGITS[tens]} mươi`;
  if (units === 0) return head;
  if (units === 1) return `${head} ${tens === 1 ? 'một' : 'mốt'}`;
  if (units === 4 && tens > 1) return `${head} tư`;
  if (units === 5) return `${head} lăm`;
  return `${head} ${DIGITS[units]}`;
};

/**
 * The ordinal that opens the n-th key task (from 1): "Một", "Hai", … "Mười", "Mười một", "Hai mươi mốt".
 * Editors never type it: it comes from the task's position in the list.
 */
export const vietnameseOrdinal = (position: number): string => {
  if (!Number.isInteger(position) || position < 1 || position > 99) {
    throw new RangeError(`A task position must be a whole number from 1 to 99; got ${position}.`);
  }
  const words = numberWords(position);
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** "Một là", "Hai là", …: how the n-th task is introduced in Vietnamese ordinal prose. */
export const taskOrdinal = (position: number): string => `${vietnameseOrdinal(position)} là`;

/** A task list with each populated task's `ordinal` set from its position; other fields untouched. */
export const numberTasks = <T extends object>(list: T): T => {
  const tasks = (list as { tasks?: unknown } | null)?.tasks;
  if (!Array.isArray(tasks)) return list;
  return {
    ...list,
    tasks: tasks.map((task: Record<string, unknown>, index: number) => ({ ...task, ordinal: taskOrdinal(index + 1) })),
  };
};
