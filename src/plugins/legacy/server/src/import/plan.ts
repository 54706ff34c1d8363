import { todayInVietnam } from '../../../../../rules/article';
import type { ImportedState } from '../../../../../shared';
import type { JoomlaArticle, JoomlaCategory, JoomlaMenuItem } from '../joomla/source';

/** What an old article becomes, or why it is left out. */
export type ArticleFate =
  | { kind: 'import'; state: ImportedState; publishAt: string | null; unpublishAt: string | null; note: string | null }
  | { kind: 'skip'; reason: string };

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

/**
 * Joomla's states, as the portal's: published inside its window → published; published with a
 * start in the future → approved with publishAt; published but past its end → a draft (the old
 * site no longer showed it); unpublished → draft; archived → published (still read); trashed →
 * left out. An article of a category the old site did not show becomes a draft.
 */
export const fateOf = (article: JoomlaArticle, categoryVisible: boolean, now: Date): ArticleFate => {
  if (article.state === -2) return { kind: 'skip', reason: 'trashed on the old site' };
  const none = { publishAt: null, unpublishAt: null };
  if (article.state === 0) return { kind: 'import', state: 'draft', ...none, note: null };
  if (article.state !== 1 && article.state !== 2) {
    return { kind: 'skip', reason: `unknown Joomla state ${article.state}` };
  }
  if (!categoryVisible) {
    return {
      kind: 'import',
      state: 'draft',
      ...none,
      note: 'its category was not shown on the old site: imported as a draft',
    };
  }
  if (article.state === 2) return { kind: 'import', state: 'published', ...none, note: null };
  if (article.publishDown && article.publishDown <= now) {
    return {
      kind: 'import',
      state: 'draft',
      ...none,
      note: 'its publication ended on the old site (publish_down): imported as a draft',
    };
  }
  const unpublishAt = article.publishDown ? iso(article.publishDown) : null;
  if (article.publishUp && article.publishUp > now) {
    return { kind: 'import', state: 'scheduled', publishAt: iso(article.publishUp), unpublishAt, note: null };
  }
  return { kind: 'import', state: 'published', publishAt: null, unpublishAt, note: null };
};

/** Joomla's category tree as the portal's sections: which show, and each one's parent and position. */
export interface CategoryPlan {
  category: JoomlaCategory;
  /** Shown on the old site: published (or archived), and so are all its ancestors. */
  visible: boolean;
  /** The nearest visible category at or above it (itself when visible). */
  visibleAncestor: number | null;
  /** Its position among its siblings (Joomla's order, lft). */
  position: number;
}

/**
 * Reads the nested set: categories in `lft` order (parents before children whatever their ids),
 * each with its visibility and its position among siblings.
 */
export const planCategories = (categories: JoomlaCategory[]): Map<number, CategoryPlan> => {
  const byId = new Map(categories.map((category) => [category.id, category]));
  const ordered = [...categories].sort((a, b) => a.lft - b.lft || a.id - b.id);
  const plans = new Map<number, CategoryPlan>();
  const siblings = new Map<number, number>();
  const visit = (category: JoomlaCategory, seen: Set<number>): CategoryPlan => {
    const known = plans.get(category.id);
    if (known) return known;
    const parent = byId.get(category.parentId);
    // A parent that loops back, or is missing, counts as the root.
    const parentPlan = parent && !seen.has(parent.id) ? visit(parent, new Set([...seen, category.id])) : null;
    const shown = category.published === 1 || category.published === 2;
    const visible = shown && (parentPlan ? parentPlan.visible : true);
    const position = siblings.get(category.parentId) ?? 0;
    siblings.set(category.parentId, position + 1);
    const plan: CategoryPlan = {
      category,
      visible,
      visibleAncestor: visible ? category.id : (parentPlan?.visibleAncestor ?? null),
      position,
    };
    plans.set(category.id, plan);
    return plan;
  };
  for (const category of ordered) visit(category, new Set());
  return plans;
};

/** The section parent of a visible category: its parent when that is an imported category, else none. */
export const parentOf = (plan: CategoryPlan, plans: Map<number, CategoryPlan>): number | null => {
  const parent = plans.get(plan.category.parentId);
  return parent?.visible ? parent.category.id : null;
};

/** A date (YYYY-MM-DD) in Vietnam's time zone, where the old site's editors were. */
export const vietnamDay = (date: Date): string => todayInVietnam(date);

/** Cuts text to `max` characters at a word boundary, with an ellipsis. */
export const clip = (text: string, max: number): string => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
};

/**
 * The SEF paths under which the old site showed each category: its own path, and the path of
 * each published menu item that shows it or one of its ancestors, followed by the rest of its
 * path below that ancestor. An article was at `<one of these>/<alias>` when the site removed ids
 * from its addresses (Joomla's modern routing), and at `<one of these>/<id>-<alias>` otherwise.
 */
export const categoryPaths = (plans: Map<number, CategoryPlan>, menuItems: JoomlaMenuItem[]): Map<number, string[]> => {
  const menus = new Map<number, string[]>();
  for (const item of menuItems) {
    if (item.published !== 1 || !item.path || item.targetId === null) continue;
    if (item.view !== 'category' && item.view !== 'blog') continue;
    menus.set(item.targetId, [...(menus.get(item.targetId) ?? []), item.path.replace(/^\/+|\/+$/g, '')]);
  }
  const result = new Map<number, string[]>();
  for (const [id, plan] of plans) {
    const own = plan.category.path.replace(/^\/+|\/+$/g, '');
    const paths = new Set(own ? [own] : []);
    const seen = new Set<number>();
    for (
      let ancestor: CategoryPlan | undefined = plan;
      ancestor && !seen.has(ancestor.category.id);
      ancestor = plans.get(ancestor.category.parentId)
    ) {
      seen.add(ancestor.category.id);
      const base = ancestor.category.path.replace(/^\/+|\/+$/g, '');
      const below = own.startsWith(base) ? own.slice(base.length).replace(/^\/+/, '') : '';
      for (const menu of menus.get(ancestor.category.id) ?? []) paths.add(below ? `${menu}/${below}` : menu);
    }
    result.set(id, [...paths]);
  }
  return result;
};
