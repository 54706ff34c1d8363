import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';

/** A Redis server of the test's own, on a free port of the readership range (14100-14199), that a test may stop and start. */
export interface PrivateRedis {
  url: string;
  start(): Promise<void>;
  /** Kills the server (SIGKILL): its data is gone, as in a crash. */
  kill(): Promise<void>;
}

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = net.createServer().once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/** Whether a Redis server answers PING on the port. */
const pong = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });

export const privateRedis = async (): Promise<PrivateRedis> => {
  let port = 0;
  for (let candidate = 14100 + Math.floor(Math.random() * 50); candidate < 14200 && !port; candidate += 1)
    if (await isFree(candidate)) port = candidate;
  if (!port) throw new Error('No free port in 14100-14199 for a private Redis.');
  const url = `redis://127.0.0.1:${port}`;
  let server: ChildProcess | null = null;
  return {
    url,
    async start() {
      server = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: 'ignore' }
      );
      // Waits for the server with a bare PING over TCP: no client library whose retries could outlive the test.
      for (let tries = 0; tries < 200; tries += 1) {
        if (await pong(port)) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`The private Redis on port ${port} did not answer PING within 10 s.`);
    },
    async kill() {
      const running = server;
      server = null;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
  };
};
