/**
 * Response shapes of the delivery API (REST and GraphQL alike). openapi.json documents the same
 * shapes for frontend developers, and the tests validate real responses against it.
 */

export interface SectionRef {
  slug: string;
  name: string;
}

export interface DepartmentRef {
  slug: string;
  name: string;
  shortName: string | null;
}

export interface AuthorRef {
  slug: string;
  fullName: string;
  /** Short titles in signature order, e.g. ["UVBTV"]. */
  titles: string[];
  /** The main title, e.g. "Trưởng ban Dân vận Tỉnh ủy". */
  position: string | null;
}

export interface ImageFormat {
  url: string;
  width: number | null;
  height: number | null;
}

export interface Image extends ImageFormat {
  alternativeText: string | null;
  formats: Record<string, ImageFormat>;
}

export interface ArticleLink {
  slug: string;
  title: string;
}

export interface ArticleSummary extends ArticleLink {
  summary: string | null;
  /** YYYY-MM-DD: the date an article is listed and shown with. */
  eventDate: string | null;
  publishedAt: string;
  featured: boolean;
  cover: Image | null;
  section: SectionRef | null;
  department: DepartmentRef | null;
  authors: AuthorRef[];
  tags: string[];
  /** Times the article was read so far (the stats plugin's counters, buffered views included). */
  views: number;
}

export interface TaskView {
  position: number;
  /** "Một là", "Hai là", … from the task's position. */
  ordinal: string;
  heading: string;
  detail: string | null;
  status: 'planned' | 'in_progress' | 'done';
  dueDate: string | null;
  responsibleDepartments: DepartmentRef[];
}

export interface TaskListView {
  title: string;
  fromYear: number;
  toYear: number | null;
  /** "2026", or "2025–2030". */
  period: string;
  department: DepartmentRef | null;
  intro: string | null;
  tasks: TaskView[];
  article: ArticleLink | null;
}

export interface CampaignField {
  name: string;
  count: number;
  /** Share of the models carried out, in %, one decimal. */
  share: number;
}

export interface CampaignView {
  name: string;
  fromYear: number;
  toYear: number | null;
  period: string;
  department: DepartmentRef | null;
  registered: number;
  carriedOut: number;
  /** Carried out as a share of registered, in %, one decimal. */
  carriedOutShare: number;
  breakdown: CampaignField[];
  sourceArticle: ArticleLink | null;
}

export interface ArticleDetail extends ArticleSummary {
  /** Strapi blocks rich text. */
  body: unknown[];
  breadcrumb: SectionRef[];
  taskList: TaskListView | null;
  campaigns: CampaignView[];
  related: ArticleSummary[];
  previous: ArticleLink | null;
  next: ArticleLink | null;
}

export interface SectionNode extends SectionRef {
  description: string | null;
  position: number;
  showOnHome: boolean;
  /** Published articles filed directly in this section. */
  articleCount: number;
  /** Published articles in this section and all its sub-sections. */
  totalArticleCount: number;
  children: SectionNode[];
}

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface Page<T> {
  data: T[];
  pagination: Pagination;
}

export interface SectionPage {
  section: SectionRef & { description: string | null };
  breadcrumb: SectionRef[];
  children: SectionRef[];
  articles: ArticleSummary[];
  pagination: Pagination;
}

export interface HomeView {
  sections: (SectionRef & { articles: ArticleSummary[] })[];
  featured: ArticleSummary[];
  latest: ArticleSummary[];
}

export interface AuthorProfile extends AuthorRef {
  department: DepartmentRef | null;
  photo: Image | null;
  bio: string | null;
  articles: ArticleSummary[];
  pagination: Pagination;
}

export interface DepartmentProfile extends DepartmentRef {
  description: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  parent: DepartmentRef | null;
  children: DepartmentRef[];
}

export interface SearchHit extends ArticleSummary {
  /** The title with matched words in <mark>, HTML-escaped. */
  highlightedTitle: string;
  /** A passage around the first match, matched words in <mark>, HTML-escaped. */
  snippet: string;
}

export interface SearchResult {
  query: string;
  results: SearchHit[];
  /** False when more articles match than the search counts (`searchCountLimit`): `pagination.total` is then that limit. */
  totalIsExact: boolean;
  pagination: Pagination;
}
