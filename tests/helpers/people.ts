import crypto from 'node:crypto';
import { UID } from '../../src/constants';
import type { TestApp } from './strapi';

/** The portal's roles, plus Strapi's built-in Author role (an admin account outside the workflow). */
export type RoleName = 'editor' | 'head' | 'super admin' | 'strapi author';

const ROLE_CODES: Record<RoleName, string> = {
  editor: 'portal-editor',
  head: 'portal-head',
  'super admin': 'strapi-super-admin',
  'strapi author': 'strapi-author',
};

export interface Person {
  id: number;
  email: string;
  name: string;
  /** Authorization header of the person's admin session. */
  auth: string;
}

const PASSWORD = 'Test-Passw0rd';

/**
 * An admin user with a role, member of the given departments, signed in through the admin's own
 * login route (so every request goes through the admin's real authentication and RBAC).
 */
export const adminUser = async (
  app: TestApp,
  role: RoleName,
  departments: string[],
  name = `${role} ${crypto.randomBytes(2).toString('hex')}`
): Promise<Person> => {
  const email = `${name.replace(/[^a-z0-9]+/gi, '.').toLowerCase()}.${crypto.randomBytes(3).toString('hex')}@test.local`;
  const roleRow = (await app.strapi.db.query('admin::role').findOne({ where: { code: ROLE_CODES[role] } })) as {
    id: number;
  };
  const user = (await app.strapi.service('admin::user').create({
    email,
    firstname: name,
    lastname: '',
    password: PASSWORD,
    isActive: true,
    registrationToken: null,
    roles: [roleRow.id],
  })) as { id: number };
  for (const documentId of departments) {
    await app.strapi
      .documents(UID.department)
      .update({ documentId, data: { members: { connect: [{ id: user.id }] } } });
  }
  const response = await app.http().post('/admin/login').send({ email, password: PASSWORD }).expect(200);
  return { id: user.id, email, name, auth: `Bearer ${response.body.data.token as string}` };
};

/** The content manager's own routes, as the admin panel calls them. */
export const contentManager = (app: TestApp, person: Person, uid: string) => {
  const base = `/content-manager/collection-types/${uid}`;
  const call = (method: 'get' | 'post' | 'put' | 'delete', path: string, body?: unknown) => {
    const request = app.http()[method](`${base}${path}`).set('Authorization', person.auth);
    return body === undefined ? request : request.send(body as object);
  };
  return {
    create: (data: Record<string, unknown>) => call('post', '', data),
    update: (documentId: string, data: Record<string, unknown>) => call('put', `/${documentId}`, data),
    get: (documentId: string) => call('get', `/${documentId}`),
    list: () => call('get', '?page=1&pageSize=100'),
    publish: (documentId: string) => call('post', `/${documentId}/actions/publish`, {}),
    unpublish: (documentId: string) => call('post', `/${documentId}/actions/unpublish`, {}),
    bulkPublish: (documentIds: string[]) => call('post', '/actions/bulkPublish', { documentIds }),
    remove: (documentId: string) => call('delete', `/${documentId}`),
  };
};

/** The approval plugin's admin routes. */
export const approvalApi = (app: TestApp, person: Person, uid: string) => {
  const base = (documentId: string) => `/approval/documents/${uid}/${documentId}`;
  const post = (documentId: string, action: string, body: Record<string, unknown> = {}) =>
    app
      .http()
      .post(`${base(documentId)}/${action}`)
      .set('Authorization', person.auth)
      .send(body);
  return {
    status: (documentId: string) => app.http().get(base(documentId)).set('Authorization', person.auth),
    submit: (documentId: string, body: Record<string, unknown> = {}) => post(documentId, 'submit', body),
    approve: (documentId: string, body: Record<string, unknown> = {}) => post(documentId, 'approve', body),
    reject: (documentId: string, body: Record<string, unknown> = {}) => post(documentId, 'reject', body),
    schedule: (documentId: string, body: Record<string, unknown>) => post(documentId, 'schedule', body),
    publish: (documentId: string) => post(documentId, 'publish'),
    queue: () => app.http().get('/approval/queue').set('Authorization', person.auth),
  };
};
