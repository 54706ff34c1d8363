export const PLUGIN_ID = 'approval';

/** The plugin's own tables: one review state per document, and the append-only audit trail. */
export const REVIEW_UID = 'plugin::approval.review';
export const EVENT_UID = 'plugin::approval.event';

/** Content types whose publication goes through approval. */
export const WORKFLOW_UIDS = ['api::article.article', 'api::task-list.task-list', 'api::campaign.campaign'] as const;
export type WorkflowUID = (typeof WORKFLOW_UIDS)[number];
export const isWorkflowUID = (uid: string): uid is WorkflowUID => (WORKFLOW_UIDS as readonly string[]).includes(uid);

export const DEPARTMENT_UID = 'api::department.department';

/** The upload plugin's file model, and the content hash the media plugin records on it (absent without that plugin). */
export const FILE_UID = 'plugin::upload.file';
export const CONTENT_HASH_ATTRIBUTE = 'sha256';

/** Bumped when what a fingerprint covers changes; start-up carries stored approvals over (setup.ts). */
export const FINGERPRINT_VERSION = 2;

/** States of a document's current draft (the live version, if any, stays online meanwhile). */
export const STATES = ['draft', 'submitted', 'approved', 'rejected', 'published'] as const;
export type ReviewState = (typeof STATES)[number];

/**
 * `import`: a document brought over from an old site (legacy plugin) enters the workflow as the
 * old site had it, approved (then published by the system) or as a draft.
 * `media`: a picture or file the document shows was replaced or re-described by someone who may publish it. */
export const TRANSITIONS = [
  'submit',
  'approve',
  'reject',
  'publish',
  'unpublish',
  'void',
  'discard',
  'schedule',
  'delete',
  'media',
  'import',
] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** Attributes the plugin adds to every workflow type; only the plugin writes them. */
export const STATE_ATTRIBUTE = 'reviewState';
/** The department's documentId, kept beside the relation: admin RBAC conditions need a plain field. */
export const DEPARTMENT_KEY_ATTRIBUTE = 'departmentKey';

export const ROLE_CODES = {
  superAdmin: 'strapi-super-admin',
  editor: 'portal-editor',
  head: 'portal-head',
} as const;

/** Admin permission actions of the plugin (registered in bootstrap). */
export const ACTIONS = {
  read: `plugin::${PLUGIN_ID}.read`,
  submit: `plugin::${PLUGIN_ID}.submit`,
  review: `plugin::${PLUGIN_ID}.review`,
} as const;

/** The RBAC condition "belongs to my department". */
export const CONDITION_NAME = 'belongs-to-my-department';
export const CONDITION_ID = `plugin::${PLUGIN_ID}.${CONDITION_NAME}`;
