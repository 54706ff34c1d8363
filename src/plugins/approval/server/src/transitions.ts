import type { ReviewState, Transition } from './constants';

/**
 * The approval state machine, written once. The workflow service's guards, the document guard,
 * the buttons the admin panel offers (`allowedActions`) and the refusal texts all read it.
 *
 * Kept free of server runtime imports: the admin panel reads it too.
 */

/**
 * Who acts, relative to one document. An admin user is a `member` of the document's department,
 * a `head` when also holding the head role there, and may be a `superAdmin` anywhere; `system`
 * is code running without a request (scheduler, seed, scripts); a `reader` is a content-API caller.
 */
export const WHO = ['member', 'head', 'superAdmin', 'system', 'reader'] as const;
export type Who = (typeof WHO)[number];

/** Those who edit, submit and discard a department's documents. */
export const EDITORS: readonly Who[] = ['member', 'superAdmin', 'system'];
/** Those who approve, reject, schedule, publish and take offline. */
export const REVIEWERS: readonly Who[] = ['head', 'superAdmin', 'system'];

/** The document a refusal is about; unknown when it could not be loaded. */
export interface RefusalSubject {
  title: string;
  departmentName: string | null;
}

export interface Refusal {
  code: 'not-member' | 'not-reviewer';
  message(subject: RefusalSubject | null): string;
}

const headOrSuperAdmin = (phrase: (quotedTitle: string) => string, noDepartment = 'its department'): Refusal => ({
  code: 'not-reviewer',
  message: (subject) =>
    `Only a head of ${subject?.departmentName ?? noDepartment} or a super admin may ${phrase(subject ? ` "${subject.title}"` : '')}.`,
});

/** Through the content API nobody publishes or takes offline, whoever they are. */
export const READER_REFUSAL =
  'Publishing goes through approval: a head of the department (or a super admin) publishes in the admin panel. ' +
  'Through the content API, save drafts only (status=draft).';

export interface TransitionRule {
  /** States the action starts from; `'any'` when the state does not matter. */
  from: readonly ReviewState[] | 'any';
  /** The state it leads to; `'same'` when it keeps the state (a schedule, a picture change). */
  to: ReviewState | 'same' | null;
  /** Who may take it; an empty list: only the workflow itself, as a consequence of a write. */
  who: readonly Who[];
  /** What anyone else is told (403). */
  refusal?: Refusal;
  /** What is said when the document is in another state (400), after `"<title>" <state words>: `. */
  wrongState?: string;
  /** Further conditions, checked where the facts are known. */
  requires?: 'another-approver' | 'exact-approved-version' | 'live-version';
}

/** The actions of the approval panel, in the order it shows them. */
export const PANEL_ACTIONS = ['submit', 'approve', 'reject', 'publish', 'unpublish', 'schedule'] as const;
export type PanelAction = (typeof PANEL_ACTIONS)[number];

export const TRANSITION_TABLE: Record<Transition, TransitionRule> = {
  submit: {
    from: ['draft', 'rejected'],
    to: 'submitted',
    who: EDITORS,
    refusal: {
      code: 'not-member',
      message: (subject) =>
        `Only members of ${subject?.departmentName ?? 'its department'} may submit "${subject?.title ?? ''}".`,
    },
    wrongState: 'only a draft or a rejected version can be submitted.',
  },
  approve: {
    from: ['submitted'],
    to: 'approved',
    who: REVIEWERS,
    refusal: headOrSuperAdmin((title) => `approve${title}`),
    wrongState: 'only a submitted version can be approved.',
    // Separation of duties: nobody approves their own work, except a super admin who says why.
    requires: 'another-approver',
  },
  reject: {
    from: ['submitted', 'approved'],
    to: 'rejected',
    who: REVIEWERS,
    refusal: headOrSuperAdmin((title) => `reject${title}`),
    wrongState: 'only a submitted or approved version can be rejected.',
  },
  publish: {
    from: ['approved'],
    to: 'published',
    who: REVIEWERS,
    refusal: headOrSuperAdmin((title) => `publish${title}`, "the document's department"),
    requires: 'exact-approved-version',
  },
  unpublish: {
    from: 'any',
    // From published; a draft that was approved (or submitted, …) keeps its state.
    to: 'draft',
    who: REVIEWERS,
    refusal: headOrSuperAdmin((title) => `take${title} offline`),
    requires: 'live-version',
  },
  schedule: {
    from: ['approved', 'published'],
    to: 'same',
    who: REVIEWERS,
    refusal: headOrSuperAdmin((title) => `schedule${title}`),
    wrongState: 'only an approved version can be scheduled for publication.',
  },
  // Consequences of writes, recorded by the workflow itself.
  void: { from: ['submitted', 'approved', 'published'], to: 'draft', who: [] },
  discard: { from: ['draft'], to: 'published', who: [] },
  media: { from: 'any', to: 'same', who: [] },
  delete: { from: 'any', to: null, who: [] },
  // An old site's article, imported by code: approved as the old site had it live (a draft when it was not).
  import: { from: 'any', to: 'approved', who: ['system'] },
};

/** Whether a document in `state` is where the action starts from. */
export const startsFrom = (action: Transition, state: ReviewState): boolean => {
  const { from } = TRANSITION_TABLE[action];
  return from === 'any' || from.includes(state);
};

/** Whether someone holding these roles may take the action. */
export const isAllowed = (action: Transition, roles: ReadonlySet<Who>): boolean =>
  TRANSITION_TABLE[action].who.some((who) => roles.has(who));
