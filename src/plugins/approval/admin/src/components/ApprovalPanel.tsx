import * as React from 'react';
import { Box, Button, Field, Flex, Loader, TextInput, Textarea, Typography } from '@strapi/design-system';
import { Check, Cross, Earth, EyeStriked, PaperPlane } from '@strapi/icons';
import { useAuth, useForm, useNotification } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { ACTIONS, ROLE_CODES, isWorkflowUID, type WorkflowUID } from '../../../server/src/constants';
import { useApprovalStatus } from '../hooks/useApprovalStatus';
import { useRefetchEditedDocument } from '../hooks/useRefetchEditedDocument';
import type { ApprovalStatus, PanelAction } from '../../../server/src/api-types';
import { formatDateTime, fromLocalInput, toLocalInput } from '../utils/dates';
import en from '../translations/en.json';
import type { RequestFailure } from '../utils/errors';
import { message, type MessageKey } from '../utils/translations';
import { History } from './History';
import { MediaList } from './MediaList';
import { StateBadge } from './StateBadge';

/**
 * The edit view's "Duyệt bài" side panel, for the workflow types' saved documents: the
 * approval state, and the transitions the server says the current user may make.
 */
export const ApprovalPanel: PanelComponent = ({ model, documentId, document, collectionType }) => {
  const intl = useIntl();
  const mayRead = useAuth('ApprovalPanel', (auth) =>
    auth.permissions.some((permission) => permission.action === ACTIONS.read)
  );
  if (!documentId || !isWorkflowUID(model) || !mayRead) return null;
  return {
    title: intl.formatMessage(message('panel.title')),
    content: (
      <ApprovalPanelContent
        key={`${model}:${documentId}`}
        uid={model}
        documentId={documentId}
        collectionType={collectionType}
        savedAt={typeof document?.updatedAt === 'string' ? document.updatedAt : null}
      />
    ),
  };
};

interface ContentProps {
  uid: WorkflowUID;
  documentId: string;
  collectionType: string;
  /** When the content manager last saved the document: a save may void a submission or approval. */
  savedAt: string | null;
}

interface TextFieldProps {
  /** Also the field's id and its data-testid, which browser tests use. */
  name: string;
  label: string;
  hint: string;
  error?: string;
  value: string;
  required?: boolean;
  inputRef: React.RefObject<HTMLTextAreaElement>;
  onChange: (value: string) => void;
}

/** A labelled text area with its hint and error, as the panel's comment and reason fields. */
const TextField = ({ name, label, hint, error, value, required, inputRef, onChange }: TextFieldProps) => (
  <Field.Root name={name} id={name} error={error} hint={hint} required={required}>
    <Field.Label>{label}</Field.Label>
    <Textarea
      ref={inputRef}
      data-testid={name}
      value={value}
      maxLength={2000}
      onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
    />
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);

