/**
 * `lectern lint` over many files on every core: the main thread and `workers - 1` worker threads
 * (dist/cli-lint-worker.js, lint-worker.ts) take files from one shared counter, and each outcome is stored at its file's
 * index, so the output is in the same order, byte for byte, as a run on one thread. The engine is deterministic and each
 * text is linted alone, so where a file was linted cannot change what is found in it.
 *
 * Each thread does the whole job for the files it claims: it reads the file (the same refusals as a one-file run:
 * vanished, unreadable, binary, not UTF-8, over the size limit), lints it and turns the findings into the output's
 * diagnostics (`fileLint`). So the main thread neither reads every file before the workers can start nor converts
 * every file's offsets after they are done, and a worker sends back diagnostics, not texts and findings. The workers
 * are started before anything else is done: at process start when the arguments look like a many-file lint
 * (lint-prestart.ts), else first thing here; either way their start-up (≈ 80 ms of CPU each: a new V8 isolate and the
 * engine's bundle) runs beside the main thread's instead of after it. Each waits for one message with its job.
 *
 * Files are claimed largest first (sizes from one `stat` each), with an atomic increment of a counter in shared memory
 * (`Atomics.add`): nobody waits for anybody, and only small files are left for the end, where one thread would
 * otherwise finish a long post alone. The order reaches the workers with their job, as soon as it is known.
 *
 * The main thread lints too (on a 2-core machine that is half the work) and yields to the event loop between files so
 * the workers' replies are taken in as they come. A worker that fails to start or dies leaves files without an
 * outcome: once no worker is running any more, the main thread does those itself, so the run still finishes, on fewer
 * threads.
 *
 * Reads are synchronous (`readFileSync`): each thread has nothing else to do meanwhile, and a callback read costs a trip
 * through libuv's thread pool and the event loop per file.
 *
 * How many threads (LECTERN_WORKERS, else one per core) is `threadCount` in lint-prestart.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { lintText } from '../core/lint/index';
import { nodeProviders } from './node-providers';
import type { CliFs, LintJob } from './fs';
import { fileLint, type FileOutcome } from './lint/report';
import { readTextFile } from './text-file';

/** What a worker thread gets, in one message, once the sizes are known: everything it needs for its files. */
export interface WorkerStart {
  job: LintJob;
  /** Absolute paths of the files. */
  paths: readonly string[];
  /** Indexes of `paths` in the order files are claimed (largest first). */
  order: Int32Array;
  /** One Int32: how many entries of `order` have been claimed, by any thread. */
  next: SharedArrayBuffer;
}

export type WorkerReply =
  | { index: number; outcome: FileOutcome }
  | { index: number; error: { message: string; stack?: string } }
  /** The worker found the counter past the end: it has replied for every file it claimed. */
  | { done: true };

/** Where the workers come from: the worker script, and workers already started for this run (lint-prestart.ts). */
export interface PoolStart {
  script?: string;
  prestarted?: readonly Worker[];
}

/** The read half of the CLI's file system, synchronous underneath, with node-main.ts's `nodeFs` semantics. */
const syncReads: Pick<CliFs, 'stat' | 'readFile'> = {
  stat(path) {
    try {
      const s = statSync(path);
      return Promise.resolve({ kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', mtimeMs: s.mtimeMs, size: s.size });
    } catch {
      return Promise.resolve(null);
    }
  },
  readFile(path) {
    try {
      return Promise.resolve(readFileSync(path));
    } catch (error) {
      return Promise.reject(error);
    }
  },
};

/**
 * One file of a many-file run, on whichever thread claimed it: read (a refusal is an outcome), linted, converted to
 * the output's diagnostics. Rejects only when linting throws.
 */
export async function lintFileAt(path: string, job: LintJob): Promise<FileOutcome> {
  const read = await readTextFile(syncReads, path, job.maxSize);
  if (!read.ok) return read;
  const text = read.decoded.text;
  return { ok: true, lint: fileLint(text, lintText(text, job.config, nodeProviders), job.locale) };
}

async function settle(path: string, job: LintJob): Promise<FileOutcome | Error> {
  try {
    return await lintFileAt(path, job);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** File sizes for the claim order; a file that cannot be stat'ed counts as empty (it will be refused quickly). */
function claimOrder(paths: readonly string[]): Int32Array {
  const sizes = paths.map((p) => {
    try {
      return statSync(p).size;
    } catch {
      return 0;
    }
  });
  return Int32Array.from(paths.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b));
}

/**
 * Reads and lints `paths` under `job` on `threads` threads (this one included). Outcomes are in the paths' order; an
 * Error stands where linting that file threw.
 */
export async function lintFilesInParallel(paths: readonly string[], job: LintJob, threads: number,
  { script = join(__dirname, 'cli-lint-worker.js'), prestarted = [] }: PoolStart = {}): Promise<Array<FileOutcome | Error>> {
  const outcomes: Array<FileOutcome | Error | undefined> = new Array(paths.length);
  let done = 0;
  const store = (index: number, value: FileOutcome | Error) => {
    if (outcomes[index] === undefined) { outcomes[index] = value; done++; }
  };
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);

  const workers: Worker[] = [];
  let running = 0;
  let wake: (() => void) | undefined;
  const signal = () => { const w = wake; wake = undefined; w?.(); };
  const wanted = threads > 1 && paths.length > 1 ? Math.min(threads, paths.length) - 1 : 0;
  // Started at process start when the arguments said so (lint-prestart.ts); unref'd until adopted here. One that is
  // already gone (threadId -1: it failed to start) is not waited for: its files are claimed by the others.
  const adopted = prestarted.slice(0, wanted).filter((w) => w.threadId >= 0);
  // Loaded only when there is a worker to start: a one-thread run (and every small run) never pays for it.
  // (A require: dist/cli-main.js runs through vm.Script for the code cache, where import() is not available.)
  const spawn = wanted > prestarted.length
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose (see above)
    ? (require('node:worker_threads') as typeof import('node:worker_threads')).Worker : undefined;
  const fresh = spawn ? Array.from({ length: wanted - prestarted.length }, () => new spawn(script)) : [];
  for (const worker of [...adopted, ...fresh]) {
    let alive = true;
    worker.ref();
    running++;
    const gone = () => {
      if (!alive) return;
      alive = false;
      running--;
      signal();
    };
    worker.on('message', (reply: WorkerReply) => {
      if ('done' in reply) { gone(); return; }
      store(reply.index, 'outcome' in reply ? reply.outcome : Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
      signal();
    });
    worker.on('error', gone);
    worker.on('exit', gone);
    workers.push(worker);
  }

  try {
    // The workers start up meanwhile (if they are not up yet); they wait for this message before they claim anything.
    const order = claimOrder(paths);
    for (const w of workers) w.postMessage({ job, paths, order, next } satisfies WorkerStart);
    for (;;) {
      const k = Atomics.add(counter, 0, 1);
      if (k >= order.length) break;
      store(order[k]!, await settle(paths[order[k]!]!, job));
      // Let the workers' replies in before the next file.
      if (running > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    // The workers finish the files they claimed; a worker that died leaves some without an outcome.
    while (done < paths.length && running > 0) await new Promise<void>((resolve) => { wake = resolve; });
    for (let i = 0; i < paths.length; i++) if (outcomes[i] === undefined) store(i, await settle(paths[i]!, job));
  } finally {
    for (const w of [...workers, ...prestarted.slice(wanted)]) { w.removeAllListeners('exit'); void w.terminate(); }
  }
  return outcomes as Array<FileOutcome | Error>;
}
