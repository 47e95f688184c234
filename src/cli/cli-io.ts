/** Where the CLI reads and writes: the process's streams in production, buffers in tests. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Read only when a command takes `-` (or no file) as input. */
  stdin: AsyncIterable<string | Uint8Array> & { isTTY?: boolean };
  /** Environment variables (credentials, `PARCELINE_FIXTURES_DIR`). */
  env: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths are read from. */
  cwd: string;
  /** Aborts tracking (Ctrl-C). */
  signal?: AbortSignal;
}

/** Reads a stream to the end as UTF-8 text. */
export async function readAll(stream: AsyncIterable<string | Uint8Array>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
