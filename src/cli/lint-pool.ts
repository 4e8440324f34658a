/**
 * `lectern lint` over many files on every core: the main thread and `workers - 1` worker threads
 * (dist/cli-lint-worker.js, lint-worker.ts) take files from one shared counter, and each result is stored at its file's
 * index, so the output is in the same order, byte for byte, as a run on one thread. The engine is deterministic and each
 * text is linted alone, so where a file was linted cannot change what is found in it.
 *
 * Every thread gets all the texts once (workerData) and claims the next file with an atomic increment of a counter in
 * shared memory (`Atomics.add`), largest files first. Nobody waits for anybody: the previous version fed each worker
 * two files at a time by message, and a worker whose next file was stuck behind a long lint on the main thread sat idle
 * (a sixth of its time on the 200-post corpus), so two threads were slower than one on a busy machine. Largest first
 * also leaves only small files for the end, where one thread would otherwise finish a long post alone.
 *
 * The main thread lints too (on a 2-core machine that is half the work) and yields to the event loop between files so
 * the workers' replies are taken in as they come. A worker that fails to start or dies leaves files without a result:
 * once no worker is running any more, the main thread lints those itself, so the run still finishes, on fewer threads.
 *
 * LECTERN_WORKERS=n forces n threads in all (1: no worker thread at all); by default, one per available core, at most 8.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { lintText, type LecternConfig, type LintResult } from '../core/lint/index';
import { nodeProviders } from './node-providers';

/** What a worker thread starts with. */
export interface WorkerStart {
  config: LecternConfig;
  texts: readonly string[];
  /** Indexes of `texts` in the order files are claimed (largest first). */
  order: Int32Array;
  /** One Int32: how many entries of `order` have been claimed, by any thread. */
  next: SharedArrayBuffer;
}

export type WorkerReply =
  | { index: number; result: LintResult }
  | { index: number; error: { message: string; stack?: string } }
  /** The worker found the counter past the end: it has replied for every file it claimed. */
  | { done: true };

const MAX_THREADS = 8;

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
  const store = (index: number, value: LintResult | Error) => {
    if (results[index] === undefined) { results[index] = value; done++; }
  };
  const order = Int32Array.from(texts.map((_, i) => i).sort((a, b) => texts[b]!.length - texts[a]!.length || a - b));
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);

  const workers: Worker[] = [];
  let running = 0;
  let wake: (() => void) | undefined;
  const signal = () => { const w = wake; wake = undefined; w?.(); };
  // Loaded only when there is a worker to start: a one-thread run (and every small run) never pays for it.
  // (A require: dist/cli-main.js runs through vm.Script for the code cache, where import() is not available.)
  const spawn = threads > 1 && texts.length > 1
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose (see above)
    ? (require('node:worker_threads') as typeof import('node:worker_threads')).Worker : undefined;
  for (let t = 1; spawn && t < Math.min(threads, texts.length); t++) {
    let alive = true;
    const worker = new spawn(script, { workerData: { config, texts, order, next } satisfies WorkerStart });
    running++;
    const gone = () => {
      if (!alive) return;
      alive = false;
      running--;
      signal();
    };
    worker.on('message', (reply: WorkerReply) => {
      if ('done' in reply) { gone(); return; }
      store(reply.index, 'result' in reply ? reply.result : Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
      signal();
    });
    worker.on('error', gone);
    worker.on('exit', gone);
    workers.push(worker);
  }

  try {
    for (;;) {
      const k = Atomics.add(counter, 0, 1);
      if (k >= order.length) break;
      store(order[k]!, lintHere(texts[order[k]!]!, config));
      // Let the workers' replies in before the next file.
      if (running > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    // The workers finish the files they claimed; a worker that died leaves some without a result.
    while (done < texts.length && running > 0) await new Promise<void>((resolve) => { wake = resolve; });
    for (let i = 0; i < texts.length; i++) if (results[i] === undefined) store(i, lintHere(texts[i]!, config));
  } finally {
    for (const w of workers) { w.removeAllListeners('exit'); void w.terminate(); }
  }
  return results as Array<LintResult | Error>;
}
