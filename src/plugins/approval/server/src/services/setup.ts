import type { Core } from '@strapi/strapi';
import { madeOnce } from '../../../../../shared';
import {
  ACTIONS,
  CONDITION_ID,
  CONDITION_NAME,
  DEPARTMENT_KEY_ATTRIBUTE,
  EVENT_UID,
  FINGERPRINT_VERSION,
  PLUGIN_ID,
  REVIEW_UID,
  ROLE_CODES,
  WORKFLOW_UIDS,
} from '../constants';
import { getService } from '../utils';
import type { Review } from './workflow';

interface RoleSpec {
  code: string;
  name: string;
  description: string;
  /** Content-manager actions on the workflow types, limited to the user's departments. */
  departmentActions: string[];
  pluginActions: string[];
}

/** Admin roles the plugin creates; department membership is data on each department, not a role. */
export const ROLES: RoleSpec[] = [
  {
    code: ROLE_CODES.editor,
    name: 'Biên tập viên (Editor)',
    description:
      'Soạn, sửa và gửi duyệt bài viết, nhiệm vụ, phong trào của đơn vị mình; không duyệt, không xuất bản. / ' +
      'Writes, edits and submits drafts of their own department(s); neither approves nor publishes.',
    departmentActions: ['create', 'read', 'update'],
    pluginActions: [ACTIONS.read, ACTIONS.submit],
  },
  {
    code: ROLE_CODES.head,
    name: 'Trưởng ban (Department head)',
    description:
      'Như biên tập viên, và duyệt, trả lại, xuất bản nội dung của đơn vị mình. / ' +
      "As an editor, and approves, rejects and publishes their own department(s)' content.",
    departmentActions: ['create', 'read', 'update', 'delete', 'publish'],
    pluginActions: [ACTIONS.read, ACTIONS.submit, ACTIONS.review],
  },
];

/** What both roles may read or do outside the workflow types: pick sections, departments, authors; use the media library. */
const SHARED_READS = ['api::section.section', 'api::department.department', 'api::author.author'];
/** Strapi's own condition: the entry was created by the user. */
const IS_CREATOR = 'admin::is-creator';
/** Changing a file (replace, alt text, caption, delete) is `assets.update`: only for the one who uploaded it. */
const MEDIA_PERMISSIONS: PermissionInput[] = [
  { action: 'plugin::upload.read' },
  { action: 'plugin::upload.assets.create' },
  { action: 'plugin::upload.assets.update', conditions: [IS_CREATOR] },
  { action: 'plugin::upload.assets.download' },
  { action: 'plugin::upload.assets.copy-link' },
];
/** Editors and heads read the reach of their work: the readership widget and its CSV export (stats plugin). */
const READERSHIP_ACTIONS = ['plugin::stats.read'];

/**
 * Permissions that came with a later version of the portal, granted once to the editor and head
 * roles of a database created before them (a new database gets them with the roles). Each grant
 * is remembered by name, so a super admin who later takes one away is not overruled.
 */
const LATER_GRANTS: { name: string; actions: string[] }[] = [
  { name: 'readership-statistics', actions: READERSHIP_ACTIONS },
];

/**
 * Narrowings of permissions that roles created by an earlier version hold, applied once (and
 * remembered by name, like the grants): changing a media file became the uploader's alone.
 */
const LATER_CONDITIONS: { name: string; action: string; conditions: string[] }[] = [
  { name: 'media-changes-by-uploader', action: 'plugin::upload.assets.update', conditions: [IS_CREATOR] },
];

/**
 * Fields that came with a later version, added once (remembered by name) to the field lists of
 * the editor and head roles' permissions on their type: without it, a role created before the
 * field would neither see nor edit it. `bodyHtml`: an imported article's tables and video.
 */
const LATER_FIELDS: { name: string; subject: string; fields: string[] }[] = [
  { name: 'article-body-html', subject: 'api::article.article', fields: ['bodyHtml'] },
];

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[] };
  conditions?: string[];
}

/** Raise it when the database guards change (ensureDatabaseGuards): each database gets them again at its next start. */
export const DATABASE_GUARDS_VERSION = 1;

