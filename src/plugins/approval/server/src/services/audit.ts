import type { Core } from '@strapi/strapi';
import type { HistoryEntry } from '../api-types';
import { EVENT_UID, type ReviewState, type Transition, type WorkflowUID } from '../constants';

export interface AuditEntry {
  targetUid: WorkflowUID;
  targetDocumentId: string;
  action: Transition;
  fromState: ReviewState | null;
  toState: ReviewState | null;
  actorId: number | null;
  actorName: string;
  comment?: string | null;
  override?: boolean;
  fingerprint?: string | null;
}

/** A stored entry: what the approval panel shows of it (HistoryEntry), and whom it is about. */
export interface AuditRecord extends HistoryEntry {
  targetUid: WorkflowUID;
  targetDocumentId: string;
  actorId: number | null;
}

/**
 * The append-only audit trail. Entries are only ever inserted (the plugin's own table, written
 * through strapi.db so they join the transition's transaction); the database refuses updates and
 * deletes (see setup.ts), and no route edits them.
 */
const audit = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Appends one entry. */
  async record(entry: AuditEntry): Promise<void> {
    await strapi.db.query(EVENT_UID).create({ data: { ...entry, override: entry.override ?? false } });
  },

  /** A document's history, oldest first. */
  async history(targetUid: WorkflowUID, targetDocumentId: string): Promise<AuditRecord[]> {
    return (await strapi.db.query(EVENT_UID).findMany({
      where: { targetUid, targetDocumentId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    })) as AuditRecord[];
  },
});

export default audit;
