import type { ListFieldLayout, ListLayout } from '@strapi/content-manager/strapi-admin';
import { STATE_ATTRIBUTE } from '../../../server/src/constants';
import { StateBadge } from './StateBadge';

interface ListViewHeaders {
  displayedHeaders: ListFieldLayout[];
  layout: ListLayout;
}

/**
 * Hook of the content manager's list view (`Admin/CM/pages/ListView/inject-column-in-table`):
 * the `reviewState` column the server adds to the workflow types shows the translated badge
 * instead of the raw enum value. Other columns and content types are left as they are.
 */
export const renderReviewStateColumn = ({ displayedHeaders, layout }: ListViewHeaders): ListViewHeaders => ({
  displayedHeaders: displayedHeaders.map((header) =>
    header.name === STATE_ATTRIBUTE
      ? { ...header, cellFormatter: (row) => <StateBadge state={(row as Record<string, unknown>)[STATE_ATTRIBUTE]} /> }
      : header
  ),
  layout,
});
