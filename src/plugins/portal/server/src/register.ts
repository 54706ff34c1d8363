import type { Core } from '@strapi/strapi';
import { SEARCH_TEXT, SEARCH_TITLE, UID } from './constants';
import { registerGraphql } from './graphql';
import { invalidateCache } from './middlewares/invalidate';
import { searchText } from './middlewares/search-text';

/**
 * Adds the private search columns to articles (derived, never written by editors) and installs
 * the Document Service middlewares that keep them and the response cache current, and adds the
 * delivery API's GraphQL queries.
 */
interface ContentTypeRegistry {
  extend(uid: string, extender: (contentType: { attributes: Record<string, unknown> }) => unknown): void;
}

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi
    .get<ContentTypeRegistry>('content-types')
    .extend(UID.article, (contentType: { attributes: Record<string, unknown> }) => {
      // One object each: Strapi writes the column name into the attribute definition.
      const derived = () => ({ type: 'text', private: true, writable: false, visible: false, configurable: false });
      Object.assign(contentType.attributes, { [SEARCH_TITLE]: derived(), [SEARCH_TEXT]: derived() });
      return contentType;
    });
  strapi.documents.use(invalidateCache(strapi));
  strapi.documents.use(searchText(strapi));
  registerGraphql(strapi);
};

export default register;
