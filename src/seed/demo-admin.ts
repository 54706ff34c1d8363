import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { DEFAULT_DEMO_ADMIN_EMAIL } from '../constants';
import { rememberInEnvFile } from '../utils/env-file';

/** Meets the admin panel's password rules: 8+ characters with a lowercase, an uppercase letter and a digit. */
export const isStrongEnough = (password: string): boolean =>
  password.length >= 8 && /[a-z]/.test(password) && /[A-Z]/.test(password) && /\d/.test(password);

const generatePassword = (): string => `Dv-${crypto.randomBytes(9).toString('base64url')}-7a`;

export type DemoAdmin =
  | { status: 'created'; email: string; password: string; generated: boolean }
  | { status: 'exists'; email: string }
  | { status: 'skipped'; reason: string };

/**
 * For local use only: a super admin from DEMO_ADMIN_EMAIL / DEMO_ADMIN_PASSWORD, or the
 * documented demo e-mail with a generated password (saved in .env so it can be looked up
 * again). Never in production; an existing account is left as it is.
 */
export const ensureDemoAdmin = async (strapi: Core.Strapi): Promise<DemoAdmin> => {
  if (process.env.NODE_ENV === 'production') {
    return { status: 'skipped', reason: 'no demo accounts in production: create the first admin at /admin' };
  }
  const email = (process.env.DEMO_ADMIN_EMAIL?.trim() || DEFAULT_DEMO_ADMIN_EMAIL).toLowerCase();
  const existing = await strapi.db.query('admin::user').findOne({ select: ['id'], where: { email } });
  if (existing) return { status: 'exists', email };

  let password = process.env.DEMO_ADMIN_PASSWORD?.trim() ?? '';
  const generated = password === '';
  if (generated) {
    password = generatePassword();
    rememberInEnvFile('DEMO_ADMIN_PASSWORD', password);
  } else if (!isStrongEnough(password)) {
    throw new Error(
      'DEMO_ADMIN_PASSWORD is too weak for the admin panel: use 8 or more characters with a lowercase letter, ' +
        'an uppercase letter and a digit (or leave it unset to have one generated).'
    );
  }

  const superAdmin = (await strapi.service('admin::role').getSuperAdmin()) as { id: number } | null;
  if (!superAdmin) throw new Error('The admin super admin role is missing: the admin did not start.');
  await strapi.service('admin::user').create({
    email,
    firstname: 'Quản trị',
    lastname: 'Demo',
    password,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  return { status: 'created', email, password, generated };
};
