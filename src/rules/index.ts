import type { Core } from '@strapi/strapi';
import { articleRule } from './article';
import { bodyHtmlRule } from './body-html';
import { figuresRule } from './figures';
import { inUseRule } from './in-use';
import { publishedOnlyRule } from './published-only';
import { slugRule } from './slug';
import { treeRule } from './tree';

/**
 * The write-path rules of the content model, as Document Service middlewares: they hold for the
 * admin panel, REST, GraphQL and code alike.
 */
export const registerDocumentRules = (strapi: Core.Strapi): void => {
  strapi.documents.use(publishedOnlyRule(strapi));
  strapi.documents.use(slugRule(strapi));
  strapi.documents.use(treeRule(strapi));
  strapi.documents.use(articleRule(strapi));
  strapi.documents.use(bodyHtmlRule(strapi));
  strapi.documents.use(figuresRule(strapi));
  strapi.documents.use(inUseRule(strapi));
};
