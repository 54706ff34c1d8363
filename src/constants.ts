/** Content-type UIDs of the portal's own model. */
export const UID = {
  section: 'api::section.section',
  department: 'api::department.department',
  author: 'api::author.author',
  article: 'api::article.article',
  taskList: 'api::task-list.task-list',
  campaign: 'api::campaign.campaign',
} as const;

export type PortalUID = (typeof UID)[keyof typeof UID];

/** Every type of the model, in the order the public role's permissions are listed. */
export const PORTAL_UIDS: readonly PortalUID[] = Object.values(UID);

/** The field a type's slug is made from when an editor leaves the slug empty. */
export const SLUG_SOURCE = {
  [UID.section]: 'name',
  [UID.department]: 'name',
  [UID.author]: 'fullName',
  [UID.article]: 'title',
} as const satisfies Partial<Record<PortalUID, string>>;

export type SluggedUID = keyof typeof SLUG_SOURCE;

/** Content-API actions the public role gets on every portal type: reading, never writing. */
export const PUBLIC_READ_ACTIONS = ['find', 'findOne'] as const;

/** Env switch: `SEED_DEMO_CONTENT=false` stops `strapi develop` from loading the demo content. */
export const SEED_ENV = 'SEED_DEMO_CONTENT';

/** The documented demo super admin, used when DEMO_ADMIN_EMAIL is not set (never in production). */
export const DEFAULT_DEMO_ADMIN_EMAIL = 'admin@danvan.local';
