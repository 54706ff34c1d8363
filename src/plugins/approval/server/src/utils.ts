import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type services from './services';
import { PLUGIN_ID, type WorkflowUID } from './constants';

type Services = typeof services;

/** The plugin's services, typed. */
export const getService = <T extends keyof Services>(strapi: Core.Strapi, name: T): ReturnType<Services[T]> =>
  strapi.plugin(PLUGIN_ID).service<ReturnType<Services[T]>>(name);

/**
 * A refusal (403) whose message reaches the client as written: Strapi replaces a plain
 * ForbiddenError's message with "Forbidden" on its way out, but passes a PolicyError's on.
 */
export const refuse = (message: string, details?: Record<string, unknown>): errors.PolicyError =>
  new errors.PolicyError(message, details);

/** The content changed under the reviewer's eyes (answered with 409 by the controller). */
export class StaleContentError extends errors.ApplicationError {}

/** Runs a side effect (an e-mail) once the transition's transaction commits. */
export { afterCommit } from '../../../../utils/transactions';

/**
 * The Document Service's publish and unpublish for a workflow type. Every workflow type has draft
 * & publish, but Strapi's types cannot tell that from a UID only known at run time.
 */
export const publication = (strapi: Core.Strapi, uid: WorkflowUID) =>
  strapi.documents(uid) as unknown as {
    publish(params: { documentId: string }): Promise<unknown>;
    unpublish(params: { documentId: string }): Promise<unknown>;
  };
