import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

/** Another app instance in a child process (see stats-instance.js). */
export interface Instance {
  /** http://127.0.0.1:<port> */
  url: string;
  /** Writes its buffered views; resolves with how many. */
  flush(): Promise<number>;
  /** Sends a signal and waits for the process to end; resolves with its exit code or signal. */
  stop(signal: NodeJS.Signals): Promise<string>;
}

const SCRIPT = path.join(__dirname, 'stats-instance.js');

/**
 * Starts an instance on the database and Redis of this process's environment, plus `env`.
 * Rejects with the child's error output when it cannot start.
 */
export const startInstance = (env: Record<string, string> = {}): Promise<Instance> =>
  new Promise((resolve, reject) => {
    const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [SCRIPT], {
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const ended = new Promise<string>((done) => child.on('exit', (code, signal) => done(signal ?? String(code))));
    const waiting: ((line: string) => void)[] = [];
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (line.startsWith('READY ')) {
        const url = `http://127.0.0.1:${line.slice(6).trim()}`;
        resolve({
          url,
          flush: () =>
            new Promise<number>((done) => {
              waiting.push((answer) => done(Number(answer.replace('FLUSHED ', ''))));
              child.stdin.write('flush\n');
            }),
          async stop(signal) {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return ended;
          },
        });
      } else if (line.startsWith('FLUSHED ')) {
        waiting.shift()?.(line);
      }
    });
    void ended.then((how) =>
      reject(new Error(`The instance ended (${how}) before it was ready:\n${stderr.slice(-3000)}`))
    );
  });
