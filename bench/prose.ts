/**
 * The real-prose section of `npm run bench` (issue 11), the headline of the report: what a CLI user, CI and the editor
 * pay on drafts of real writing, measured from outside as whole processes.
 *
 * - Drafts of 1k, 10k and 100k prose words are built from a folder of real posts (default ../shared/corpus/en, or
 *   `--prose <folder>`): front matter, fenced and indented code, HTML, tables and shortcodes are removed, the remaining
 *   paragraphs, headings, lists and quotes are taken in file order until the draft has that many words as Lectern counts
 *   prose words (code is never counted). The corpus is read, never copied into the repository: drafts go to out/bench.
 * - Lectern's CLI, alex's CLI, write-good's CLI and a retext pipeline (bench/retext-cli.ts) lint each draft as whole
 *   processes, alternating tool by tool in every round, so a change in machine load hits them all alike; medians with
 *   min and max, ratios to Lectern, and each tool's growth exponent from 1k to 100k words (1 = linear).
 * - Start-up on a tiny file against bare `node -e 0`; the whole folder with 1 and with 2 workers (LECTERN_WORKERS);
 *   in-process first and warm lint of 100k words; re-lint after one-character edits on 10k; peak RSS of each process
 *   (bench/probe.ts, preloaded); the activation time that the host run (`npm run test:vsix`, the installed VSIX) wrote to
 *   test-results/activation.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';

export interface ProseDraft {
  label: string;
  file: string;
  words: number;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** The prose of one post: no front matter, code, HTML, tables or shortcodes; blocks separated by blank lines. */
export function proseBlocks(text: string): string[] {
  const body = text.replace(/^\uFEFF?(---|\+\+\+)\r?\n[\s\S]*?\r?\n\1[ \t]*(\r?\n|$)/, '');
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  let html = false;
  const flush = () => {
    if (current.length) blocks.push(current.join('\n'));
    current = [];
  };
  for (const line of body.split(/\r?\n/)) {
    if (fence) {
      if (line.trim().startsWith(fence)) fence = null;
      continue;
    }
    const f = FENCE.exec(line);
    if (f) { flush(); fence = f[1]!.slice(0, 3); continue; }
    if (line.trim() === '') { flush(); html = false; continue; }
    if (html) continue;
    if (/^\s*<(?!https?:)/.test(line)) { flush(); html = true; continue; }
    if (/^( {4}|\t)/.test(line) && current.length === 0) continue;
    if (/^\s*\|/.test(line) || /^\s*\{\{[<%]/.test(line) || /^\s*\{%/.test(line) || /^\s*\[\^?[^\]]+\]:\s/.test(line)) { flush(); continue; }
    current.push(line);
  }
  flush();
  return blocks;
}

export function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|markdown|mdx)$/i.test(e.name))
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .filter((p) => !p.split(sep).includes('node_modules'))
    .sort();
}

/**
 * Drafts of each size in `sizes` (prose words as `countWords` counts them), written to `outDir`. Blocks are taken in
 * file order, from the start again if the folder runs out (said in the label).
 */
export function buildProseDrafts(folder: string, outDir: string, sizes: readonly number[], countWords: (text: string) => number): ProseDraft[] {
  const blocks = markdownFiles(folder).flatMap((f) => proseBlocks(readFileSync(f, 'utf8')));
  const counted = blocks.map((b) => ({ text: b, words: countWords(b) })).filter((b) => b.words > 0);
  if (counted.length === 0) throw new Error(`bench: ${folder}: no prose found in its Markdown files`);
  return sizes.map((size) => {
    const out: string[] = [];
    let words = 0;
    let wrapped = false;
    for (let i = 0; words < size; i++) {
      if (i > 0 && i % counted.length === 0) wrapped = true;
      const b = counted[i % counted.length]!;
      out.push(b.text);
      words += b.words;
    }
    const text = out.join('\n\n') + '\n';
    const file = join(outDir, `prose-${size / 1000}k.md`);
    writeFileSync(file, text);
    const label = `real prose ${size / 1000}k${wrapped ? ' (folder repeated)' : ''}`;
    return { label, file, words: countWords(text) };
  });
}

// ── Whole processes, timed from outside ─────────────────────────────────────────────────────────────────────────

export interface ProcessRun {
  wallMs: number;
  /** From bench/probe.ts when it was preloaded: user + system CPU and peak RSS of the process. */
  cpuMs?: number;
  maxRssKb?: number;
  status: number | null;
}

export interface Command {
  name: string;
  argv: string[];
  env?: NodeJS.ProcessEnv;
  /** Preload the probe (CPU and peak RSS); off for start-up comparisons, where even loading it counts. */
  probe?: boolean;
  /** write-good exits with its number of suggestions: any exit status but a crash is a finished run. */
  exitIsCount?: boolean;
}

const PROBE_TAG = 'LECTERN_BENCH_PROBE ';

