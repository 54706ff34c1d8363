import slugify from 'slugify';

/** What a slug may contain: lowercase ASCII letters and digits, joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest slug an editor may type; generated slugs are kept shorter (see GENERATED_SLUG_LENGTH). */
export const MAX_SLUG_LENGTH = 200;

/** Generated slugs stop at a word boundary before this length, leaving room for a "-2" suffix. */
export const GENERATED_SLUG_LENGTH = 96;

/**
 * Turns Vietnamese (or any) text into a slug: tone marks dropped, đ/Đ → d, lowercase ASCII.
 * "Công tác dân vận - mặt trận - đoàn thể" → "cong-tac-dan-van-mat-tran-doan-the".
 * Returns '' when the text has no letter or digit at all.
 */
export const toSlug = (text: string): string => {
  // NFC first: text pasted from some editors arrives decomposed (a + combining marks).
  const slug = slugify(text.normalize('NFC'), { locale: 'vi', lower: true, strict: true, trim: true })
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= GENERATED_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, GENERATED_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, GENERATED_SLUG_LENGTH)).replace(/-$/, '');
};

/** Why `slug` is not acceptable, or null when it is. */
export const slugProblem = (slug: string): string | null => {
  if (slug.length > MAX_SLUG_LENGTH) {
    return `The slug is ${slug.length} characters long; keep it to ${MAX_SLUG_LENGTH}.`;
  }
  if (!SLUG_PATTERN.test(slug)) {
    return (
      `The slug "${slug}" may only contain lowercase ASCII letters (a-z), digits and single hyphens ` +
      `between them, e.g. "cong-tac-dan-van". Leave it empty to have one made from the title.`
    );
  }
  return null;
};

/**
 * The first of `base`, `base-2`, `base-3`, … that is not in `taken`.
 * @param taken slugs already used by other documents of the same type
 */
export const firstFreeSlug = (base: string, taken: ReadonlySet<string>): string => {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
};
