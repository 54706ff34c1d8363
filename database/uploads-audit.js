#!/usr/bin/env node
/**
 * `npm run uploads:audit`: lists the files of the media library whose real type (read from their
 * bytes) the portal no longer accepts: HTML, scripts, SVG, executables … uploaded before uploads
 * were checked. `npm run uploads:audit -- --quarantine` also moves them out of public/ into the
 * quarantine directory (UPLOAD_QUARANTINE_DIR, default private/quarantine), where a super admin
 * finds each one beside a note of what it was, who uploaded it and when. `--json` prints the
 * report as JSON.
 */
'use strict';

const path = require('node:path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const USAGE = 'Usage: npm run uploads:audit [-- --quarantine] [-- --json]';

const main = async () => {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => !['--quarantine', '--json', '--help', '-h'].includes(arg));
  if (unknown.length) throw new Error(`Unknown option ${unknown.join(', ')}. ${USAGE}`);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const quarantine = args.includes('--quarantine');
  const json = args.includes('--json');
  /** @param {string} line */
  const log = (line) => (json ? process.stderr : process.stdout).write(`${line}\n`);

  log('Compiling the app…');
  const appContext = await compileStrapi({ appDir: path.resolve(__dirname, '..') });
  log('Starting Strapi (no HTTP server)…');
  const app = await createStrapi({ ...appContext, autoReload: false, serveAdminPanel: false }).load();
  app.log.level = 'warn';
  try {
    let shown = 0;
    const report = await app
      .plugin('media')
      .service('library')
      .audit({
        quarantine,
        /** @type {(done: number, total: number) => void} */
        onProgress: (done, total) => {
          if (done - shown >= 500 || done === total) {
            shown = done;
            log(`  checked ${done} of ${total} files`);
          }
        },
      });
    if (json) {
      console.log(JSON.stringify(report, null, 2));
      return;
    }
    log(
      `Checked ${report.checked} files on this server (${report.skipped} kept by another provider, ${report.alreadyQuarantined} already quarantined).`
    );
    for (const entry of report.notAllowed) {
      log(
        `  NOT ALLOWED #${entry.id} ${entry.url} "${entry.name}": recorded as ${entry.recordedType ?? 'unknown'}, its bytes are ${entry.found}; uploaded by ${entry.uploadedBy ?? 'unknown'} on ${entry.uploadedAt}${entry.quarantinedTo ? ` → moved to ${entry.quarantinedTo}` : ''}`
      );
    }
    for (const entry of report.missing)
      log(`  MISSING #${entry.id} ${entry.url} "${entry.name}": the library lists it but the file is not on disk`);
    if (!report.notAllowed.length) log('Every file is of an allowed type.');
    else if (quarantine) log(`Quarantined ${report.quarantined} file(s): they are no longer served.`);
    else
      log(
        `${report.notAllowed.length} file(s) of a type the portal no longer accepts. Run \`npm run uploads:audit -- --quarantine\` to take them offline.`
      );
  } finally {
    await app.destroy();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`The uploads audit failed: ${error.message}`);
    process.exit(1);
  }
);
