import * as React from 'react';
import {
  Box,
  Button,
  EmptyStateLayout,
  Flex,
  Link,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { ACTIONS, PLUGIN_ID } from '../../../server/src/constants';
import type { Pagination, QueueAnswer, QueueItem } from '../../../server/src/api-types';
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
  const intl = useIntl();
  const { get } = useFetchClient();
  const [page, setPage] = React.useState(1);
  const [items, setItems] = React.useState<QueueItem[] | null>(null);
  const [pagination, setPagination] = React.useState<Pagination | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);

  React.useEffect(() => {
    get<QueueAnswer>(`/${PLUGIN_ID}/queue`, { params: { page } })
      .then(({ data }) => {
        setItems(data.data);
        setPagination(data.meta.pagination);
      })
      .catch((error: unknown) => {
        if (!isAbort(error)) setFailure(describeFailure(error).message ?? intl.formatMessage(message('queue.error')));
      });
  }, [get, intl, page]);

  const title = intl.formatMessage(message('queue.title'));

  if (failure) {
    return (
      <Page.Main>
        <Page.Title>{title}</Page.Title>
        <Page.Error content={failure} />
      </Page.Main>
    );
  }
  if (!items) return <Page.Loading />;
  const total = pagination?.total ?? items.length;
  const pageCount = pagination?.pageCount ?? 1;

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
          total > 0
            ? intl.formatMessage(message('queue.count'), { count: total })
            : intl.formatMessage(message('queue.subtitle'))
        }
      />
      <Layouts.Content>
        {items.length === 0 ? (
          <Box data-testid="approval-queue-empty">
            <EmptyStateLayout
              icon={<EmptyDocuments width="16rem" />}
              content={intl.formatMessage(message('queue.empty'))}
            />
          </Box>
        ) : (
          <Table colCount={headers.length} rowCount={items.length + 1} data-testid="approval-queue">
            <Thead>
              <Tr>
                {headers.map((header) => (
                  <Th key={String(header.id)}>
                    <Typography variant="sigma" textColor="neutral600">
                      {intl.formatMessage(header)}
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
                    <Typography textColor="neutral800">{intl.formatMessage(message(`type.${item.uid}`))}</Typography>
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
        {pageCount > 1 && (
          <Flex justifyContent="flex-end" alignItems="center" gap={2} paddingTop={4} data-testid="approval-queue-pages">
            <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {intl.formatMessage(message('queue.previous'))}
            </Button>
            <Typography textColor="neutral800">
              {intl.formatMessage(message('queue.page'), { page, pageCount })}
            </Typography>
            <Button variant="tertiary" disabled={page >= pageCount} onClick={() => setPage(page + 1)}>
              {intl.formatMessage(message('queue.next'))}
            </Button>
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

export default QueuePage;
