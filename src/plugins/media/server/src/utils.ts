import type { Core } from '@strapi/strapi';
import type services from './services';
import { PLUGIN_ID } from './constants';
import type { MediaConfig } from './config';

type Services = typeof services;

/** The plugin's services, typed. */
export const getService = <T extends keyof Services>(strapi: Core.Strapi, name: T): ReturnType<Services[T]> =>
  strapi.plugin(PLUGIN_ID).service(name) as ReturnType<Services[T]>;

export const mediaConfig = (strapi: Core.Strapi): MediaConfig =>
  strapi.config.get(`plugin::${PLUGIN_ID}`) as MediaConfig;
