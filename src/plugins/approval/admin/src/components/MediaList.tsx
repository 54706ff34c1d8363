import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { MediaItem } from '../../../server/src/api-types';
import { message } from '../utils/translations';

/**
 * The pictures and files the draft shows, with their alt text and caption: they are part of what
 * the head approves (a later change to any of them voids the approval).
 */
export const MediaList = ({ items }: { items: MediaItem[] }) => {
  const intl = useIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="approval-media">
      <Typography variant="sigma" textColor="neutral600">
        {`${intl.formatMessage(message('media.title'))} (${items.length})`}
      </Typography>
      {items.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {intl.formatMessage(message('media.empty'))}
        </Typography>
      ) : (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
          {items.map((item) => (
            <Flex tag="li" key={`${item.field}-${item.id}`} gap={2} alignItems="flex-start">
              {item.mime?.startsWith('image/') ? (
                <Box shrink={0} width="48px" height="48px" overflow="hidden" hasRadius background="neutral100">
                  <img
                    src={item.url}
                    alt={item.alternativeText ?? ''}
                    width={48}
                    height={48}
                    style={{ objectFit: 'cover' }}
                  />
                </Box>
              ) : null}
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography variant="omega" fontWeight="bold">
                  <a href={item.url} target="_blank" rel="noreferrer noopener">
                    {item.name}
                  </a>
                </Typography>
                <Typography variant="pi" textColor="neutral600">
                  {intl.formatMessage(message('media.field'), { field: item.field })}
                </Typography>
                <Typography variant="pi" textColor="neutral800">
                  {intl.formatMessage(message('media.alt'), {
                    text: item.alternativeText || intl.formatMessage(message('media.none')),
                  })}
                </Typography>
                {item.caption ? (
                  <Typography variant="pi" textColor="neutral800">
                    {intl.formatMessage(message('media.caption'), { text: item.caption })}
                  </Typography>
                ) : null}
              </Flex>
            </Flex>
          ))}
        </Flex>
      )}
    </Flex>
  );
};
