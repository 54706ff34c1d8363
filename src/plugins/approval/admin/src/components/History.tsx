import { Accordion, Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { HistoryEntry } from '../../../server/src/api-types';
import { formatDateTime } from '../utils/dates';
import { message, type MessageKey } from '../utils/translations';

const STATE_KEYS = new Set(['draft', 'submitted', 'approved', 'rejected', 'published']);

/** The document's audit trail, newest first, folded away until asked for. */
export const History = ({ entries }: { entries: HistoryEntry[] }) => {
  const intl = useIntl();
  const label = (prefix: 'history.action' | 'state', value: string | null) => {
    if (!value) return '-';
    const key = `${prefix}.${value}` as MessageKey;
    return prefix === 'state' && !STATE_KEYS.has(value) ? value : intl.formatMessage(message(key));
  };
  const newestFirst = [...entries].reverse();

  return (
    <Accordion.Root size="S" data-testid="approval-history">
      <Accordion.Item value="history">
        <Accordion.Header>
          <Accordion.Trigger>{`${intl.formatMessage(message('history.title'))} (${entries.length})`}</Accordion.Trigger>
        </Accordion.Header>
        <Accordion.Content>
          {newestFirst.length === 0 ? (
            <Box padding={3}>
              <Typography variant="pi" textColor="neutral600">
                {intl.formatMessage(message('history.empty'))}
              </Typography>
            </Box>
          ) : (
            <Flex tag="ol" direction="column" alignItems="stretch" gap={3} padding={3}>
              {newestFirst.map((entry) => (
                <Flex
                  tag="li"
                  key={entry.id}
                  direction="column"
                  alignItems="flex-start"
                  gap={1}
                  data-action={entry.action}
                >
                  <Typography variant="omega" fontWeight="bold">
                    {label('history.action', entry.action)}
                    {entry.override ? ` (${intl.formatMessage(message('history.override'))})` : ''}
                  </Typography>
                  {entry.fromState !== entry.toState && (
                    <Typography variant="pi" textColor="neutral700">
                      {`${label('state', entry.fromState)} → ${label('state', entry.toState)}`}
                    </Typography>
                  )}
                  <Typography variant="pi" textColor="neutral600">
                    {intl.formatMessage(message('history.entry'), {
                      actor: entry.actorName,
                      time: formatDateTime(entry.createdAt),
                    })}
                  </Typography>
                  {entry.comment && (
                    <Typography variant="pi" textColor="neutral800">
                      {`“${entry.comment}”`}
                    </Typography>
                  )}
                </Flex>
              ))}
            </Flex>
          )}
        </Accordion.Content>
      </Accordion.Item>
    </Accordion.Root>
  );
};
