'use strict';

/**
 * Benchmark helpers shared by every scenario in tests/bench/scenarios/. The rules they serve: one
 * boot per run, in production mode, on PostgreSQL, measured with autocannon from this process
 * over loopback, every figure printed beside its baseline from the same run and as a ratio.
 *
 * API (all async unless said otherwise):
 * - `settings`                  connections, duration, warm-up, port range, from BENCH_* env.
 * - `compileApp()`              compiles the TypeScript app into .tmp/bench-dist-<pid>; returns its path.
 * - `createDatabase()`          a fresh PostgreSQL schema: `{ schema, env, client(), drop() }`.
 * - `startApp({ distDir, database, env, seed })`
 *                               boots the app ONCE in a child process (NODE_ENV=production, throwaway
 *                               secrets in the child's environment only, response-cache bypass
 *                               allowed), on a free port of 14000-14099. Returns
 *                               `{ url, port, schema, request(path, init), stop() }`; `schema` maps
 *                               content-type UIDs to their tables, columns and join tables.
 * - `growArticles(app, database, total)`
 *                               bulk-inserts generated articles until `total` published articles
 *                               exist (draft + published rows, as Strapi stores them, join tables,
 *                               search columns; a trigger fills the word tables), then VACUUM ANALYZE. Returns `{ published, drafts }`.
 * - `QUERIES`                   `{ rare, common }` search terms of the generated dataset.
 * - `measure(app, path, { headers, method, body, title, connections, duration })`
 *                               warm-up, then autocannon with fixed connections (default 10) and
 *                               duration; latencies are recorded per response, so p95 is exact.
 *                               Returns `{ title, path, connections, rps, p50, p95, p99, requests,
 *                               errors, non2xx }`.
 * - `ratio(a, b)`               a / b to two decimals (sync).
 * - `table(rows, columns)`      a markdown table (sync).
 * - `writeResults(name, data, markdown)`
 *                               writes tests/bench/results/<name>-<timestamp>.json and .md.
 * - `machine()`                 `{ date, cores, cpu, node, postgres? }` to print beside the figures.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { fork } = require('node:child_process');
const autocannon = require('autocannon');
const { Client } = require('pg');

const APP_DIR = path.resolve(__dirname, '..', '..');
const RESULTS_DIR = path.join(__dirname, 'results');

/**
 * @typedef {{ table: string, owner: string, target: string, order: string | null, inverseOrder: string | null }} LinkTable
 * @typedef {{ table: string, columns: Record<string, string>, links: Record<string, LinkTable> }} TableSchema
 *   a content type's table, columns and join tables (tests/bench/server.js)
 * @typedef {{ schema: string, env: Record<string, string>, client: () => Promise<import('pg').Client>, drop: () => Promise<void> }} Database
 * @typedef {{ url: string, port: number, schema: Record<string, TableSchema>, child: import('node:child_process').ChildProcess,
 *   request: (route: string, init?: RequestInit) => Promise<Response>, stop: () => Promise<void> }} App
 * @typedef {{ rps: number, p50: number, p95: number, p99: number, requests: number, errors: number, non2xx: number }} LoadFigures
 * @typedef {LoadFigures & { title: string, path: string, connections: number }} Measured
 * @typedef {{ date: string, cores: number, cpu: string | undefined, node: string, postgres?: string }} Machine
 */

/**
 * @param {string} name
 * @param {number} fallback
 */
const int = (name, fallback) => {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`${name} must be a whole number; got "${value}".`);
  return Number(value);
};

const settings = {
  connections: int('BENCH_CONNECTIONS', 10),
  duration: int('BENCH_DURATION', 10),
  warmup: int('BENCH_WARMUP', 3),
  ports: [14000, 14099],
};

/**
 * Throwaway secrets, only in the child's environment and never written to a file: every name the
 * config reads through secret()/secretList() (src/utils/env-file), so a new secret needs no edit here.
 */
