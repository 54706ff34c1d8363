import fs from 'node:fs';

/** Removes the run's compiled app (see global-setup). */
export default async function globalTeardown(): Promise<void> {
  if (process.env.PORTAL_TEST_DIST) fs.rmSync(process.env.PORTAL_TEST_DIST, { recursive: true, force: true });
}