const ApprovalPanelContent = ({ uid, documentId, collectionType, savedAt }: ContentProps) => {
  const intl = useIntl();
  const { toggleNotification } = useNotification();
  const { status, loadFailure, isLoading, reload, run } = useApprovalStatus(uid, documentId);
  const refetchDocument = useRefetchEditedDocument(collectionType, uid, documentId);
  const hasUnsavedChanges = useForm('ApprovalPanel', (form) => form.modified, false) ?? false;
  const isSuperAdmin = useAuth(
    'ApprovalPanel',
    (auth) => auth.user?.roles?.some((role) => role.code === ROLE_CODES.superAdmin) ?? false
  );

  const [busy, setBusy] = React.useState<PanelAction | null>(null);
  const [comment, setComment] = React.useState('');
  const [commentError, setCommentError] = React.useState<string | undefined>();
  const [needsOverride, setNeedsOverride] = React.useState(false);
  const [overrideReason, setOverrideReason] = React.useState('');
  const [overrideError, setOverrideError] = React.useState<string | undefined>();
  const [isStale, setIsStale] = React.useState(false);
  const commentRef = React.useRef<HTMLTextAreaElement>(null);
  const overrideRef = React.useRef<HTMLTextAreaElement>(null);

  // A save in the edit view may have changed the state (an edit voids a submission): ask again.
  const lastSavedAt = React.useRef(savedAt);
  React.useEffect(() => {
    if (lastSavedAt.current === savedAt) return;
    lastSavedAt.current = savedAt;
    setIsStale(false);
    void reload();
  }, [savedAt, reload]);

  /** The server's reason in the user's language when it gave a known code, else its own words. */
  const failureText = (failure: RequestFailure) => {
    const key = `error.code.${failure.code}` as MessageKey;
    if (failure.code && key in en) {
      const state =
        typeof failure.details?.state === 'string'
          ? intl.formatMessage(message(`state.${failure.details.state}` as MessageKey))
          : '';
      return intl.formatMessage(message(key), {
        department: typeof failure.details?.department === 'string' ? failure.details.department : '',
        state,
      });
    }
    return failure.message ?? intl.formatMessage(message('error.generic'));
  };

  const act = async (action: PanelAction, body?: Record<string, unknown>) => {
    setBusy(action);
    const result = await run(action, body);
    setBusy(null);
    if (!result.ok) {
      if (result.status === 409) setIsStale(true);
      if (action === 'approve' && result.status === 403 && isSuperAdmin) setNeedsOverride(true);
      toggleNotification({ type: 'danger', message: failureText(result) });
      return;
    }
    toggleNotification({ type: 'success', message: intl.formatMessage(message(`done.${action}`)) });
    if (action === 'publish' || action === 'unpublish') {
      // The content manager keeps its own idea of the document's status: show it the new one.
      window.location.reload();
      return;
    }
    setComment('');
    setCommentError(undefined);
    setOverrideReason('');
    setNeedsOverride(false);
    // Refetching resets the form to the saved values, so only when nothing is left unsaved.
    if (!hasUnsavedChanges) refetchDocument();
  };

  if (!status) {
    if (isLoading) {
      return <Loader small>{intl.formatMessage(message('panel.loading'))}</Loader>;
    }
    return (
      <Typography variant="pi" textColor="danger600" data-testid="approval-error">
        {loadFailure?.message ?? intl.formatMessage(message('panel.error'))}
      </Typography>
    );
  }

  const allowed = status.allowedActions;
  const trimmedComment = comment.trim() || undefined;
  const showsComment = allowed.submit || allowed.approve || allowed.reject;
  // A reviewer who may send a submission back but not approve it is looking at their own work.
  const ownWork = status.state === 'submitted' && allowed.reject && !allowed.approve;

  const submit = () => act('submit', { comment: trimmedComment });

  const approve = () => {
    const reason = overrideReason.trim();
    if (needsOverride && !reason) {
      setOverrideError(intl.formatMessage(message('field.overrideReason.required')));
      overrideRef.current?.focus();
      return;
    }
    setOverrideError(undefined);
    void act('approve', {
      fingerprint: status.fingerprint ?? undefined,
      comment: trimmedComment,
      ...(needsOverride ? { overrideReason: reason } : {}),
    });
  };

  const reject = () => {
    if (!trimmedComment) {
      setCommentError(intl.formatMessage(message('field.comment.required')));
      commentRef.current?.focus();
      return;
    }
    setCommentError(undefined);
    void act('reject', { comment: trimmedComment });
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
      <Summary status={status} />

      {ownWork && (
        <Typography variant="pi" textColor="neutral600" data-testid="approval-own-work">
          {intl.formatMessage(message('panel.ownWork'))}
        </Typography>
      )}

      {isStale && (
        <Box padding={3} background="warning100" borderColor="warning200" hasRadius>
          <Flex direction="column" alignItems="flex-start" gap={2}>
            <Typography variant="pi" textColor="warning700">
              {intl.formatMessage(message('panel.stale'))}
            </Typography>
            <Button size="S" variant="secondary" onClick={() => window.location.reload()}>
              {intl.formatMessage(message('panel.reload'))}
            </Button>
          </Flex>
        </Box>
      )}

      {showsComment && (
        <TextField
          name="approval-comment"
          label={intl.formatMessage(message('field.comment'))}
          hint={intl.formatMessage(message('field.comment.hint'))}
          error={commentError}
          value={comment}
          inputRef={commentRef}
          onChange={(value) => {
            setComment(value);
            if (value.trim()) setCommentError(undefined);
          }}
        />
      )}

      {allowed.approve && needsOverride && (
        <TextField
          name="approval-override-reason"
          label={intl.formatMessage(message('field.overrideReason'))}
          hint={intl.formatMessage(message('field.overrideReason.hint'))}
          error={overrideError}
          value={overrideReason}
          inputRef={overrideRef}
          required
          onChange={(value) => {
            setOverrideReason(value);
            if (value.trim()) setOverrideError(undefined);
          }}
        />
      )}

      <Flex direction="column" alignItems="stretch" gap={2}>
        {allowed.submit && (
          <Flex direction="column" alignItems="stretch" gap={1}>
            <Button
              fullWidth
              startIcon={<PaperPlane />}
              data-testid="approval-submit"
              disabled={hasUnsavedChanges || busy !== null}
              loading={busy === 'submit'}
              aria-describedby={hasUnsavedChanges ? 'approval-submit-hint' : undefined}
              onClick={() => void submit()}
            >
              {intl.formatMessage(message('action.submit'))}
            </Button>
            {hasUnsavedChanges && (
              <Typography id="approval-submit-hint" variant="pi" textColor="neutral600">
                {intl.formatMessage(message('action.submit.unsaved'))}
              </Typography>
            )}
          </Flex>
        )}
        {allowed.approve && (
          <Button
            fullWidth
            variant="success"
            startIcon={<Check />}
            data-testid="approval-approve"
            disabled={busy !== null || isStale}
            loading={busy === 'approve'}
            onClick={approve}
          >
            {intl.formatMessage(message('action.approve'))}
          </Button>
        )}
        {allowed.reject && (
          <Button
            fullWidth
            variant="danger-light"
            startIcon={<Cross />}
            data-testid="approval-reject"
            disabled={busy !== null}
            loading={busy === 'reject'}
            onClick={reject}
          >
            {intl.formatMessage(message('action.reject'))}
          </Button>
        )}
        {allowed.publish && (
          <Button
            fullWidth
            startIcon={<Earth />}
            data-testid="approval-publish"
            disabled={busy !== null || isStale}
            loading={busy === 'publish'}
            onClick={() => void act('publish')}
          >
            {intl.formatMessage(message('action.publish'))}
          </Button>
        )}
        {allowed.unpublish && (
          <Button
            fullWidth
            variant="tertiary"
            startIcon={<EyeStriked />}
            data-testid="approval-unpublish"
            disabled={busy !== null}
            loading={busy === 'unpublish'}
            onClick={() => void act('unpublish')}
          >
            {intl.formatMessage(message('action.unpublish'))}
          </Button>
        )}
      </Flex>

      {allowed.schedule && <Schedule status={status} busy={busy !== null} onSave={(times) => act('schedule', times)} />}

      <MediaList items={status.media ?? []} />

      <History entries={status.history} />
    </Flex>
  );
};