export function runProcess(cmd: Command, probePath: string, cwd: string): ProcessRun {
  const args = cmd.probe === false ? cmd.argv : ['--require', probePath, ...cmd.argv];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: '0', ...cmd.env },
  });
  const wallMs = performance.now() - t0;
  if (r.error) throw new Error(`${cmd.name}: ${r.error.message}`);
  // Exit 1 means "findings" for every linter here; anything else is a failure worth stopping for.
  if (r.status === null || (r.status > 1 && !cmd.exitIsCount)) throw new Error(`${cmd.name} exited ${r.status}: ${r.stderr.slice(-1500)}`);
  const run: ProcessRun = { wallMs, status: r.status };
  const line = r.stderr.split('\n').find((l) => l.startsWith(PROBE_TAG));
  if (line) {
    const p = JSON.parse(line.slice(PROBE_TAG.length)) as { cpuMs: number; maxRssKb: number };
    run.cpuMs = p.cpuMs;
    run.maxRssKb = p.maxRssKb;
  }
  return run;
}

export interface Stats { median: number; min: number; max: number; n: number }

export function stats(xs: readonly number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  const median = s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  return { median, min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN, n: s.length };
}

/**
 * Runs every command `rounds` times, alternating (round 1: a, b, c; round 2: a, b, c; …) after one unmeasured warm-up
 * run each (disk cache, Lectern's code cache). Commands slower than `slowMs` on the warm-up run `slowRounds` times.
 */
export function alternate(commands: readonly Command[], rounds: number, probePath: string, cwd: string,
  opts: { slowMs?: number; slowRounds?: number; onRun?: (name: string, run: ProcessRun) => void } = {}): Map<string, ProcessRun[]> {
  const runs = new Map<string, ProcessRun[]>(commands.map((c) => [c.name, []]));
  const limit = new Map<string, number>();
  for (const c of commands) {
    const warm = runProcess(c, probePath, cwd);
    limit.set(c.name, opts.slowMs !== undefined && warm.wallMs > opts.slowMs ? Math.min(rounds, opts.slowRounds ?? rounds) : rounds);
  }
  for (let round = 0; round < rounds; round++) {
    for (const c of commands) {
      if (round >= limit.get(c.name)!) continue;
      const run = runProcess(c, probePath, cwd);
      runs.get(c.name)!.push(run);
      opts.onRun?.(c.name, run);
    }
  }
  return runs;
}

/** Growth exponent between two sizes: 1 is linear, 0 is constant (start-up dominates), 2 quadratic. */
export function growthExponent(t1: number, w1: number, t2: number, w2: number): number {
  return Math.log(t2 / t1) / Math.log(w2 / w1);
}

/**
 * What the host run recorded (test/host/vsix.ts: activation.json), or why there is nothing. `ms` is what Running
 * Extensions shows (code loading + activate call); the text names its parts and the load average at the time, since
 * code loading is mostly CPU and the rest can be waiting on a busy machine.
 */
export function readActivation(resultsDir: string): { ms: number; text: string } | { ms: null; text: string } {
  const file = join(resultsDir, 'activation.json');
  if (!existsSync(file)) return { ms: null, text: 'not measured: run `npm run test:vsix` first (it writes test-results/activation.json)' };
  try {
    const a = JSON.parse(readFileSync(file, 'utf8')) as {
      activationMs?: unknown; codeLoadingMs?: unknown; activateCallMs?: unknown; activateResolvedMs?: unknown;
      source?: unknown; at?: unknown; loadAverage?: unknown; sameEvent?: { id: string; codeLoadingMs: number }[];
    };
    if (typeof a.activationMs !== 'number') return { ms: null, text: 'test-results/activation.json has no activationMs' };
    const age = statSync(file).mtime.toISOString().slice(0, 16).replace('T', ' ');
    const parts = typeof a.codeLoadingMs === 'number'
      ? `code loading ${a.codeLoadingMs} ms + activate call ${String(a.activateCallMs)} ms; activate resolved ${String(a.activateResolvedMs)} ms after the call; `
      : '';
    // Extensions activated by the same event load together: VS Code's "code loading" of each includes the others'.
    const before = Array.isArray(a.sameEvent) ? a.sameEvent.filter((o) => typeof a.codeLoadingMs === 'number' && o.codeLoadingMs <= a.codeLoadingMs) : [];
    const others = before.length > 0
      ? `activated together with ${before.map((o) => `${o.id} (code loading ${o.codeLoadingMs} ms)`).join(', ')}, so Lectern's own code loading is about ${Number(a.codeLoadingMs) - Math.max(...before.map((o) => o.codeLoadingMs))} ms; `
      : '';
    const load = Array.isArray(a.loadAverage) ? `, load average ${a.loadAverage.join(' ')}` : '';
    return { ms: a.activationMs, text: `${parts}${others}${typeof a.source === 'string' ? a.source : 'host run'}, recorded ${typeof a.at === 'string' ? a.at : age} UTC${load}` };
  } catch (e) {
    return { ms: null, text: `test-results/activation.json unreadable: ${e instanceof Error ? e.message : String(e)}` };
  }
}
