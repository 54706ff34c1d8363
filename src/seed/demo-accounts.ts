import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { DEFAULT_DEMO_ADMIN_EMAIL, UID } from '../constants';
import { rememberInEnvFile } from '../utils/env-file';
import { demoAccounts } from './data/accounts';

/** The part of the admin's user service the seed calls (Strapi leaves `strapi.service()` untyped). */
type AdminUserService = {
  create(data: {
    email: string;
    firstname: string;
    lastname: string;
    password: string;
    isActive: boolean;
    registrationToken: null;
    roles: number[];
  }): Promise<{ id: number }>;
};

/** Meets the admin panel's password rules: 8+ characters with a lowercase, an uppercase letter and a digit. */
export const isStrongEnough = (password: string): boolean =>
  password.length >= 8 && /[a-z]/.test(password) && /[A-Z]/.test(password) && /\d/.test(password);

const generatePassword = (): string => `Dv-${crypto.randomBytes(9).toString('base64url')}-7a`;

const ROLE_CODE = { 'super admin': 'strapi-super-admin', editor: 'portal-editor', head: 'portal-head' } as const;

export interface DemoAccount {
  email: string;
  role: keyof typeof ROLE_CODE;
  /** Name of the department the account belongs to. */
  department?: string;
  id: number;
  created: boolean;
}

export type DemoAccounts =
  | { status: 'skipped'; reason: string }
  | {
      status: 'ready';
      accounts: DemoAccount[];
      /** The shared password, when this run created accounts with it. */
      password?: string;
      generated: boolean;
    };

type Ref = Map<string, string>;

/**
 * For local use only: a super admin (DEMO_ADMIN_EMAIL, or the documented demo e-mail) and an
 * editor and a head in two departments, all with one password: DEMO_ADMIN_PASSWORD, or a
 * generated one saved in .env so it can be looked up again. Never in production; existing
 * accounts are left as they are.
 */
export const ensureDemoAccounts = async (
  strapi: Core.Strapi,
  refs: { departments: Ref; authors: Ref }
): Promise<DemoAccounts> => {
  if (process.env.NODE_ENV === 'production') {
    return { status: 'skipped', reason: 'no demo accounts in production: create the first admin at /admin' };
  }
  const wanted = [
    {
      email: (process.env.DEMO_ADMIN_EMAIL?.trim() || DEFAULT_DEMO_ADMIN_EMAIL).toLowerCase(),
      firstname: 'Quản trị',
      lastname: 'Demo',
      role: 'super admin' as const,
    },
    ...demoAccounts,
  ];

  let password = process.env.DEMO_ADMIN_PASSWORD?.trim() ?? '';
  let generated = false;
  const ensurePassword = () => {
    if (password) {
      if (!isStrongEnough(password)) {
        throw new Error(
          'DEMO_ADMIN_PASSWORD is too weak for the admin panel: use 8 or more characters with a lowercase letter, ' +
            'an uppercase letter and a digit (or leave it unset to have one generated).'
        );
      }
      return password;
    }
    password = generatePassword();
    generated = true;
    rememberInEnvFile('DEMO_ADMIN_PASSWORD', password);
    return password;
  };

  const accounts: DemoAccount[] = [];
  for (const spec of wanted) {
    const existing = (await strapi.db
      .query('admin::user')
      .findOne({ select: ['id'], where: { email: spec.email } })) as { id: number } | null;
    const departmentKey = 'department' in spec ? refs.departments.get(spec.department) : undefined;
    const departmentName = departmentKey
      ? (
          (await strapi.db
            .query(UID.department)
            .findOne({ select: ['name'], where: { documentId: departmentKey } })) as { name: string } | null
        )?.name
      : undefined;
    if (existing) {
      accounts.push({
        email: spec.email,
        role: spec.role,
        department: departmentName,
        id: existing.id,
        created: false,
      });
      continue;
    }
    const role = (await strapi.db
      .query('admin::role')
      .findOne({ select: ['id'], where: { code: ROLE_CODE[spec.role] } })) as { id: number } | null;
    if (!role) throw new Error(`The admin role ${ROLE_CODE[spec.role]} is missing: the app did not finish starting.`);
    const user = await (strapi.service('admin::user') as AdminUserService).create({
      email: spec.email,
      firstname: spec.firstname,
      lastname: spec.lastname,
      password: ensurePassword(),
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    if (departmentKey) {
      await strapi
        .documents(UID.department)
        .update({ documentId: departmentKey, data: { members: { connect: [{ id: user.id }] } } });
    }
    const authorKey = 'author' in spec && spec.author ? refs.authors.get(spec.author) : undefined;
    if (authorKey) {
      await strapi.documents(UID.author).update({ documentId: authorKey, data: { adminUser: user.id } });
    }
    accounts.push({ email: spec.email, role: spec.role, department: departmentName, id: user.id, created: true });
  }
  return { status: 'ready', accounts, password: accounts.some((a) => a.created) ? password : undefined, generated };
};

/** How the run's demo accounts are told to whoever runs it. */
export const describeDemoAccounts = (result: DemoAccounts, adminUrl: string): string[] => {
  if (result.status === 'skipped') return [`No demo accounts: ${result.reason}.`];
  const lines = [`Demo accounts for local use: sign in at ${adminUrl}`];
  for (const account of result.accounts) {
    const where = account.department ? `, ${account.department}` : '';
    lines.push(`  ${account.email.padEnd(30)} ${account.role}${where}${account.created ? '' : ' (already there)'}`);
  }
  if (result.password) {
    lines.push(
      `  password (all of them): ${result.password}${result.generated ? '   (generated; kept in .env as DEMO_ADMIN_PASSWORD)' : ''}`
    );
  } else {
    lines.push('  password: unchanged (see DEMO_ADMIN_PASSWORD in .env)');
  }
  return lines;
};
