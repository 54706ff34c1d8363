import type { Core } from '@strapi/strapi';

/**
 * A plugin's typed `getService`: `serviceGetter<typeof services>('portal')` gives
 * `getService(strapi, 'cache')` the type of the plugin's own cache service.
 */
export const serviceGetter =
  <Services extends Record<string, (...args: never[]) => unknown>>(pluginId: string) =>
  <Name extends keyof Services & string>(strapi: Core.Strapi, name: Name): ReturnType<Services[Name]> =>
    strapi.plugin(pluginId).service(name) as ReturnType<Services[Name]>;
