import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/**
 * A full garbage collection, when the runtime lets one be asked for: `global.gc` if the process was started with
 * `--expose-gc`, otherwise V8's flag is set at run time and `gc` is taken from a fresh context. Returns false when
 * neither works (figures are then reported without a collection).
 */
export function collectGarbage(): boolean {
  if (!collect) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (typeof exposed === 'function') collect = exposed;
    else {
      try {
        setFlagsFromString('--expose-gc');
        const fromContext = runInNewContext('gc') as unknown;
        if (typeof fromContext === 'function') collect = fromContext as () => void;
      } catch {
        collect = undefined;
      }
    }
  }
  if (!collect) return false;
  collect();
  return true;
}

/** Heap used in MiB, after a collection when one can be asked for. */
export function heapUsedMiB(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}
