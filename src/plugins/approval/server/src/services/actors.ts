import type { Core } from '@strapi/strapi';
import { DEPARTMENT_UID, ROLE_CODES } from '../constants';

/** Who is acting, as far as the approval workflow is concerned. */
export type Actor =
  | {
      kind: 'admin';
      id: number;
      name: string;
      isSuperAdmin: boolean;
      isHead: boolean;
      isEditor: boolean;
      /** documentIds of the departments the user is a member of. */
      departmentKeys: string[];
    }
  /** A REST or GraphQL caller (public, signed-in member or API token): it never publishes. */
  | { kind: 'reader'; strategy: string }
  /** Code running without a request: the scheduler, the seed, a script. */
  | { kind: 'system'; name: string };

export type AdminActor = Extract<Actor, { kind: 'admin' }>;

interface AdminUserRow {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string | null;
  roles?: { code: string }[];
}

export const displayName = (user: AdminUserRow): string =>
  [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email || `#${user.id}`;

const actors = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** documentIds of the departments an admin user belongs to (department membership is data, edited by super admins). */
  async departmentKeysOf(userId: number): Promise<string[]> {
    const rows = (await strapi.db.query(DEPARTMENT_UID).findMany({
      select: ['documentId'],
      where: { members: { id: userId } },
    })) as { documentId: string }[];
    return [...new Set(rows.map((row) => row.documentId))];
  },

  /** The admin user as an actor, with roles and department memberships (loaded when not given). */
  async fromAdminUser(given: AdminUserRow): Promise<AdminActor> {
    const user =
      given.roles && (given.firstname !== undefined || given.email !== undefined)
        ? given
        : (((await strapi.db
            .query('admin::user')
            .findOne({ where: { id: given.id }, populate: ['roles'] })) as AdminUserRow | null) ?? given);
    const codes = (user.roles ?? []).map((role) => role.code);
    return {
      kind: 'admin',
      id: user.id,
      name: displayName(user),
      isSuperAdmin: codes.includes(ROLE_CODES.superAdmin),
      isHead: codes.includes(ROLE_CODES.head),
      isEditor: codes.includes(ROLE_CODES.editor),
      departmentKeys: await this.departmentKeysOf(user.id),
    };
  },

  /** Who is behind the current Document Service call: the request's admin user, a content-API caller, or code. */
  async current(): Promise<Actor> {
    const ctx = strapi.requestContext.get();
    if (!ctx) return { kind: 'system', name: 'system' };
    const state = ctx.state as {
      auth?: { strategy?: { name?: string } };
      user?: AdminUserRow;
      route?: { info?: { type?: string } };
    };
    const strategy = state.auth?.strategy?.name ?? '';
    if ((strategy === 'admin' || strategy === 'admin-token') && state.user) return this.fromAdminUser(state.user);
    if (state.route?.info?.type === 'content-api' || strategy)
      return { kind: 'reader', strategy: strategy || 'public' };
    return { kind: 'system', name: 'system' };
  },

  /** Active members of a department who hold the head role: they approve its submissions. */
  async headsOf(departmentKey: string): Promise<{ id: number; email: string; name: string }[]> {
    const department = (await strapi.db.query(DEPARTMENT_UID).findOne({
      where: { documentId: departmentKey },
      populate: { members: { populate: ['roles'] } },
    })) as { members?: (AdminUserRow & { isActive?: boolean })[] } | null;
    return (department?.members ?? [])
      .filter((member) => member.isActive !== false && member.roles?.some((role) => role.code === ROLE_CODES.head))
      .flatMap((member) => (member.email ? [{ id: member.id, email: member.email, name: displayName(member) }] : []));
  },
});

export default actors;
