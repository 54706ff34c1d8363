import * as React from 'react';
import { Box, EmptyStateLayout, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { ACTIONS, PLUGIN_ID } from '../../../server/src/constants';
import type { QueueItem } from '../types';
import { formatDateTime } from '../utils/dates';
import { describeFailure, isAbort } from '../utils/errors';
import { message } from '../utils/translations';

const PERMISSIONS = [{ action: ACTIONS.review, subject: null }];

/** "Chờ duyệt": the submissions waiting for the signed-in head's approval. */
export const QueuePage = () => (
  <Page.Protect permissions={PERMISSIONS}>
    <Queue />
  </Page.Protect>
);

const Queue = () => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const [items, setItems] = React.useState<QueueItem[] | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);

  React.useEffect(() => {
    get<{ data: QueueItem[] }>(`/${PLUGIN_ID}/queue`)
      .then(({ data }) => setItems(data.data))
      .catch((error: unknown) => {
        if (!isAbort(error)) setFailure(describeFailure(error).message ?? formatMessage(message('queue.error')));
      });
  }, [get, formatMessage]);

  const title = formatMessage(message('queue.title'));

  if (failure) {
    return (
      <Page.Main>
        <Page.Title>{title}</Page.Title>
        <Page.Error content={failure} />
      </Page.Main>
    );
  }
  if (!items) return <Page.Loading />;

  const headers = [
    message('queue.column.title'),
    message('queue.column.type'),
    message('queue.column.department'),
    message('queue.column.submittedBy'),
    message('queue.column.submittedAt'),
  ];

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={
          items.length > 0
            ? formatMessage(message('queue.count'), { count: items.length })
            : formatMessage(message('queue.subtitle'))
        }
      />
      <Layouts.Content>
        {items.length === 0 ? (
          <Box data-testid="approval-queue-empty">
            <EmptyStateLayout icon={<EmptyDocuments width="16rem" />} content={formatMessage(message('queue.empty'))} />
          </Box>
        ) : (
          <Table colCount={headers.length} rowCount={items.length + 1} data-testid="approval-queue">
            <Thead>
              <Tr>
                {headers.map((header) => (
                  <Th key={String(header.id)}>
                    <Typography variant="sigma" textColor="neutral600">
                      {formatMessage(header)}
                    </Typography>
                  </Th>
                ))}
              </Tr>
            </Thead>
            <Tbody>
              {items.map((item) => (
                <Tr key={`${item.uid}:${item.documentId}`} data-document-id={item.documentId}>
                  <Td>
                    <Link tag={NavLink} to={`/content-manager/collection-types/${item.uid}/${item.documentId}`}>
                      {item.title || item.documentId}
                    </Link>
                  </Td>
                  <Td>
                    <Typography textColor="neutral800">{formatMessage(message(`type.${item.uid}`))}</Typography>
                  </Td>
                  <Td>
                    <Typography textColor="neutral800">{item.department ?? '-'}</Typography>
                  </Td>
                  <Td>
                    <Typography textColor="neutral800">{item.submittedBy ?? '-'}</Typography>
                  </Td>
                  <Td>
                    <Typography textColor="neutral800">
                      {item.submittedAt ? (
                        <time dateTime={item.submittedAt}>{formatDateTime(item.submittedAt)}</time>
                      ) : (
                        '-'
                      )}
                    </Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

export default QueuePage;
