/**
 * Shapes of the demo dataset in `src/seed/data`. Entities refer to each other by slug
 * (sections, departments, authors) or by exact title (articles, whose slugs the slug rule
 * generates from the title).
 */

/** A block of article body: a plain string is a paragraph. */
export type SeedBlock = string | { heading: string } | { list: string[]; ordered?: boolean } | { quote: string };

export interface SeedSection {
  slug: string;
  name: string;
  description?: string;
  /** Order among its siblings, from 1. */
  position: number;
  showOnHome?: boolean;
  /** Slug of the parent section. */
  parent?: string;
}

export interface SeedDepartment {
  slug: string;
  name: string;
  shortName: string;
  description: string;
  address: string;
  phone: string;
  email: string;
  /** Slug of the parent department. */
  parent?: string;
}

export interface SeedAuthor {
  slug: string;
  fullName: string;
  /** Short titles in signature order, e.g. ["UVBTV"]. */
  titles: string[];
  /** The main title, e.g. "Trưởng ban Dân vận Tỉnh ủy". */
  position: string;
  /** Slug of the author's department. */
  department: string;
  bio: string;
}

export interface SeedArticle {
  title: string;
  summary: string;
  body: SeedBlock[];
  /** Slug of the section. */
  section: string;
  /** Slug of the department that publishes it. */
  department: string;
  /** Author slugs in signature order; at least one. */
  authors: string[];
  /** ISO date, YYYY-MM-DD. */
  eventDate: string;
  tags?: string[];
  /** Left as a draft (never published) when true. */
  draft?: boolean;
}

export type SeedTaskStatus = 'planned' | 'in_progress' | 'done';

export interface SeedTask {
  heading: string;
  detail?: string;
  /** Slugs of the responsible departments. */
  responsible: string[];
  status: SeedTaskStatus;
  /** ISO date, YYYY-MM-DD. */
  dueDate?: string;
}

export interface SeedTaskList {
  title: string;
  fromYear: number;
  toYear?: number;
  /** Slug of the department. */
  department: string;
  intro: string;
  /** Exact title of the article that announced the list. */
  announcedIn?: string;
  tasks: SeedTask[];
}

export interface SeedCampaign {
  name: string;
  fromYear: number;
  toYear?: number;
  /** Slug of the department. */
  department?: string;
  registered: number;
  carriedOut: number;
  /** Counts per field; they add up to `carriedOut`. */
  breakdown: { name: string; count: number }[];
  /** Exact title of the article that reported the figures. */
  sourceArticle?: string;
}

export interface SeedAccount {
  email: string;
  firstname: string;
  lastname: string;
  role: 'editor' | 'head';
  /** Slug of the department the account is a member of. */
  department: string;
  /** Slug of the author who is this official, if any. */
  author?: string;
}
