import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID, type WorkflowUID } from '../../../server/src/constants';
import type { ApprovalStatus, PanelAction } from '../../../server/src/api-types';
import { describeFailure, isAbort, type RequestFailure } from '../utils/errors';

export type ActionResult = { ok: true; status: ApprovalStatus } | ({ ok: false } & RequestFailure);

/**
 * A document's approval status from the plugin's admin API, and its transitions. Every
 * transition answers with the new status, which replaces the one shown.
 */
export const useApprovalStatus = (uid: WorkflowUID, documentId: string) => {
  const { get, post } = useFetchClient();
  const [status, setStatus] = React.useState<ApprovalStatus | null>(null);
  const [loadFailure, setLoadFailure] = React.useState<RequestFailure | null>(null);
  const [isLoading, setIsLoading] = React.useState(true);
  // Only the latest request may set the status: a slow earlier answer must not overwrite it.
  const latest = React.useRef(0);
  const base = `/${PLUGIN_ID}/documents/${uid}/${documentId}`;

  const reload = React.useCallback(async () => {
    const request = ++latest.current;
    setIsLoading(true);
    try {
      const { data } = await get<{ data: ApprovalStatus }>(base);
      if (request !== latest.current) return;
      setStatus(data.data);
      setLoadFailure(null);
    } catch (error) {
      if (isAbort(error) || request !== latest.current) return;
      setLoadFailure(describeFailure(error));
    } finally {
      if (request === latest.current) setIsLoading(false);
    }
  }, [get, base]);

  React.useEffect(() => {
    void reload();
  }, [reload]);

  const run = React.useCallback(
    async (action: PanelAction, body?: Record<string, unknown>): Promise<ActionResult> => {
      const request = ++latest.current;
      try {
        const { data } = await post<{ data: ApprovalStatus }>(`${base}/${action}`, body ?? {});
        if (request === latest.current) {
          setStatus(data.data);
          setLoadFailure(null);
        }
        return { ok: true, status: data.data };
      } catch (error) {
        return { ok: false, ...describeFailure(error) };
      }
    },
    [post, base]
  );

  return { status, loadFailure, isLoading, reload, run };
};