/** The state, who set it and when, and what the reviewer said or planned. */
const Summary = ({ status }: { status: ApprovalStatus }) => {
  const intl = useIntl();
  const time = formatDateTime(status.changedAt);
  return (
    <Flex direction="column" alignItems="flex-start" gap={2}>
      <StateBadge state={status.state} data-testid="approval-state" />
      {(status.changedBy || time) && (
        <Typography variant="pi" textColor="neutral600">
          {status.changedBy
            ? intl.formatMessage(message('panel.changed'), { actor: status.changedBy, time })
            : intl.formatMessage(message('panel.changedAt'), { time })}
        </Typography>
      )}
      {status.department && (
        <Typography variant="pi" textColor="neutral600">
          {intl.formatMessage(message('panel.department'), { department: status.department })}
        </Typography>
      )}
      {status.comment && (status.state === 'rejected' || status.state === 'approved') && (
        <Box
          padding={3}
          width="100%"
          hasRadius
          background={status.state === 'rejected' ? 'danger100' : 'neutral100'}
          borderColor={status.state === 'rejected' ? 'danger200' : 'neutral200'}
          data-testid="approval-review-comment"
        >
          <Typography variant="sigma" textColor={status.state === 'rejected' ? 'danger700' : 'neutral700'} tag="p">
            {intl.formatMessage(
              message(status.state === 'rejected' ? 'panel.rejectionComment' : 'panel.approvalComment')
            )}
          </Typography>
          <Typography variant="omega" textColor="neutral800" tag="p">
            {status.comment}
          </Typography>
        </Box>
      )}
      {status.publishAt && (
        <Typography variant="pi" textColor="neutral700">
          {intl.formatMessage(message('panel.scheduledPublish'), { time: formatDateTime(status.publishAt) })}
        </Typography>
      )}
      {status.unpublishAt && (
        <Typography variant="pi" textColor="neutral700">
          {intl.formatMessage(message('panel.scheduledUnpublish'), { time: formatDateTime(status.unpublishAt) })}
        </Typography>
      )}
      {status.hasPublishedVersion && status.state !== 'published' && (
        <Typography variant="pi" textColor="neutral600">
          {intl.formatMessage(message('panel.liveVersion'))}
        </Typography>
      )}
    </Flex>
  );
};

