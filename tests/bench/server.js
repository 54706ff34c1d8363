'use strict';

/**
 * The app under measurement, in a process of its own (started by lib.js `startApp`): boots the
 * compiled app from BENCH_DIST in whatever mode NODE_ENV says (the harness sets production),
 * optionally loads the demo content (BENCH_SEED=true), listens on the first free port of
 * BENCH_PORTS (e.g. 14000-14099; chosen only once the app is loaded, so another process has
 * little time to take it), then tells the parent
 * over IPC `{ type: 'ready', port, schema }` where `schema` names the tables and columns the
 * dataset generator writes to, read from Strapi's own metadata. SIGTERM stops it cleanly.
 *
 * With BENCH_NAIVE_COUNTER=true it also serves `POST /bench/naive-views/:documentId`: the way a
 * Strapi user would count views without the stats plugin, a Document Service read-modify-write
 * of a counter field (here a section's `position`, on the benchmark's throwaway dataset). The
 * views benchmark loads it beside the real endpoint to show what it loses.
 */
const net = require('node:net');
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');
const distDir = process.env.BENCH_DIST;

/** @typedef {import('@strapi/strapi').Core.Strapi} Strapi */

/**
 * Table, columns and join tables of a content type, as Strapi maps them.
 * @param {Strapi} strapi
 * @param {string} uid
 * @returns {import('./lib').TableSchema}
 */
const describe = (strapi, uid) => {
  const meta = strapi.db.metadata.get(uid);
  /** @type {Record<string, string>} */
  const columns = {};
  /** @type {Record<string, import('./lib').LinkTable>} */
  const links = {};
  /**
   * The database layer's attribute metadata, which its types leave out.
   * @type {Record<string, { columnName?: string, joinTable?: { name: string, joinColumn: { name: string }, inverseJoinColumn: { name: string }, orderColumnName?: string, inverseOrderColumnName?: string } }>}
   */
  const attributes = /** @type {Record<string, any>} */ (meta.attributes);
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.columnName) columns[name] = attribute.columnName;
    if (attribute.joinTable) {
      const { joinTable } = attribute;
      links[name] = {
        table: joinTable.name,
        owner: joinTable.joinColumn.name,
        target: joinTable.inverseJoinColumn.name,
        order: joinTable.orderColumnName ?? null,
        inverseOrder: joinTable.inverseOrderColumnName ?? null,
      };
    }
  }
  return { table: meta.tableName, columns, links };
};

/**
 * The naive counter: read the document, add one in JavaScript, write it back.
 * @param {Strapi} strapi
 * @returns {import('koa').Middleware}
 */
const naiveCounter = (strapi) => async (ctx, next) => {
  const match = ctx.method === 'POST' && /^\/bench\/naive-views\/([A-Za-z0-9]+)$/.exec(ctx.path);
  if (!match) return next();
  const sections = strapi.documents('api::section.section');
  const section = await sections.findOne({ documentId: match[1], fields: ['position'] });
  if (!section) {
    ctx.status = 404;
    ctx.body = { error: 'No such section.' };
    return undefined;
  }
  const position = (section.position ?? 0) + 1;
  await sections.update({ documentId: match[1], data: { position } });
  ctx.body = { data: { views: position } };
  return undefined;
};

/** @param {string} range `first-last` */
const freePort = async (range) => {
  const [first, last] = range.split('-').map(Number);
  for (let port = first; port <= last; port += 1) {
    const free = await new Promise((resolve) => {
      const probe = net.createServer().once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port in ${range}.`);
};

(async () => {
  if (!distDir) throw new Error('BENCH_DIST must name the compiled app.');
  const strapi = createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false });
  await strapi.load();
  if (process.env.BENCH_SEED === 'true') {
    const { seedDemoContent } = require(path.join(distDir, 'src', 'seed'));
    await seedDemoContent(strapi);
  }
  if (process.env.BENCH_NAIVE_COUNTER === 'true') strapi.server.use(naiveCounter(strapi));
  strapi.config.set('server.port', await freePort(process.env.BENCH_PORTS ?? '14000-14099'));
  await strapi.listen();
  const uids = ['api::article.article', 'api::section.section', 'api::department.department', 'api::author.author'];
  const schema = Object.fromEntries(uids.map((uid) => [uid, describe(strapi, uid)]));
  if (!process.send) throw new Error('Start the benchmark app through lib.js startApp: it reports over IPC.');
  process.send({
    type: 'ready',
    port: strapi.config.get('server.port'),
    dbSchema: strapi.db.getSchemaName() ?? 'public',
    schema,
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await strapi.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);
})().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
