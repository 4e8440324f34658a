/**
 * Entry of dist/cli.js (what bin/lectern.js and `node dist/cli.js` load). It only loads the real CLI,
 * dist/cli-main.js (src/cli/node-main.ts), through V8's code cache: compiling ~0.5 MB of bundled JavaScript is most of
 * a CLI start (≈30 ms → ≈12 ms with the cache, measured on Node 20). The cache is written after a run, so it also
 * holds the bytecode of every function that run compiled (the lint engine), which a later cold lint then skips.
 *
 * The cache lives in the user's cache folder (never a shared temporary folder: V8 trusts cached data), keyed by the
 * bundle's path, size and mtime and by the Node version; V8 rejects it anyway if the source changed. Any failure
 * falls back to a plain require. LECTERN_NO_CODE_CACHE=1 turns it off.
 */
import { isAscii } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire, Module } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import type { Worker } from 'node:worker_threads';
import { prestartLintWorkers } from './lint-prestart';

interface CliMain {
  runFromProcess(lintWorkers?: readonly Worker[]): Promise<void>;
}

const MAIN = join(__dirname, 'cli-main.js');

/**
 * A 64-bit FNV-1a hash of the key, as hex. Not node:crypto: loading it costs more than the rest of this loader (it is
 * not in Node's startup snapshot), and the key only has to tell bundles apart; V8 checks the source itself.
 */
function keyHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/**
 * `cli-<install>-<bundle>.v8cache`: the first hash names the installation (the bundle's path), the second the bundle
 * and the Node that compiled it. A new build or version of one installation replaces that installation's cache
 * (`pruneOlder`), so the folder holds one file per place Lectern is installed, not one per build ever run.
 */
function cacheFile(stat: { size: number; mtimeMs: number }, kind: CacheKind): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const key = keyHash(`${MAIN}\0${stat.size}\0${stat.mtimeMs}\0${process.version}\0${process.arch}`);
  return join(base, 'lectern', `${installPrefix()}${key}${kind === 'partial' ? '.partial' : ''}.v8cache`);
}

/**
 * What a cache holds: the bytecode of every function its run compiled. A `lint` or `check` run compiles the lint
 * engine ("full"); `--version`, `--help`, `goals` and the like do not ("partial"). A lint run that finds only a
 * partial cache replaces it with a full one after it, so whichever command runs first after an install, later lints
 * start with the engine compiled.
 */
type CacheKind = 'full' | 'partial';

function runKind(argv: readonly string[]): CacheKind {
  const command = argv.slice(2).find((a) => !a.startsWith('-'));
  return command === 'lint' || command === 'check' ? 'full' : 'partial';
}

function tryRead(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

function installPrefix(): string {
  return `cli-${keyHash(MAIN)}-`;
}

/** Removes this installation's caches of earlier builds (best effort: another run may be removing them too). */
function pruneOlder(keep: string): void {
  const folder = dirname(keep);
  const prefix = installPrefix();
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(prefix) || !name.endsWith('.v8cache') || join(folder, name) === keep) continue;
    try { unlinkSync(join(folder, name)); } catch { /* gone already or not ours to remove */ }
  }
}

/** Compiles and runs dist/cli-main.js as CommonJS, with V8's code cache when there is a usable one. */
function loadMain(): CliMain {
  if (process.env.LECTERN_NO_CODE_CACHE === '1') return createRequire(MAIN)(MAIN) as CliMain;
  let script: Script;
  let cache: string;
  let cached: Buffer | undefined;
  let upgrade = false;
  try {
    const stat = statSync(MAIN);
    const kind = runKind(process.argv);
    cache = cacheFile(stat, kind);
    cached = tryRead(cacheFile(stat, 'full'));
    if (cached === undefined) {
      cached = tryRead(cacheFile(stat, 'partial'));
      upgrade = cached !== undefined && kind === 'full';
    }
    // The build makes the bundle pure ASCII (scripts/ascii-output.mjs); read so, it is a one-byte string without
    // UTF-8 decoding (0.4 ms, against 5.5 ms for the bundle when it still had raw Chinese marks in it).
    const bytes = readFileSync(MAIN);
    script = new Script(Module.wrap(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')), { filename: MAIN, cachedData: cached });
  } catch {
    return createRequire(MAIN)(MAIN) as CliMain;
  }
  const module = { exports: {} as CliMain, filename: MAIN, id: MAIN, loaded: false };
  const wrapper = script.runInThisContext() as (e: unknown, r: NodeRequire, m: unknown, f: string, d: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(MAIN), module, MAIN, dirname(MAIN));
  module.loaded = true;
  if (cached === undefined || script.cachedDataRejected || upgrade) {
    // After the run: the cache then also holds the functions this run compiled (most of the lint engine).
    process.once('exit', () => {
      try {
        mkdirSync(dirname(cache), { recursive: true, mode: 0o700 });
        const tmp = `${cache}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        renameSync(tmp, cache);
        pruneOlder(cache);
      } catch {
        // No cache this time: the next run compiles again, nothing else changes.
      }
    });
  }
  return module.exports;
}

/**
 * V8's profiler counter budget before a function is optimised (TurboFan), 16 times V8's default (67,584 bytes of
 * bytecode executed). A CLI run is short: with the default, V8 optimises hundreds of lint functions that then run for a
 * few milliseconds, and that compiling was a third of a cold `lectern lint` of a 10k-word draft (CPU 336 → 234 ms;
 * 100k words 1,233 → 850 ms; the 200-post folder 2.33 → 2.08 s; load 6–7, 2 cores). Only the really hot loops are
 * optimised now, a little later. Set before the bundle is compiled, so the code cache is made and read under the same
 * flags; it is process-wide, so the lint worker threads get it too. The extension host is not ours to tune: only here.
 */
const INTERRUPT_BUDGET = 67_584 * 16;

/** Entry used by bin/lectern.js. */
export async function runFromProcess(): Promise<void> {
  try {
    setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  } catch {
    // A Node without the flag: default tiering, same results.
  }
  // A many-file lint's workers start now, beside this thread's start-up (lint-prestart.ts).
  let lintWorkers: Worker[] = [];
  try {
    lintWorkers = prestartLintWorkers(process.argv.slice(2), process.env, process.cwd(), join(__dirname, 'cli-lint-worker.js'));
  } catch {
    // They start later, in the pool.
  }
  return loadMain().runFromProcess(lintWorkers);
}
