/**
 * The lint worker threads of a many-file `lectern lint`, started the moment the process starts (dist/cli.js,
 * node.ts), before the CLI is even loaded: a worker's own start-up (a new V8 isolate, Node's internals, the engine's
 * bundle: ≈ 80 ms of CPU) then runs on the core that the main thread's start-up leaves idle, instead of delaying the
 * worker's first file while the main thread is already linting. lint-pool.ts adopts them (`lintFilesInParallel`).
 *
 * Whether the run will lint many files is guessed from the arguments alone, cheaply (option names from lint/options.ts): `lint` without `--fix` (which
 * lints on one thread) and without `--help`, naming a folder, a glob, or nothing (the workspace's content). A wrong
 * guess costs only time: a worker started for a run that has too few files is left unused (unref'd, it never keeps
 * the process alive), and a run that was not guessed starts its workers when it gets to them. Nothing here decides
 * what is linted or how.
 *
 * Also the home of the thread count (LECTERN_WORKERS), which both ends need; this file stays free of the engine so
 * dist/cli.js stays small.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { LINT_VALUE_OPTIONS } from './lint/options';

const MAX_THREADS = 8;

/** Threads for a run: LECTERN_WORKERS when it is a positive whole number, else one per core (at most 8). */
export function threadCount(env: Record<string, string | undefined> | undefined): number {
  const forced = env?.LECTERN_WORKERS;
  if (forced !== undefined && /^[1-9]\d*$/.test(forced.trim())) return Math.min(Number(forced.trim()), 64);
  return Math.max(1, Math.min(availableParallelism(), MAX_THREADS));
}

/** `lectern lint`'s options that take a value (`--format json`), from the command's own list; the global `--locale` too. */
const VALUE_OPTIONS: ReadonlySet<string> = new Set([...LINT_VALUE_OPTIONS, '--locale']);

/** True when `argv` (without node and the script) looks like a lint of a folder, a glob or the workspace, without --fix. */
export function looksLikeManyFiles(argv: readonly string[], cwd: string): boolean {
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') { positionals.push(...argv.slice(i + 1)); break; }
    if (arg === '--fix' || arg === '--help' || arg === '-h') return false;
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-') || arg === '-') positionals.push(arg);
  }
  if (positionals[0] !== 'lint') return false;
  const paths = positionals.slice(1);
  if (paths.length === 0) return true;
  return paths.some((p) => /[*?[{]/.test(p) || isFolder(p, cwd));
}

function isFolder(path: string, cwd: string): boolean {
  try {
    return statSync(resolve(cwd, path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Starts `threads - 1` lint workers on `script` when the arguments look like a many-file lint (see above); each waits
 * for its job. They are unref'd until a pool adopts them, and an error at their start is kept for the pool to see (a
 * worker that is gone has `threadId` -1), never thrown here.
 */
export function prestartLintWorkers(argv: readonly string[], env: Record<string, string | undefined>, cwd: string,
  script: string): Worker[] {
  const threads = threadCount(env);
  if (threads < 2 || !looksLikeManyFiles(argv, cwd)) return [];
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only a many-file lint loads worker_threads
  const { Worker: Spawn } = require('node:worker_threads') as typeof import('node:worker_threads');
  const workers: Worker[] = [];
  for (let t = 1; t < threads; t++) {
    const worker = new Spawn(script);
    worker.on('error', () => { /* the pool sees it gone (threadId -1) and does its files itself */ });
    worker.unref();
    workers.push(worker);
  }
  return workers;
}
