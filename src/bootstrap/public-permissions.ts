import type { Core } from '@strapi/strapi';
import { PORTAL_UIDS, PUBLIC_READ_ACTIONS } from '../constants';

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

/**
 * The public role reads published content of every portal type (`find`, `findOne`) and does
 * nothing else with them: grants it lacks are added, any other grant on these types (say, a
 * `create` ticked by mistake in the admin) is removed. Safe to run at every start.
 *
 * users-permissions keeps grants as plain rows of its own tables and writes them the same way.
 */
export const syncPublicPermissions = async (strapi: Core.Strapi): Promise<{ added: string[]; removed: string[] }> => {
  const role = (await strapi.db.query(ROLE).findOne({ where: { type: 'public' } })) as { id: number } | null;
  if (!role) throw new Error('The users-permissions public role is missing: the plugin did not start.');

  const wanted = new Set(PORTAL_UIDS.flatMap((uid) => PUBLIC_READ_ACTIONS.map((action) => `${uid}.${action}`)));
  const current = (await strapi.db.query(PERMISSION).findMany({
    select: ['id', 'action'],
    where: { role: role.id, $or: PORTAL_UIDS.map((uid) => ({ action: { $startsWith: `${uid}.` } })) },
  })) as { id: number; action: string }[];

  const removed = current.filter((permission) => !wanted.has(permission.action));
  if (removed.length) {
    await strapi.db
      .query(PERMISSION)
      .deleteMany({ where: { id: { $in: removed.map((permission) => permission.id) } } });
  }
  const have = new Set(current.map((permission) => permission.action));
  const added = [...wanted].filter((action) => !have.has(action));
  for (const action of added) {
    await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
  }
  return { added, removed: removed.map((permission) => permission.action) };
};
