import type { Core } from '@strapi/strapi';
import { fromArgs, HomeQuery, LIMITS, PageQuery, parseQuery, pathSlug, SearchQuery, TaskListQuery } from '../schemas';
import { fillViews } from '../services/shape';
import { getService } from '../utils';

/**
 * The delivery API as GraphQL queries: the same services and the same input validation as the
 * REST controllers, so both answer alike (a bad page is a BAD_USER_INPUT error with the REST
 * 400's message, an unknown slug a STRAPI_NOT_FOUND_ERROR). Types mirror the answer schemas of
 * schemas.ts, field by field (tests/api/portal-schema.test.ts holds them together); `body` and
 * image `formats` are JSON, as in REST.
 */
/** The fields of an article in a list, shared by the summary, the full article and a search hit. */
const SUMMARY_FIELDS = /* GraphQL */ `
    slug: String!
    title: String!
    summary: String
    "YYYY-MM-DD"
    eventDate: String
    "ISO 8601 time"
    publishedAt: String!
    featured: Boolean!
    cover: PortalImage
    section: PortalSectionRef
    department: PortalDepartmentRef
    "In signature order."
    authors: [PortalAuthorRef!]!
    tags: [String!]!
    "Times the article was read so far."
    views: Int!`;

export const typeDefs = /* GraphQL */ `
  type PortalSectionRef { slug: String! name: String! }
  type PortalDepartmentRef { slug: String! name: String! shortName: String }
  type PortalAuthorRef { slug: String! fullName: String! titles: [String!]! position: String }
  type PortalImage { url: String! width: Int height: Int alternativeText: String formats: JSON! }
  type PortalArticleLink { slug: String! title: String! }

  type PortalArticleSummary {
${SUMMARY_FIELDS}
  }

  type PortalTask {
    position: Int!
    "Một là, Hai là, …"
    ordinal: String!
    heading: String!
    detail: String
    status: String!
    dueDate: String
    responsibleDepartments: [PortalDepartmentRef!]!
  }

  type PortalTaskList {
    title: String!
    fromYear: Int!
    toYear: Int
    period: String!
    department: PortalDepartmentRef
    intro: String
    tasks: [PortalTask!]!
    article: PortalArticleLink
  }

  type PortalCampaignField { name: String! count: Int! share: Float! }

  type PortalCampaign {
    name: String!
    fromYear: Int!
    toYear: Int
    period: String!
    department: PortalDepartmentRef
    registered: Int!
    carriedOut: Int!
    carriedOutShare: Float!
    breakdown: [PortalCampaignField!]!
    sourceArticle: PortalArticleLink
  }

  type PortalArticle {
${SUMMARY_FIELDS}
    "Strapi blocks rich text."
    body: JSON!
    "The body as sanitised HTML (imported articles with tables or videos): when set, show it instead of body."
    bodyHtml: String
    breadcrumb: [PortalSectionRef!]!
    taskList: PortalTaskList
    campaigns: [PortalCampaign!]!
    related: [PortalArticleSummary!]!
    previous: PortalArticleLink
    next: PortalArticleLink
  }

  type PortalSectionNode {
    slug: String!
    name: String!
    description: String
    position: Int!
    showOnHome: Boolean!
    articleCount: Int!
    totalArticleCount: Int!
    children: [PortalSectionNode!]!
  }

  type PortalPagination { page: Int! pageSize: Int! pageCount: Int! total: Int! }

  type PortalSectionHeader { slug: String! name: String! description: String }

  type PortalSectionPage {
    section: PortalSectionHeader!
    breadcrumb: [PortalSectionRef!]!
    children: [PortalSectionRef!]!
    articles: [PortalArticleSummary!]!
    pagination: PortalPagination!
  }

  type PortalHomeSection { slug: String! name: String! articles: [PortalArticleSummary!]! }

  type PortalHome {
    sections: [PortalHomeSection!]!
    featured: [PortalArticleSummary!]!
    latest: [PortalArticleSummary!]!
  }

  type PortalAuthorProfile {
    slug: String!
    fullName: String!
    titles: [String!]!
    position: String
    department: PortalDepartmentRef
    photo: PortalImage
    bio: String
    articles: [PortalArticleSummary!]!
    pagination: PortalPagination!
  }

  type PortalDepartmentProfile {
    slug: String!
    name: String!
    shortName: String
    description: String
    address: String
    phone: String
    email: String
    parent: PortalDepartmentRef
    children: [PortalDepartmentRef!]!
  }

  type PortalSearchHit {
${SUMMARY_FIELDS}
    "The title, matched words in <mark>, HTML-escaped."
    highlightedTitle: String!
    "A passage around the first match, matched words in <mark>, HTML-escaped."
    snippet: String!
  }

  type PortalSearchResult { query: String! results: [PortalSearchHit!]! totalIsExact: Boolean! pagination: PortalPagination! }

  extend type Query {
    "Home sections with their latest articles (limit each, ${LIMITS.homeArticles.min}–${LIMITS.homeArticles.max}, default ${LIMITS.homeArticles.default}), the featured and the latest."
    portalHome(limit: Int): PortalHome!
    "The section tree with published-article counts."
    sectionTree: [PortalSectionNode!]!
    "A section, its breadcrumb, sub-sections and a page (${LIMITS.page.min}–${LIMITS.page.max}) of its articles (pageSize ${LIMITS.pageSize.min}–${LIMITS.pageSize.max})."
    sectionPage(slug: String!, page: Int, pageSize: Int): PortalSectionPage!
    "A published article with everything around it."
    articleBySlug(slug: String!): PortalArticle!
    "An author's profile and a page of their articles."
    authorBySlug(slug: String!, page: Int, pageSize: Int): PortalAuthorProfile!
    "A department and its contact details."
    departmentBySlug(slug: String!): PortalDepartmentProfile!
    "Task lists covering a year, of a department (slug) if given."
    portalTaskLists(year: Int, department: String): [PortalTaskList!]!
    "Campaigns with their breakdowns."
    portalCampaigns: [PortalCampaign!]!
    "Search that ignores case and tone marks; q at most ${LIMITS.queryLength} characters."
    search(q: String!, section: String, department: String, year: Int, page: Int, pageSize: Int): PortalSearchResult!
  }
`;