const secrets = () => {
  const names = new Set([
    'APP_KEYS',
    'ADMIN_JWT_SECRET',
    'API_TOKEN_SALT',
    'TRANSFER_TOKEN_SALT',
    'ENCRYPTION_KEY',
    'JWT_SECRET',
  ]);
  const configDir = path.join(APP_DIR, 'config');
  for (const file of fs.readdirSync(configDir).filter((name) => name.endsWith('.ts'))) {
    for (const match of fs
      .readFileSync(path.join(configDir, file), 'utf8')
      .matchAll(/secret(?:List)?\(\s*['"]([A-Z0-9_]+)['"]/g))
      names.add(match[1]);
  }
  const random = () => crypto.randomBytes(32).toString('base64');
  return Object.fromEntries(
    [...names].map((name) => [name, name === 'APP_KEYS' ? [random(), random()].join(',') : random()])
  );
};

const pgSettings = () => ({
  DATABASE_CLIENT: 'postgres',
  DATABASE_HOST: process.env.DATABASE_HOST ?? '127.0.0.1',
  DATABASE_PORT: process.env.DATABASE_PORT ?? '5432',
  DATABASE_NAME: process.env.DATABASE_NAME ?? 'postgres',
  DATABASE_USERNAME: process.env.DATABASE_USERNAME ?? 'postgres',
  DATABASE_PASSWORD: process.env.DATABASE_PASSWORD ?? '',
});

const compileApp = async () => {
  const { compile } = require('@strapi/typescript-utils');
  const distDir = path.join(APP_DIR, '.tmp', `bench-dist-${process.pid}`);
  const started = Date.now();
  await compile(APP_DIR, { configOptions: { options: { outDir: distDir, incremental: false } } });
  process.on('exit', () => fs.rmSync(distDir, { recursive: true, force: true }));
  log(`compiled the app in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return distDir;
};

/** @returns {Promise<Database>} */
const createDatabase = async () => {
  const base = pgSettings();
  const schema = `bench_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
  const client = async () => {
    const connection = new Client({
      host: base.DATABASE_HOST,
      port: Number(base.DATABASE_PORT),
      database: base.DATABASE_NAME,
      user: base.DATABASE_USERNAME,
      password: base.DATABASE_PASSWORD,
    });
    await connection.connect();
    await connection.query(`SET search_path TO "${schema}"`);
    return connection;
  };
  const admin = await client();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  return {
    schema,
    env: { ...base, DATABASE_SCHEMA: schema },
    client,
    async drop() {
      if (process.env.BENCH_KEEP_DATABASE === 'true') {
        log(`kept schema ${schema} (BENCH_KEEP_DATABASE=true): drop it with DROP SCHEMA "${schema}" CASCADE`);
        return;
      }
      const connection = await client();
      await connection.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await connection.end();
    },
  };
};

/**
 * @param {{ distDir: string, database: Database, env?: Record<string, string>, seed?: boolean }} options
 * @returns {Promise<App>}
 */
const startApp = async ({ distDir, database, env = {}, seed = true }) => {
  const logFile = path.join(RESULTS_DIR, `app-${process.pid}.log`);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const out = fs.openSync(logFile, 'w');
  const child = fork(path.join(__dirname, 'server.js'), [], {
    cwd: APP_DIR,
    stdio: ['ignore', out, out, 'ipc'],
    env: {
      ...process.env,
      ...database.env,
      ...secrets(),
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      BENCH_PORTS: settings.ports.join('-'),
      BENCH_DIST: distDir,
      BENCH_SEED: String(seed),
      PORTAL_CACHE_ALLOW_BYPASS: 'true',
      APPROVAL_SCHEDULER_ENABLED: 'false',
      // Per-request log lines would be measured too; a deployment logs at its proxy instead.
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      ...env,
    },
  });
  /** @type {{ port: number, dbSchema: string, schema: Record<string, TableSchema> }} */
  const ready = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) =>
      reject(new Error(`The app exited with code ${code} before it was ready; see ${logFile}.`))
    );
  });
  const url = `http://127.0.0.1:${ready.port}`;
  log(`app ready at ${url} (production, schema ${ready.dbSchema}; log: ${path.relative(APP_DIR, logFile)})`);
  return {
    url,
    port: ready.port,
    schema: ready.schema,
    child,
    request: (route, init) => fetch(`${url}${route}`, init),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
};

// ---------------------------------------------------------------------------------------------
// Dataset

/**
 * Search terms of the generated dataset: `rare` is in 1 generated article of 1000, `common` in
 * 1 of 2 (and in the title of 1 of 10), `broad` in nearly all of them.
 */
const QUERIES = { rare: 'pac ma', common: 'dan van kheo', broad: 'nhan dan' };

const WORDS = (
  'công tác tuyên truyền vận động nhân dân phong trào thi đua xây dựng nông thôn mới đô thị văn minh ' +
  'đoàn kết toàn dân bảo vệ an ninh tổ quốc hội nông dân phụ nữ thanh niên cựu chiến binh mặt trận ' +
  'tổ quốc chính quyền cơ sở đảng viên chi bộ kết quả nhiệm vụ giải pháp mô hình hiệu quả kinh tế ' +
  'văn hóa xã hội quốc phòng hệ thống chính trị sơ kết tổng kết hội nghị triển khai kế hoạch năm ' +
  'đồng bào dân tộc thiểu số vùng sâu vùng xa giảm nghèo bền vững an sinh y tế giáo dục việc làm ' +
  'tôn giáo tín ngưỡng đoàn viên hội viên cán bộ lãnh đạo chỉ đạo kiểm tra giám sát phản biện'
).split(' ');
const PLACES = [
  'Điện Biên',
  'Lai Châu',
  'Sơn La',
  'Tuần Giáo',
  'Mường Nhé',
  'Tủa Chùa',
  'Nậm Pồ',
  'Phong Thổ',
  'Sìn Hồ',
  'Than Uyên',
];

/**
 * A small deterministic generator, so every run measures the same dataset.
 * @param {number} seed
 * @returns {() => number}
 */
const prng = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/**
 * @param {() => number} random
 * @param {number} words
 */
const sentence = (random, words) => {
  /** @type {string[]} */
  const out = [];
  for (let i = 0; i < words; i += 1) out.push(WORDS[Math.floor(random() * WORDS.length)]);
  const text = out.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
};

/**
 * The generated article number `i`: its text, with the rare and common terms where QUERIES says.
 * @param {number} i
 */
const generated = (i) => {
  const random = prng(i + 1);
  const place = PLACES[i % PLACES.length];
  const rare = i % 1000 === 7;
  const common = i % 2 === 0;
  const year = 2015 + (i % 12);
  const day = new Date(Date.UTC(year, Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
  const title = `${sentence(random, 6).slice(0, -1)} ${rare && i % 5000 === 7 ? 'ở xã Pắc Ma' : `ở ${place}`}${common && i % 10 === 0 ? ', dân vận khéo' : ''}`;
  const paragraphs = [];
  for (let p = 0; p < 5; p += 1) {
    let text = `${sentence(random, 22)} ${sentence(random, 18)}`;
    if (p === 2 && common) text += ' Mô hình dân vận khéo được nhân dân ghi nhận.';
    if (p === 3 && rare) text += ' Đoàn công tác đã đến xã Pắc Ma, huyện Mường Tè.';
    paragraphs.push(text);
  }
  return {
    title,
    slug: `bai-viet-mau-${i}`,
    summary: sentence(random, 25),
    body: paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
    eventDate: day.toISOString().slice(0, 10),
  };
};

/**
 * @param {import('pg').Client} db
 * @param {string} table
 * @param {string[]} columns
 * @returns {Promise<Record<string, any>[]>} rows as the database gives them
 */
const rowsOf = async (db, table, columns) => (await db.query(`SELECT ${columns.join(', ')} FROM "${table}"`)).rows;

/**
 * Inserts generated articles until `total` generated articles are published. Every tenth
 * document also has a draft-only sibling. Sections, departments and authors are those the demo
 * seed made. Search columns come from the app's own searchForm (compiled dist).
 * @param {App} app
 * @param {Database} database
 * @param {number} total
 * @param {{ distDir: string }} options the compiled app (compileApp)
 * @returns {Promise<{ published: number, drafts: number }>}
 */
const growArticles = async (app, database, total, { distDir }) => {
  /** @type {typeof import('../../src/utils/text')} */
  const { searchForm, blocksToText } = require(path.join(distDir, 'src', 'utils', 'text'));
  const article = app.schema['api::article.article'];
  const c = article.columns;
  const db = await database.client();
  try {
    const [{ count }] = (
      await db.query(
        `SELECT count(*)::int AS count FROM "${article.table}" WHERE ${c.slug} LIKE 'bai-viet-mau-%' AND ${c.publishedAt} IS NOT NULL`
      )
    ).rows;
    const sections = (await rowsOf(db, app.schema['api::section.section'].table, ['id'])).map((row) => row.id);
    const departmentTable = app.schema['api::department.department'];
    const departmentRows = await rowsOf(db, departmentTable.table, [
      'id',
      `${departmentTable.columns.documentId} AS key`,
    ]);
    const departments = departmentRows.map((row) => row.id);
    const departmentKeys = new Map(departmentRows.map((row) => [row.id, row.key]));
    const authorTable = app.schema['api::author.author'];
    const authors = await rowsOf(db, authorTable.table, ['id', `${authorTable.columns.fullName} AS name`]);
    if (!sections.length || !departments.length || !authors.length)
      throw new Error('The dataset needs the demo seed (sections, departments, authors).');

    const started = Date.now();
    const batch = 1000;
    for (let from = count; from < total; from += batch) {
      const documents = [];
      for (let i = from; i < Math.min(total, from + batch); i += 1) documents.push({ i, published: true });
      for (let i = from; i < Math.min(total, from + batch); i += 10) documents.push({ i: -(i + 1), published: false });
      /** @type {Record<string, unknown>[]} */
      const rows = [];
      /** @type {Record<string, number | number[]>[]} */
      const links = [];
      const now = new Date().toISOString();
      for (const { i, published } of documents) {
        const n = Math.abs(i);
        const content = generated(n);
        const slug = published ? content.slug : `ban-nhap-mau-${n}`;
        const authorList = [authors[n % authors.length], authors[(n * 7 + 3) % authors.length]].filter(
          (a, k, all) => all.indexOf(a) === k
        );
        const searchText = searchForm(
          [content.title, content.summary, blocksToText(content.body), ...authorList.map((a) => a.name)].join('\n')
        );
        const documentId = `bench${published ? 'p' : 'd'}${String(n).padStart(18, '0')}`;
        const versions = published ? [null, now] : [null];
        for (const publishedAt of versions) {
          rows.push({
            [c.documentId]: documentId,
            [c.title]: content.title,
            [c.slug]: slug,
            [c.summary]: content.summary,
            [c.body]: content.body,
            [c.eventDate]: content.eventDate,
            [c.featured]: false,
            [c.createdAt]: now,
            [c.updatedAt]: now,
            [c.publishedAt]: publishedAt,
            [c.searchTitle]: searchForm(content.title),
            [c.searchText]: searchText,
          });
          // The approval workflow's own columns, as it leaves a published or a fresh draft document.
          const row = rows[rows.length - 1];
          if (c.reviewState) row[c.reviewState] = published ? 'published' : 'draft';
          if (c.departmentKey) row[c.departmentKey] = departmentKeys.get(departments[n % departments.length]);
          links.push({
            section: sections[n % sections.length],
            department: departments[n % departments.length],
            authors: authorList.map((a) => a.id),
          });
        }
      }
      const columns = Object.keys(rows[0]);
      const inserted = (
        await db.query(
          `INSERT INTO "${article.table}" (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM json_populate_recordset(null::"${article.table}", $1) RETURNING id`,
          [JSON.stringify(rows)]
        )
      ).rows.map((row) => row.id);
      await insertLinks(db, article.links, inserted, links);
      if (from === count || (from / batch) % 20 === 0) log(`  … ${Math.min(total, from + batch)} / ${total} articles`);
    }
    await db.query(`VACUUM ANALYZE "${article.table}"`);
    for (const link of Object.values(article.links)) await db.query(`VACUUM ANALYZE "${link.table}"`);
    // The search's word tables, filled by their trigger as the articles went in (see the portal's database.ts).
    for (const table of ['portal_search_titles', 'portal_search_texts']) await db.query(`VACUUM ANALYZE "${table}"`);
    const [{ published, all }] = (
      await db.query(
        `SELECT count(*) FILTER (WHERE ${c.publishedAt} IS NOT NULL)::int AS published, count(*)::int AS all FROM "${article.table}"`
      )
    ).rows;
    log(
      `dataset: ${published} published articles, ${all - 2 * published} draft-only (${((Date.now() - started) / 1000).toFixed(1)} s to grow)`
    );
    return { published, drafts: all - 2 * published };
  } finally {
    await db.end();
  }
};

/**
 * @param {import('pg').Client} db
 * @param {Record<string, LinkTable>} linkTables
 * @param {number[]} ids the inserted rows, in the order of `links`
 * @param {Record<string, number | number[]>[]} links each row's targets by attribute
 */
const insertLinks = async (db, linkTables, ids, links) => {
  for (const [attribute, link] of Object.entries(linkTables)) {
    if (!['section', 'department', 'authors'].includes(attribute)) continue;
    /** @type {Record<string, number>[]} */
    const rows = [];
    ids.forEach((id, k) => {
      const targets = [links[k][attribute]].flat();
      targets.forEach((target, position) => {
        const row = { [link.owner]: id, [link.target]: target };
        if (link.order) row[link.order] = position + 1;
        if (link.inverseOrder) row[link.inverseOrder] = 1;
        rows.push(row);
      });
    });
    const columns = Object.keys(rows[0]);
    await db.query(
      `INSERT INTO "${link.table}" (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM json_populate_recordset(null::"${link.table}", $1)`,
      [JSON.stringify(rows)]
    );
  }
};

// ---------------------------------------------------------------------------------------------
// Measuring

/** @param {number} value */
const round = (value) => Math.round(value * 100) / 100;

/**
 * The p-th percentile of ascending latencies (nearest rank).
 * @param {number[]} sorted
 * @param {number} p
 */
const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

/**
 * @param {import('autocannon').Options} options
 * @param {(client: unknown, statusCode: number, bytes: number, responseTime: number) => void} [onResponse]
 * @returns {Promise<import('autocannon').Result>}
 */
const run = (options, onResponse) =>
  new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (onResponse) instance.on('response', onResponse);
  });

/**
 * @param {App} app
 * @param {string} route
 * @param {{ headers?: Record<string, string>, method?: string, body?: string, title?: string, duration?: number, connections?: number }} [options]
 * @returns {Promise<Measured>}
 */
const measure = async (
  app,
  route,
  {
    headers = {},
    method = 'GET',
    body,
    title = route,
    duration = settings.duration,
    connections = settings.connections,
  } = {}
) => {
  const options = { url: `${app.url}${route}`, method, headers, body, connections };
  if (settings.warmup > 0) await run({ ...options, duration: settings.warmup });
  /** @type {number[]} */
  const latencies = [];
  const result = await run({ ...options, duration }, (client, statusCode, bytes, responseTime) =>
    latencies.push(responseTime)
  );
  const figures = { title, path: route, connections, ...loadFigures(result, latencies) };
  log(
    `  ${title}: ${figures.rps} req/s, p50 ${figures.p50} ms, p95 ${figures.p95} ms, p99 ${figures.p99} ms, errors ${figures.errors}, non-2xx ${figures.non2xx}`
  );
  return figures;
};

/**
 * What an autocannon run measured: throughput, latency percentiles of `latencies` (ms), failures.
 * @param {import('autocannon').Result} result
 * @param {number[]} latencies
 * @returns {LoadFigures}
 */
const loadFigures = (result, latencies) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    rps: round(result.requests.average),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
};

/**
 * The table columns of a load figure, as `measure` returns it: throughput, latencies, failures.
 * @type {[string, string][]}
 */
const LOAD_COLUMNS = [
  ['rps', 'req/s'],
  ['p50', 'p50 ms'],
  ['p95', 'p95 ms'],
  ['p99', 'p99 ms'],
  ['errors', 'errors'],
  ['non2xx', 'non-2xx'],
];

/**
 * @param {number} a
 * @param {number} b
 */
const ratio = (a, b) => (b ? Math.round((a / b) * 100) / 100 : NaN);

/**
 * @param {Record<string, unknown>[]} rows
 * @param {[string, string][]} columns key and heading of each column
 */
const table = (rows, columns) => {
  const header = `| ${columns.map(([, label]) => label).join(' | ')} |`;
  const rule = `| ${columns.map(() => '---').join(' | ')} |`;
  const lines = rows.map((row) => `| ${columns.map(([key]) => String(row[key] ?? '')).join(' | ')} |`);
  return [header, rule, ...lines].join('\n');
};

/**
 * @param {string} name
 * @param {unknown} data
 * @param {string} markdown
 */
const writeResults = (name, data, markdown) => {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const base = path.join(RESULTS_DIR, `${name}-${stamp}`);
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(data, null, 2)}\n`);
  fs.writeFileSync(`${base}.md`, `${markdown}\n`);
  log(`results: ${path.relative(APP_DIR, base)}.json and .md`);
};

/**
 * @param {Database} [database]
 * @returns {Promise<Machine>}
 */
const machine = async (database) => {
  /** @type {Machine} */
  const info = {
    date: new Date().toISOString(),
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    node: process.version,
  };
  if (database) {
    const db = await database.client();
    info.postgres = (await db.query('SHOW server_version')).rows[0].server_version;
    await db.end();
  }
  return info;
};

/** @param {string} line */
function log(line) {
  process.stdout.write(`${line}\n`);
}

module.exports = {
  APP_DIR,
  settings,
  compileApp,
  createDatabase,
  startApp,
  growArticles,
  generated,
  QUERIES,
  measure,
  round,
  loadFigures,
  LOAD_COLUMNS,
  ratio,
  table,
  writeResults,
  machine,
  secrets,
  log,
};
