/** Stops the app global-setup started (it removes its own database and compiled copy). */
module.exports = async function globalTeardown() {
  const child = globalThis.__E2E_SERVER__;
  if (!child || child.exitCode !== null) return;
  await new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 20000);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
};
