import * as React from 'react';
import { unstable_useDocument as useDocument, useQueryParams } from '@strapi/strapi/admin';

/**
 * The edit view's query parameters as the content manager sends them (its `buildValidParams`):
 * plugin options such as `plugins[i18n][locale]` become plain parameters. They must match, so
 * that the hook below shares the edit view's cached document instead of fetching another one.
 */
const documentParams = (query: Record<string, unknown>): Record<string, unknown> => {
  const { plugins, ...rest } = query;
  const options = Object.values((plugins ?? {}) as Record<string, unknown>).reduce<Record<string, unknown>>(
    (all, option) => (typeof option === 'object' && option !== null ? Object.assign(all, option) : all),
    {}
  );
  return { ...rest, ...options };
};

/**
 * Refetches the document open in the edit view, so that what the workflow wrote to it (its
 * `reviewState`) shows without reloading the page.
 */
export const useRefetchEditedDocument = (collectionType: string, model: string, documentId: string) => {
  const [{ query }] = useQueryParams<Record<string, unknown>>();
  const params = React.useMemo(() => documentParams(query), [query]);
  const { refetch } = useDocument({ collectionType, model, documentId, params });
  return refetch;
};
