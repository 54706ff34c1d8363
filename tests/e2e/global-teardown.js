/** Stops the app global-setup started (it removes its own database and compiled copy). */
module.exports = async function globalTeardown() {
  const child = /** @type {{ __E2E_SERVER__?: import('node:child_process').ChildProcess }} */ (globalThis)
    .__E2E_SERVER__;
  if (!child || child.exitCode !== null) return;
  await /** @type {Promise<void>} */ (
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve();
      }, 20000);
      child.on('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    })
  );
};
