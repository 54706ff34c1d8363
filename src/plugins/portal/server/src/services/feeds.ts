import type { Core } from '@strapi/strapi';
import type { Rendered } from '../http';

/** RSS 2.0 for the whole site and each section, and the sitemap of published content. */
const feeds = ({ strapi }: { strapi: Core.Strapi }) => ({
  async siteRss(): Promise<Rendered> {
    void strapi;
    throw new Error('not implemented yet');
  },
  async sectionRss(_slug: string): Promise<Rendered> {
    throw new Error('not implemented yet');
  },
  async sitemap(): Promise<Rendered> {
    throw new Error('not implemented yet');
  },
});

export default feeds;
