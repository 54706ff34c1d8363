import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../constants';
import type { SectionNode, SectionRef } from '../schemas';
import { tables } from '../../../../../shared';

interface SectionRow {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  position: number | null;
  showOnHome: boolean | null;
  parent: { id: number } | null;
}

/** The section tree as the delivery API reads it: loaded in two queries, whatever its size. */
interface SectionTree {
  bySlug: Map<string, SectionRow>;
  byId: Map<number, SectionRow>;
  childrenOf: Map<number | null, SectionRow[]>;
  /** Published articles filed directly in each section. */
  counts: Map<number, number>;
}

const byPosition = (a: SectionRow, b: SectionRow) =>
  (a.position ?? 0) - (b.position ?? 0) || a.name.localeCompare(b.name, 'vi');

/**
 * Sections: the tree with published-article counts, breadcrumbs and subtrees. The tree is built
 * from two queries (all sections; counts grouped by section) and kept until the next content
 * change clears the cache.
 */
const sections = ({ strapi }: { strapi: Core.Strapi }) => {
  let tree: Promise<SectionTree> | null = null;

  const load = async (): Promise<SectionTree> => {
    const rows = (await strapi.db.query(UID.section).findMany({
      select: ['id', 'slug', 'name', 'description', 'position', 'showOnHome'],
      populate: { parent: { select: ['id'] } },
    })) as SectionRow[];
    const t = tables(strapi);
    const link = t.link(UID.article, 'section');
    const articles = t.table(UID.article);
    // One grouped count instead of one per section.
    const counted: { section: number; total: number | string }[] = await strapi.db
      .connection(`${t.qualified(link.name)} as l`)
      .join(`${t.qualified(articles)} as a`, 'a.id', `l.${link.owner}`)
      .whereNotNull(`a.${t.column(UID.article, 'publishedAt')}`)
      .groupBy(`l.${link.target}`)
      .select(`l.${link.target} as section`)
      .count({ total: '*' });

    const childrenOf = new Map<number | null, SectionRow[]>();
    for (const row of rows) {
      const parent = row.parent?.id ?? null;
      childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), row]);
    }
    for (const list of childrenOf.values()) list.sort(byPosition);
    return {
      bySlug: new Map(rows.map((row) => [row.slug, row])),
      byId: new Map(rows.map((row) => [row.id, row])),
      childrenOf,
      counts: new Map(counted.map((c) => [Number(c.section), Number(c.total)])),
    };
  };

  const service = {
    /** The current tree (loaded once per cache generation). */
    tree(): Promise<SectionTree> {
      tree ??= load().catch((error) => {
        tree = null;
        throw error;
      });
      return tree;
    },

    /** Forgets the tree: the next read loads it again. */
    forget() {
      tree = null;
    },

    /** The section with this slug, or a 404. */
    async find(slug: string): Promise<SectionRow> {
      const section = (await service.tree()).bySlug.get(slug);
      if (!section) throw new errors.NotFoundError(`No section "${slug}".`);
      return section;
    },

    /** The ids of a section and all its descendants. */
    subtreeIds(t: SectionTree, id: number): number[] {
      const ids: number[] = [];
      const visit = (current: number) => {
        if (ids.includes(current)) return;
        ids.push(current);
        for (const child of t.childrenOf.get(current) ?? []) visit(child.id);
      };
      visit(id);
      return ids;
    },

    /** From the root down to the section itself. */
    breadcrumb(t: SectionTree, id: number | null | undefined): SectionRef[] {
      const trail: SectionRef[] = [];
      const seen = new Set<number>();
      let current = id == null ? undefined : t.byId.get(id);
      while (current && !seen.has(current.id)) {
        seen.add(current.id);
        trail.unshift({ slug: current.slug, name: current.name });
        current = current.parent ? t.byId.get(current.parent.id) : undefined;
      }
      return trail;
    },

    /** The whole tree with published-article counts, in position order. */
    async nodes(): Promise<SectionNode[]> {
      const t = await service.tree();
      const build = (row: SectionRow): SectionNode => {
        const children = (t.childrenOf.get(row.id) ?? []).map(build);
        const own = t.counts.get(row.id) ?? 0;
        return {
          slug: row.slug,
          name: row.name,
          description: row.description ?? null,
          position: row.position ?? 0,
          showOnHome: Boolean(row.showOnHome),
          articleCount: own,
          totalArticleCount: own + children.reduce((sum, child) => sum + child.totalArticleCount, 0),
          children,
        };
      };
      return (t.childrenOf.get(null) ?? []).map(build);
    },

    /** Sections marked for the home page, in tree order (parents before children, by position). */
    async onHome(): Promise<SectionRow[]> {
      const t = await service.tree();
      const ordered: SectionRow[] = [];
      const walk = (parent: number | null) => {
        for (const row of t.childrenOf.get(parent) ?? []) {
          if (row.showOnHome) ordered.push(row);
          walk(row.id);
        }
      };
      walk(null);
      return ordered;
    },

    /** For the article service: the section's own rows, by id. */
    async childrenRefs(id: number): Promise<SectionRef[]> {
      const t = await service.tree();
      return (t.childrenOf.get(id) ?? []).map((row) => ({ slug: row.slug, name: row.name }));
    },
  };

  return service;
};

export default sections;
