import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { respondCached } from '../http';
import { openApiDocument } from '../openapi';

const body = JSON.stringify(openApiDocument);

/** The API's own description, for frontend developers and their tools. */
const docs = ({ strapi }: { strapi: Core.Strapi }) => ({
  async openapi(ctx: Context) {
    await respondCached(strapi, ctx, () => Promise.resolve({ body }));
  },
});

export default docs;