/** Start-up work of the plugin: permissions, the RBAC condition, roles, database guards. Each step is idempotent. */
const setup = ({ strapi }: { strapi: Core.Strapi }) => {
  const adminPermission = () =>
    strapi.service('admin::permission') as {
      actionProvider: { registerMany(actions: unknown[]): Promise<void>; get(id: string): unknown };
      conditionProvider: { register(condition: unknown): Promise<void> };
    };

  /** Content-manager permissions on `subjects` with every field, as the admin's role editor would make them. */
  const withAllFields = (actionId: string, subjects: string[], conditions: string[] = []): PermissionInput[] => {
    const action = adminPermission().actionProvider.get(actionId) as Record<string, unknown> | undefined;
    if (!action) throw new Error(`Unknown admin action ${actionId}.`);
    const contentType = strapi.service('admin::content-type') as {
      getPermissionsWithNestedFields(
        actions: unknown[]
      ): { action: string; subject: string; properties: { fields?: string[] } }[];
    };
    return contentType.getPermissionsWithNestedFields([{ ...action, subjects }]).map((permission) => ({
      action: permission.action,
      subject: permission.subject,
      properties: permission.properties,
      conditions,
    }));
  };

  /** Gives an existing role the later grants it has not had yet (see LATER_GRANTS). */
  const grantLater = async (roleId: number, roleName: string, granted: Set<string>): Promise<void> => {
    const permissions = strapi.service('admin::permission') as {
      findMany(params: unknown): Promise<{ action: string }[]>;
      createMany(permissions: unknown[]): Promise<unknown>;
    };
    for (const grant of LATER_GRANTS.filter((later) => !granted.has(later.name))) {
      const held = new Set(
        (await permissions.findMany({ where: { role: { id: roleId }, action: { $in: grant.actions } } })).map(
          (p) => p.action
        )
      );
      const missing = grant.actions.filter((action) => !held.has(action));
      if (!missing.length) continue;
      await permissions.createMany(
        missing.map((action) => ({ action, role: roleId, subject: null, properties: {}, conditions: [] }))
      );
      strapi.log.info(`[approval] gave the admin role "${roleName}" ${missing.join(', ')}`);
    }
  };

  /** Adds the later conditions an existing role's permissions have not had yet (see LATER_CONDITIONS). */
  const narrowLater = async (roleId: number, roleName: string, granted: Set<string>): Promise<void> => {
    for (const later of LATER_CONDITIONS.filter((item) => !granted.has(item.name))) {
      const held = (await strapi.db
        .query('admin::permission')
        .findMany({ where: { role: { id: roleId }, action: later.action } })) as {
        id: number;
        conditions: string[] | null;
      }[];
      for (const permission of held) {
        const conditions = [...new Set([...(permission.conditions ?? []), ...later.conditions])];
        if (conditions.length === (permission.conditions ?? []).length) continue;
        await strapi.db.query('admin::permission').update({ where: { id: permission.id }, data: { conditions } });
        strapi.log.info(
          `[approval] the admin role "${roleName}" may now ${later.action} only with ${later.conditions.join(', ')}`
        );
      }
    }
  };

  /** Adds the later fields to the field lists an existing role's permissions have (see LATER_FIELDS). */
  const widenLater = async (roleId: number, roleName: string, granted: Set<string>): Promise<void> => {
    for (const later of LATER_FIELDS.filter((item) => !granted.has(item.name))) {
      const held = (await strapi.db
        .query('admin::permission')
        .findMany({ where: { role: { id: roleId }, subject: later.subject } })) as {
        id: number;
        properties: { fields?: string[] } | null;
      }[];
      for (const permission of held) {
        const fields = permission.properties?.fields;
        if (!fields || later.fields.every((field) => fields.includes(field))) continue;
        await strapi.db.query('admin::permission').update({
          where: { id: permission.id },
          data: { properties: { ...permission.properties, fields: [...new Set([...fields, ...later.fields])] } },
        });
      }
      strapi.log.info(
        `[approval] the admin role "${roleName}" now sees ${later.fields.join(', ')} of ${later.subject}`
      );
    }
  };

  return {
    /** Admin permission actions of the approval panel and routes. */
    async registerActions(): Promise<void> {
      await adminPermission().actionProvider.registerMany([
        {
          section: 'plugins',
          displayName: 'Xem trạng thái duyệt và lịch sử / Read approval state and history',
          uid: 'read',
          pluginName: PLUGIN_ID,
        },
        { section: 'plugins', displayName: 'Gửi duyệt / Submit for approval', uid: 'submit', pluginName: PLUGIN_ID },
        {
          section: 'plugins',
          displayName: 'Duyệt, trả lại, xuất bản / Approve, reject, publish',
          uid: 'review',
          pluginName: PLUGIN_ID,
        },
      ]);
    },

    /** "Belongs to my department": the document's department is one the admin user is a member of. */
    async registerCondition(): Promise<void> {
      await adminPermission().conditionProvider.register({
        displayName: 'Thuộc đơn vị của tôi / Belongs to my department',
        name: CONDITION_NAME,
        plugin: PLUGIN_ID,
        // A plain field, not the relation: the content manager checks single entries against
        // conditions with their relations unpopulated, which would refuse every entry it just listed.
        handler: async (user: { id: number }) => ({
          [DEPARTMENT_KEY_ATTRIBUTE]: { $in: await getService(strapi, 'actors').departmentKeysOf(user.id) },
        }),
      });
    },

    /** Creates the editor and head roles with their permissions if they are missing; later edits by a super admin are kept. */
    async ensureRoles(): Promise<void> {
      const roles = strapi.service('admin::role') as {
        create(attributes: { name: string; code: string; description: string }): Promise<{ id: number }>;
        assignPermissions(roleId: number, permissions: PermissionInput[]): Promise<unknown>;
      };
      const store = strapi.store({ type: 'plugin', name: PLUGIN_ID, key: 'granted' });
      const granted = new Set(((await store.get({})) as string[] | null) ?? []);
      for (const spec of ROLES) {
        const existing = (await strapi.db.query('admin::role').findOne({ where: { code: spec.code } })) as {
          id: number;
        } | null;
        if (existing) {
          await grantLater(existing.id, spec.name, granted);
          await narrowLater(existing.id, spec.name, granted);
          await widenLater(existing.id, spec.name, granted);
          continue;
        }
        const role = await roles.create({ name: spec.name, code: spec.code, description: spec.description });
        const permissions: PermissionInput[] = [
          ...spec.departmentActions.flatMap((action) =>
            withAllFields(`plugin::content-manager.explorer.${action}`, [...WORKFLOW_UIDS], [CONDITION_ID])
          ),
          ...withAllFields('plugin::content-manager.explorer.read', SHARED_READS),
          ...MEDIA_PERMISSIONS.map((permission) => ({ ...permission })),
          ...READERSHIP_ACTIONS.map((action) => ({ action })),
          ...spec.pluginActions.map((action) => ({ action })),
        ];
        // `publish` and `delete` apply to the whole entry: they take no field list.
        for (const permission of permissions) {
          if (/explorer\.(publish|delete)$/.test(permission.action)) delete permission.properties;
        }
        await roles.assignPermissions(role.id, permissions);
        strapi.log.info(`[approval] created the admin role "${spec.name}"`);
      }
      await store.set({
        value: [
          ...LATER_GRANTS.map((grant) => grant.name),
          ...LATER_CONDITIONS.map((later) => later.name),
          ...LATER_FIELDS.map((later) => later.name),
        ],
      });
    },

    /**
     * Database-level guards Strapi's schema cannot express: one review per document, and an
     * audit table that refuses UPDATE and DELETE. Made once per database (see
     * madeOnce): after Strapi's schema sync has made the tables, which database/migrations,
     * run before it, would not find on a fresh database; and again only when the guards change
     * (DATABASE_GUARDS_VERSION) or Strapi changes the tables they sit on, which may rebuild them.
     * Every other start reads one row of the plugin store and runs no DDL.
     */
    async ensureDatabaseGuardsOnce(): Promise<'made' | 'in place'> {
      return madeOnce(
        strapi,
        { plugin: PLUGIN_ID, key: 'database-guards', version: DATABASE_GUARDS_VERSION, uids: [REVIEW_UID, EVENT_UID] },
        () => this.ensureDatabaseGuards()
      );
    },

    /** The guards themselves, idempotent (IF NOT EXISTS, OR REPLACE); ensureDatabaseGuardsOnce decides when they run. */
    async ensureDatabaseGuards(): Promise<void> {
      const knex = strapi.db.connection;
      const reviews = strapi.db.metadata.get(REVIEW_UID).tableName;
      const events = strapi.db.metadata.get(EVENT_UID).tableName;
      const targetUid = strapi.db.metadata.get(REVIEW_UID).attributes.targetUid as { columnName?: string };
      const targetDocumentId = strapi.db.metadata.get(REVIEW_UID).attributes.targetDocumentId as {
        columnName?: string;
      };
      const columns = `${targetUid.columnName ?? 'target_uid'}, ${targetDocumentId.columnName ?? 'target_document_id'}`;
      if (strapi.db.dialect.client === 'sqlite') {
        await knex.raw(`CREATE UNIQUE INDEX IF NOT EXISTS ${reviews}_document_unique ON ${reviews} (${columns})`);
        for (const operation of ['UPDATE', 'DELETE']) {
          await knex.raw(
            `CREATE TRIGGER IF NOT EXISTS ${events}_no_${operation.toLowerCase()} BEFORE ${operation} ON ${events} ` +
              `BEGIN SELECT RAISE(ABORT, 'the approval audit trail is append-only'); END`
          );
        }
        return;
      }
      const schema = strapi.db.getSchemaName() ?? 'public';
      const q = (name: string) => `"${schema}"."${name}"`;
      await knex.raw(`CREATE UNIQUE INDEX IF NOT EXISTS ${reviews}_document_unique ON ${q(reviews)} (${columns})`);
      await knex.raw(
        `CREATE OR REPLACE FUNCTION ${q(`${events}_append_only`)}() RETURNS trigger LANGUAGE plpgsql AS ` +
          `$$ BEGIN RAISE EXCEPTION 'the approval audit trail is append-only'; END $$`
      );
      await knex.raw(
        `CREATE OR REPLACE TRIGGER ${events}_append_only BEFORE UPDATE OR DELETE ON ${q(events)} ` +
          `FOR EACH ROW EXECUTE FUNCTION ${q(`${events}_append_only`)}()`
      );
    },

    /**
     * Carries stored approvals over a change in what fingerprints cover (FINGERPRINT_VERSION): a
     * recorded approval or live version that matches its content under the old definition is
     * restated under the new one, so that an upgrade voids no approval. Once per version.
     */
    async carryFingerprintsOver(batchSize = 500): Promise<void> {
      const store = strapi.store({ type: 'plugin', name: PLUGIN_ID, key: 'fingerprint-version' });
      const stored = (await store.get({})) as number | null;
      if (stored !== null && stored >= FINGERPRINT_VERSION) return;
      const fingerprints = getService(strapi, 'fingerprint');
      type Row = Pick<Review, 'id' | 'targetUid' | 'targetDocumentId' | 'fingerprint' | 'publishedFingerprint'>;
      const restate = async (row: Row, recorded: string | null): Promise<string | null | undefined> => {
        if (!recorded) return undefined;
        for (const status of ['draft', 'published'] as const) {
          if ((await fingerprints.of(row.targetUid, row.targetDocumentId, status, 1)) === recorded) {
            return fingerprints.of(row.targetUid, row.targetDocumentId, status, 2);
          }
        }
        return undefined;
      };
      let after = 0;
      let restated = 0;
      for (;;) {
        const rows = (await strapi.db
          .query(REVIEW_UID)
          .findMany({ where: { id: { $gt: after } }, orderBy: { id: 'asc' }, limit: batchSize })) as Row[];
        if (!rows.length) break;
        after = rows[rows.length - 1].id;
        for (const row of rows) {
          const fingerprint = await restate(row, row.fingerprint);
          const publishedFingerprint = await restate(row, row.publishedFingerprint);
          const data = {
            ...(fingerprint !== undefined ? { fingerprint } : {}),
            ...(publishedFingerprint !== undefined ? { publishedFingerprint } : {}),
          };
          if (!Object.keys(data).length) continue;
          await strapi.db.query(REVIEW_UID).update({ where: { id: row.id }, data });
          restated += 1;
        }
      }
      if (restated)
        strapi.log.info(
          `[approval] restated ${restated} approval fingerprint(s) to cover pictures' content, alt text and caption`
        );
      await store.set({ value: FINGERPRINT_VERSION });
    },

    /**
     * Fills in the department key of rows written before the plugin kept it (a no-op afterwards).
     * Works through the rows in batches, one update per department in each, so an imported
     * archive of 100,000 articles stays within the database's limit on query parameters.
     */
    async backfillDepartmentKeys(batchSize = 1000): Promise<void> {
      for (const uid of WORKFLOW_UIDS) {
        let after = 0;
        for (;;) {
          const rows = (await strapi.db.query(uid).findMany({
            where: {
              [DEPARTMENT_KEY_ATTRIBUTE]: { $null: true },
              department: { id: { $notNull: true } },
              id: { $gt: after },
            },
            select: ['id'],
            populate: { department: { select: ['documentId'] } },
            orderBy: { id: 'asc' },
            limit: batchSize,
          })) as { id: number; department: { documentId: string } | null }[];
          if (!rows.length) break;
          after = rows[rows.length - 1].id;
          const byDepartment = new Map<string, number[]>();
          for (const row of rows) {
            if (row.department)
              byDepartment.set(row.department.documentId, [
                ...(byDepartment.get(row.department.documentId) ?? []),
                row.id,
              ]);
          }
          for (const [documentId, ids] of byDepartment) {
            await strapi.db
              .query(uid)
              .updateMany({ where: { id: { $in: ids } }, data: { [DEPARTMENT_KEY_ATTRIBUTE]: documentId } });
          }
          if (rows.length < batchSize) break;
        }
      }
    },
  };
};

export default setup;
