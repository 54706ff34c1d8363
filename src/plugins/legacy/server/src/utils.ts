import { serviceGetter } from '../../../../shared';
import { PLUGIN_ID } from './constants';
import type services from './services';

/** The plugin's services, typed: `getService(strapi, 'redirects')`. */
export const getService = serviceGetter<typeof services>(PLUGIN_ID);
