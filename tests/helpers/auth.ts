import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { TestApp } from './strapi';

/** A full-access API token's bearer header: what a trusted integration writes through REST with. */
export const fullAccessToken = async (strapi: Core.Strapi): Promise<string> => {
  const token = (await strapi.service('admin::api-token').create({
    name: `test-${crypto.randomBytes(4).toString('hex')}`,
    type: 'full-access',
    lifespan: null,
  })) as { accessKey: string };
  return `Bearer ${token.accessKey}`;
};

/** A new super admin account; its e-mail and password, to sign in with. */
export const createSuperAdmin = async (app: TestApp): Promise<{ email: string; password: string }> => {
  const email = `admin-${crypto.randomBytes(4).toString('hex')}@test.local`;
  const password = 'Test-Passw0rd';
  const superAdmin = (await app.strapi.service('admin::role').getSuperAdmin()) as { id: number };
  await app.strapi.service('admin::user').create({
    email,
    firstname: 'Test',
    lastname: 'Admin',
    password,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  return { email, password };
};

/** Creates a super admin and signs in through the admin panel's own login route. */
export const superAdminSession = async (app: TestApp): Promise<string> => {
  const response = await app
    .http()
    .post('/admin/login')
    .send(await createSuperAdmin(app))
    .expect(200);
  return `Bearer ${response.body.data.token as string}`;
};