interface ScheduleProps {
  status: ApprovalStatus;
  busy: boolean;
  onSave: (times: { publishAt: string | null; unpublishAt: string | null }) => Promise<void>;
}

/** When an approved version goes online and, for it or the live one, when it comes down. */
const Schedule = ({ status, busy, onSave }: ScheduleProps) => {
  const intl = useIntl();
  // Only an approved version can be given a publication time; a live one only a removal time.
  const canSetPublishAt = status.state === 'approved';
  const [publishAt, setPublishAt] = React.useState(toLocalInput(status.publishAt));
  const [unpublishAt, setUnpublishAt] = React.useState(toLocalInput(status.unpublishAt));

  React.useEffect(() => {
    setPublishAt(toLocalInput(status.publishAt));
    setUnpublishAt(toLocalInput(status.unpublishAt));
  }, [status.publishAt, status.unpublishAt]);

  const hasSchedule = Boolean(status.publishAt || status.unpublishAt);

  return (
    <Flex
      role="group"
      aria-labelledby="approval-schedule-title"
      direction="column"
      alignItems="stretch"
      gap={3}
      padding={3}
      hasRadius
      borderColor="neutral200"
      data-testid="approval-schedule"
    >
      <Typography id="approval-schedule-title" variant="sigma" textColor="neutral600">
        {intl.formatMessage(message('schedule.title'))}
      </Typography>
      {canSetPublishAt && (
        <Field.Root name="approval-publish-at" id="approval-publish-at">
          <Field.Label>{intl.formatMessage(message('field.publishAt'))}</Field.Label>
          <TextInput
            type="datetime-local"
            data-testid="approval-publish-at"
            value={publishAt}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setPublishAt(event.target.value)}
          />
        </Field.Root>
      )}
      <Field.Root
        name="approval-unpublish-at"
        id="approval-unpublish-at"
        hint={intl.formatMessage(message('schedule.hint'))}
      >
        <Field.Label>{intl.formatMessage(message('field.unpublishAt'))}</Field.Label>
        <TextInput
          type="datetime-local"
          data-testid="approval-unpublish-at"
          value={unpublishAt}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setUnpublishAt(event.target.value)}
        />
        <Field.Hint />
      </Field.Root>
      <Flex gap={2} wrap="wrap">
        <Button
          size="S"
          variant="secondary"
          data-testid="approval-schedule-save"
          disabled={busy}
          onClick={() =>
            void onSave({
              publishAt: canSetPublishAt ? fromLocalInput(publishAt) : null,
              unpublishAt: fromLocalInput(unpublishAt),
            })
          }
        >
          {intl.formatMessage(message('action.schedule'))}
        </Button>
        {hasSchedule && (
          <Button
            size="S"
            variant="tertiary"
            data-testid="approval-schedule-clear"
            disabled={busy}
            onClick={() => void onSave({ publishAt: null, unpublishAt: null })}
          >
            {intl.formatMessage(message('action.schedule.clear'))}
          </Button>
        )}
      </Flex>
    </Flex>
  );
};