type Args = Record<string, unknown>;

/** The resolvers: one service call each, after the same validation as REST, with read counts filled in as REST does (http.ts). */
export const resolvers = (strapi: Core.Strapi) => {
  const service = <T extends Parameters<typeof getService>[1]>(name: T) => getService(strapi, name);
  const answer = async <V>(value: Promise<V>): Promise<V> => {
    const data = await value;
    await fillViews(strapi, data);
    return data;
  };
  return {
    Query: {
      portalHome: (_: unknown, args: Args) =>
        answer(service('articles').home(parseQuery(HomeQuery, fromArgs(args)).limit)),
      sectionTree: () => service('sections').nodes(),
      sectionPage: (_: unknown, args: Args) => {
        const { page, pageSize } = parseQuery(PageQuery, fromArgs(args));
        return answer(service('articles').sectionPage(pathSlug(args.slug), page, pageSize));
      },
      articleBySlug: (_: unknown, args: Args) => answer(service('articles').detail(pathSlug(args.slug))),
      authorBySlug: (_: unknown, args: Args) => {
        const { page, pageSize } = parseQuery(PageQuery, fromArgs(args));
        return answer(service('directory').author(pathSlug(args.slug), page, pageSize));
      },
      departmentBySlug: (_: unknown, args: Args) => service('directory').department(pathSlug(args.slug)),
      portalTaskLists: (_: unknown, args: Args) =>
        service('programmes').taskLists(parseQuery(TaskListQuery, fromArgs(args))),
      portalCampaigns: () => service('programmes').campaigns(),
      search: (_: unknown, args: Args) => answer(service('search').run(parseQuery(SearchQuery, fromArgs(args)))),
    },
  };
};

/** The public may run every portal query without signing in; they only read published content. */
export const QUERIES = [
  'portalHome',
  'sectionTree',
  'sectionPage',
  'articleBySlug',
  'authorBySlug',
  'departmentBySlug',
  'portalTaskLists',
  'portalCampaigns',
  'search',
] as const;

export const resolversConfig = Object.fromEntries(QUERIES.map((name) => [`Query.${name}`, { auth: false }]));
