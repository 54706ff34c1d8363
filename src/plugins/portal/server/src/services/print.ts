import type { Core } from '@strapi/strapi';
import type { Rendered } from '../http';

/** A print-friendly HTML page of a published article, with print and save. */
const print = ({ strapi }: { strapi: Core.Strapi }) => ({
  async render(_slug: string): Promise<Rendered> {
    void strapi;
    throw new Error('not implemented yet');
  },
});

export default print;
