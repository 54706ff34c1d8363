import fs from 'node:fs';

/** Removes the run's compiled app (see global-setup). */
export default function globalTeardown(): void {
  if (process.env.PORTAL_TEST_DIST) fs.rmSync(process.env.PORTAL_TEST_DIST, { recursive: true, force: true });
}
