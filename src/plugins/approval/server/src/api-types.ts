/**
 * The approval plugin's admin API, as the server answers it and the admin panel reads it.
 * Types only, free of server runtime imports: the admin panel's bundle imports this file.
 */
import type { ReviewState, Transition, WorkflowUID } from './constants';
import type { PanelAction } from './transitions';

export type { PanelAction } from './transitions';

/** One entry of a document's audit trail. */
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
  /** The field that shows it: a media field, or the rich-text field it is pictured in. */
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

/** One submission of GET /approval/queue. */
export interface QueueItem {
  uid: WorkflowUID;
  documentId: string;
  title: string;
  department: string | null;
  submittedBy: string | null;
  submittedAt: string | null;
}

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/** GET /approval/queue?page=&pageSize= */
export interface QueueAnswer {
  data: QueueItem[];
  meta: { pagination: Pagination };
}
