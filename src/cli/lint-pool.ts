/**
 * `lectern lint` over many files on every core: the main thread and `workers - 1` worker threads
 * (dist/cli-lint-worker.js, lint-worker.ts) take files from one queue, and each result is stored at its file's index,
 * so the output is in the same order, byte for byte, as a run on one thread. The engine is deterministic and each
 * text is linted alone, so where a file was linted cannot change what is found in it.
 *
 * The main thread lints too (on a 2-core machine that is half the work) and yields to the event loop between files so
 * the workers' replies are taken in; each worker is kept two files ahead so it never waits for the main thread. A
 * worker that fails to start or dies hands its files back to the queue: the run still finishes, on fewer threads.
 *
 * LECTERN_WORKERS=n forces n threads in all (1: no worker thread at all); by default, one per available core, at most 8.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { lintText, type LecternConfig, type LintResult } from '../core/lint/index';
import { nodeProviders } from './node-providers';

export interface WorkerJob {
  index: number;
  text: string;
}

export type WorkerReply =
  | { index: number; result: LintResult }
  | { index: number; error: { message: string; stack?: string } };

const MAX_THREADS = 8;
/** Files each worker has in hand: one it lints, one waiting, so it never idles while the main thread is busy. */
const AHEAD = 2;

/** Threads for a run: LECTERN_WORKERS when it is a positive whole number, else one per core (at most 8). */
export function threadCount(env: Record<string, string | undefined> | undefined): number {
  const forced = env?.LECTERN_WORKERS;
  if (forced !== undefined && /^[1-9]\d*$/.test(forced.trim())) return Math.min(Number(forced.trim()), 64);
  return Math.max(1, Math.min(availableParallelism(), MAX_THREADS));
}

function lintHere(text: string, config: LecternConfig): LintResult | Error {
  try {
    return lintText(text, config, nodeProviders);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Lints `texts` under `config` on `threads` threads (this one included). Results are in the texts' order; an Error
 * stands where linting that text threw.
 */
export async function lintInParallel(texts: readonly string[], config: LecternConfig, threads: number,
  script = join(__dirname, 'cli-lint-worker.js')): Promise<Array<LintResult | Error>> {
  const results: Array<LintResult | Error | undefined> = new Array(texts.length);
  let done = 0;
  const queue: number[] = texts.map((_, i) => i);
  let wake: (() => void) | undefined;
  const signal = () => { const w = wake; wake = undefined; w?.(); };
  const store = (index: number, value: LintResult | Error) => {
    if (results[index] === undefined) { results[index] = value; done++; }
  };

  const workers: Worker[] = [];
  // Loaded only when there is a worker to start: a one-thread run (and every small run) never pays for it.
  // (A require: dist/cli-main.js runs through vm.Script for the code cache, where import() is not available.)
  const spawn = threads > 1 && texts.length > 1
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose (see above)
    ? (require('node:worker_threads') as typeof import('node:worker_threads')).Worker : undefined;
  for (let t = 1; spawn && t < Math.min(threads, texts.length); t++) {
    const inFlight = new Set<number>();
    let alive = true;
    const worker = new spawn(script, { workerData: { config } });
    const feed = () => {
      while (alive && inFlight.size < AHEAD && queue.length > 0) {
        const index = queue.shift()!;
        inFlight.add(index);
        worker.postMessage({ index, text: texts[index]! } satisfies WorkerJob);
      }
    };
    const lost = () => {
      if (!alive) return;
      alive = false;
      // Its files go back to the front of the queue; the others (and the main thread) take them.
      queue.unshift(...[...inFlight].filter((i) => results[i] === undefined));
      inFlight.clear();
      signal();
    };
    worker.on('message', (reply: WorkerReply) => {
      inFlight.delete(reply.index);
      store(reply.index, 'result' in reply ? reply.result : Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
      feed();
      signal();
    });
    worker.on('error', lost);
    worker.on('exit', lost);
    feed();
    workers.push(worker);
  }

  try {
    while (done < texts.length) {
      const index = queue.shift();
      if (index !== undefined) {
        store(index, lintHere(texts[index]!, config));
        // Let the workers' replies in (and feed them) before the next file.
        await new Promise<void>((resolve) => setImmediate(resolve));
      } else {
        await new Promise<void>((resolve) => { wake = resolve; });
      }
    }
  } finally {
    for (const w of workers) { w.removeAllListeners('exit'); void w.terminate(); }
  }
  return results as Array<LintResult | Error>;
}
