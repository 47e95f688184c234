import { spawn, type ChildProcess } from 'node:child_process';
import { connect, type Socket } from 'node:net';

/** A listening port whose accept queue is full: new connections hang in the handshake. */
export interface Blackhole {
  readonly port: number;
  /** Kills the child process (by its pid) and closes the filler sockets. */
  close(): Promise<void>;
}

/**
 * A loopback port that accepts TCP handshakes into a tiny backlog and never accepts them, so that once the backlog
 * is full the kernel drops further SYNs and a client's connect hangs until its own connect timeout. The listener
 * lives in a child process whose event loop is blocked (`Atomics.wait`), because a Node server in this process
 * would accept at once. Filler connections fill the queue first; a probe then checks that a connection really
 * hangs, and the helper throws (rather than let a cell pass by luck) when the kernel does not behave so.
 */
export async function startBlackhole(): Promise<Blackhole> {
  const script = [
    "const net = require('node:net'); const fs = require('node:fs');",
    "const server = net.createServer(); server.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {",
    "  fs.writeSync(1, server.address().port + '\\n');",
    '  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120000); process.exit(0);',
    '});',
  ].join('\n');
  const child: ChildProcess = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('\n')) resolve(Number(text.trim()));
    });
    child.once('exit', (code) => reject(new Error(`blackhole child exited early (${code})`)));
  });
  const fillers: Socket[] = [];
  for (let index = 0; index < 8; index++) {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.on('error', () => undefined);
    fillers.push(socket);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  const hangs = await new Promise<boolean>((resolve) => {
    const probe = connect({ port, host: '127.0.0.1' });
    probe.on('error', () => resolve(false));
    const timer = setTimeout(() => {
      probe.destroy();
      resolve(true);
    }, 400);
    probe.once('connect', () => {
      clearTimeout(timer);
      probe.destroy();
      resolve(false);
    });
  });
  const close = async () => {
    for (const socket of fillers) socket.destroy();
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(child.pid, 'SIGKILL');
      await exited;
    }
  };
  if (!hangs) {
    await close();
    throw new Error('the loopback blackhole did not hold a connection in the handshake: this kernel accepts past a full backlog');
  }
  return { port, close };
}
