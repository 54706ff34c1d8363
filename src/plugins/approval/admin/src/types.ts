import type { ReviewState, Transition, WorkflowUID } from '../../server/src/constants';

export type PanelAction = 'submit' | 'approve' | 'reject' | 'publish' | 'unpublish' | 'schedule';

export interface HistoryEntry {
  id: number;
  action: Transition;
  fromState: ReviewState | null;
  toState: ReviewState | null;
  actorName: string;
  comment: string | null;
  override: boolean;
  fingerprint: string | null;
  createdAt: string;
}

/** A picture or file the document's draft shows. */
export interface MediaItem {
  id: number;
  field: string;
  name: string;
  url: string;
  mime: string | null;
  alternativeText: string | null;
  caption: string | null;
}

/** GET /approval/documents/:uid/:documentId, and the answer of every action. */
export interface ApprovalStatus {
  uid: WorkflowUID;
  documentId: string;
  title: string;
  department: string | null;
  state: ReviewState;
  fingerprint: string | null;
  approvedFingerprint: string | null;
  comment: string | null;
  publishAt: string | null;
  unpublishAt: string | null;
  hasPublishedVersion: boolean;
  changedBy: string | null;
  changedAt: string | null;
  allowedActions: Record<PanelAction, boolean>;
  media: MediaItem[];
  history: HistoryEntry[];
}

/** GET /approval/queue */
export interface QueueItem {
  uid: WorkflowUID;
  documentId: string;
  title: string;
  department: string | null;
  submittedBy: string | null;
  submittedAt: string | null;
}
