import type { Core } from '@strapi/strapi';
import { DEPARTMENT_KEY_ATTRIBUTE, EVENT_UID, REVIEW_UID, STATE_ATTRIBUTE, STATES, WORKFLOW_UIDS } from './constants';
import { documentGuard } from './middlewares/document-guard';

interface ExtensibleContentType {
  attributes: Record<string, unknown>;
  config?: { metadatas?: Record<string, unknown>; layouts?: { list?: string[] } };
}

interface ContentTypesRegistry {
  extend(uid: string, extender: (contentType: ExtensibleContentType) => ExtensibleContentType): void;
}

/** The list view's columns as the type configures them, or its first plain fields. */
const listedFields = (contentType: ExtensibleContentType): string[] =>
  contentType.config?.layouts?.list ??
  Object.entries(contentType.attributes)
    .filter(([, attribute]) => ['string', 'integer', 'date', 'datetime'].includes((attribute as { type: string }).type))
    .map(([name]) => name)
    .filter((name) => name !== STATE_ATTRIBUTE && name !== DEPARTMENT_KEY_ATTRIBUTE);

/**
 * Adds the workflow's two fields to every workflow type (as review-workflows adds its stage),
 * shows the state in the content manager's list view, where it can also be filtered on, and
 * installs the Document Service guard.
 */
const register = ({ strapi }: { strapi: Core.Strapi }) => {
  for (const uid of WORKFLOW_UIDS) {
    strapi.get<ContentTypesRegistry>('content-types').extend(uid, (contentType) => {
      Object.assign(contentType.attributes, {
        [STATE_ATTRIBUTE]: {
          type: 'enumeration',
          enum: [...STATES],
          default: 'draft',
          private: true,
          writable: false,
          configurable: false,
        },
        [DEPARTMENT_KEY_ATTRIBUTE]: {
          type: 'string',
          private: true,
          writable: false,
          visible: false,
          configurable: false,
        },
      });
      const label = 'Trạng thái duyệt';
      contentType.config = {
        ...contentType.config,
        metadatas: {
          ...contentType.config?.metadatas,
          // Listed and filterable, not in the edit form: the approval panel shows and changes it.
          [STATE_ATTRIBUTE]: {
            edit: { label, editable: false, visible: false },
            list: { label, searchable: false, sortable: true },
          },
        },
        layouts: {
          ...contentType.config?.layouts,
          list: [...listedFields(contentType).slice(0, 3), STATE_ATTRIBUTE],
        },
      };
      return contentType;
    });
  }

  strapi.documents.use(documentGuard(strapi));

  // The workflow's own tables are admin-only: keep them out of the public GraphQL schema.
  const graphql = strapi.plugin('graphql');
  if (graphql) {
    const extension = graphql.service<{ shadowCRUD(uid: string): { disable(): void } }>('extension');
    extension.shadowCRUD(REVIEW_UID).disable();
    extension.shadowCRUD(EVENT_UID).disable();
  }
};

export default register;
