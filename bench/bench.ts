/**
 * `npm run bench [-- folder…] [-- --prose <folder>] [-- --prose-only] [-- --quick] [-- --profile]`.
 *
 * The headline is the real-prose section (bench/prose.ts): drafts of real posts (default ../shared/corpus/en),
 * Lectern's, alex's and write-good's CLIs and a retext pipeline as whole processes. Without that folder it is skipped,
 * said so in the report, and the synthetic section stands in.
 *
 * The synthetic section: Lectern against alex and a retext pipeline over remark, in process, on synthetic drafts of
 * 1k, 10k and 100k words made from the project's own text, plus every folder given.
 *
 * Every measurement runs in a FRESH Node process (this same file with `--worker`), so load time, cold lint and peak
 * memory are not hidden by an earlier measurement's warm caches. Peak memory is the worker's maxRSS minus that of a
 * bare Node process doing nothing. Lectern is measured as shipped: the core bundled by esbuild into one file.
 *
 * Other benchmarks: every `out/bench/*.bench.js` (built from `bench/*.bench.ts`) is run as its own process; it prints
 * one JSON object per line, `{"name": string, "value": number, "unit": string, "target"?: number | string,
 * "better"?: "lower" | "higher"}`. A numeric target is an upper bound (lower is better) unless `better` is "higher";
 * a string target may carry its comparator ("≤ 2000", ">= 0.9"). Those rows join the table with ✓/✗.
 *
 * Results are printed and written to bench/RESULTS.md with machine information.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem, type as osType, release as osRelease, arch } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve, sep } from 'node:path';
import { collectPools, rng, syntheticDraft } from './synthetic';
import { retextPipeline } from './retext-pipeline';
import { alternate, buildProseDrafts, growthExponent, markdownFiles, readActivation, stats, type Command, type ProcessRun, type ProseDraft, type Stats } from './prose';

// ── Shared shapes ────────────────────────────────────────────────────────────────────────────────────────────────

type Tool = 'lectern' | 'alex' | 'retext';

interface Job {
  kind: 'lint' | 'relint';
  tool?: Tool;
  files: string[];
  /** Warm passes over all files after the first (cold) pass. */
  passes: number;
  core: string;
  edits?: number;
}

interface WorkerResult {
  loadMs: number;
  /** CPU time (user + system) of the same steps: close to the wall time on an idle machine, and much less noisy. */
  loadCpuMs: number;
  firstCpuMs: number;
  warmCpuMs: number;
  /** First pass over all files, right after loading (JIT cold). */
  firstMs: number;
  /** Median of the warm passes. */
  warmMs: number;
  maxRssKb: number;
  findings: number;
  relint?: { medianMs: number; p95Ms: number; medianCpuMs: number; p95CpuMs: number; fullMedianMs: number; edits: number };
}

interface CoreApi {
  lintText(text: string, config?: unknown): { findings: unknown[] };
  Linter: new (config?: unknown) => { lint(text: string): { findings: unknown[] } };
  computeMetrics(text: string): { words: number };
  parseConfig(text: string): { config: unknown };
}

const now = () => performance.now();
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

// ── Worker: one measurement in a fresh process ───────────────────────────────────────────────────────────────────

/** Lints one text and returns the number of findings (a promise for retext, whose remark bridge is async). */
type LintFn = (text: string) => number | Promise<number>;

async function loadTool(tool: Tool, corePath: string): Promise<LintFn> {
  if (tool === 'lectern') {
    const core = createRequire(__filename)(corePath) as CoreApi;
    return (text) => core.lintText(text).findings.length;
  }
  if (tool === 'alex') {
    const alex = (await import('alex')) as { markdown: (value: string) => { messages: unknown[] } };
    return (text) => alex.markdown(text).messages.length;
  }
  return retextPipeline();
}

async function runWorker(job: Job): Promise<WorkerResult> {
  const texts = job.files.map((f) => readFileSync(f, 'utf8'));
  const result: WorkerResult = { loadMs: 0, loadCpuMs: 0, firstMs: 0, firstCpuMs: 0, warmMs: 0, warmCpuMs: 0, maxRssKb: 0, findings: 0 };
  if (job.kind === 'relint') {
    const t0 = now();
    const c0 = cpuNow();
    const core = createRequire(__filename)(job.core) as CoreApi;
    result.loadMs = now() - t0;
    result.loadCpuMs = cpuNow() - c0;
    const linter = new core.Linter();
    let text = texts[0]!;
    const t1 = now();
    result.findings = linter.lint(text).findings.length;
    result.firstMs = now() - t1;
    const r = rng(7);
    const letters = 'etaoinshrdlu ';
    const times: number[] = [];
    const cpuTimes: number[] = [];
    const full: number[] = [];
    const edits = job.edits ?? 200;
    for (let i = 0; i < edits; i++) {
      // A one-character edit at a random place: mostly an insertion (typing), sometimes a deletion.
      const at = Math.floor(r() * text.length);
      text = r() < 0.8 ? text.slice(0, at) + letters[Math.floor(r() * letters.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
      const t = now();
      const c = cpuNow();
      linter.lint(text);
      times.push(now() - t);
      cpuTimes.push(cpuNow() - c);
      if (i % 20 === 0) {
        const tf = now();
        core.lintText(text);
        full.push(now() - tf);
      }
    }
    result.relint = { medianMs: median(times), p95Ms: percentile(times, 95), medianCpuMs: median(cpuTimes), p95CpuMs: percentile(cpuTimes, 95), fullMedianMs: median(full), edits };
    result.maxRssKb = process.resourceUsage().maxRSS;
    return result;
  }
  const t0 = now();
  const c0 = cpuNow();
  const lint = await loadTool(job.tool!, job.core);
  result.loadMs = now() - t0;
  result.loadCpuMs = cpuNow() - c0;
  const t1 = now();
  const c1 = cpuNow();
  for (const t of texts) result.findings += await lint(t);
  result.firstMs = now() - t1;
  result.firstCpuMs = cpuNow() - c1;
  const warm: number[] = [];
  const warmCpu: number[] = [];
  for (let p = 0; p < job.passes; p++) {
    const t = now();
    const c = cpuNow();
    for (const text of texts) await lint(text);
    warm.push(now() - t);
    warmCpu.push(cpuNow() - c);
  }
  result.warmMs = warm.length ? median(warm) : result.firstMs;
  result.warmCpuMs = warmCpu.length ? median(warmCpu) : result.firstCpuMs;
  result.maxRssKb = process.resourceUsage().maxRSS;
  return result;
}

/**
 * Whether other processes competed for the CPU: the 1-minute load average before the run already used most cores, or
 * at the end it exceeds what the benchmark itself adds (one core for the worker).
 */
function isBusy(before: number, after: number): boolean {
  const n = cpus().length;
  return before > n * 0.75 || after > n + 1;
}

/** maxRSS of a Node process that loads nothing. */
function bareNodeRssKb(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.resourceUsage().maxRSS))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

/** Runs one job in a fresh process and returns its result line. */
function spawnJob(job: Job, nodeArgs: string[] = []): WorkerResult {
  const r = spawnSync(process.execPath, [...nodeArgs, __filename, '--worker', JSON.stringify(job)], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, cwd: ROOT,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) {
    throw new Error(`worker ${job.kind}/${job.tool ?? ''} failed (exit ${r.status}): ${r.stderr.slice(0, 2000)}`);
  }
  return JSON.parse(line) as WorkerResult;
}

// ── Orchestrator ─────────────────────────────────────────────────────────────────────────────────────────────────

const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'out/bench');

interface Row {
  text: string;
  words: number;
  tool: Tool;
  loadMs: number;
  loadCpuMs: number;
  coldMs: number;
  coldCpuMs: number;
  warmMs: number;
  warmCpuMs: number;
  per1k: number;
  rssMb: number;
  findings: number;
}

interface TargetRow {
  name: string;
  value: number;
  /** The same measurement in CPU time, when there is one. */
  cpu?: number;
  unit: string;
  target: string;
  ok: boolean | null;
}

/** The core as the extension and the CLI ship it: one esbuild bundle, dependencies included, minified. */
async function bundleCore(minify = true): Promise<string> {
  // Loaded here, not at the top: workers must not pay for esbuild (or the core) before they measure anything.
  const esbuild = await import('esbuild');
  const outfile = join(OUT, minify ? 'lectern-core.cjs' : 'lectern-core.readable.cjs');
  await esbuild.build({
    absWorkingDir: ROOT, entryPoints: ['src/core/lint/index.ts'], outfile, bundle: true, platform: 'node',
    target: 'node20', format: 'cjs', mainFields: ['module', 'main'], minify, logLevel: 'warning', loader: { '.md': 'text' },
  });
  return outfile;
}

/** A folder's name for the report without naming the machine: its last two path segments. */
function shortName(dir: string): string {
  const parts = resolve(dir).split(sep).filter(Boolean);
  return parts.slice(-2).join('/');
}

function fmt(x: number, digits = 1): string {
  if (!Number.isFinite(x)) return '—';
  return x >= 100 ? x.toFixed(0) : x.toFixed(digits);
}

/** Parses a target such as 10, "≤ 10", "<= 2000", "≥ 0.9" into a check. */
function targetCheck(target: unknown, better: unknown): { text: string; check: (v: number) => boolean } | null {
  if (typeof target === 'number') {
    return better === 'higher' ? { text: `≥ ${target}`, check: (v) => v >= target } : { text: `≤ ${target}`, check: (v) => v <= target };
  }
  if (typeof target === 'string') {
    const m = /^\s*(≤|<=|<|≥|>=|>)?\s*([\d.]+)/.exec(target);
    if (!m) return null;
    const n = Number(m[2]);
    const op = m[1] ?? (better === 'higher' ? '≥' : '≤');
    if (op === '≥' || op === '>=' ) return { text: target, check: (v) => v >= n };
    if (op === '>') return { text: target, check: (v) => v > n };
    if (op === '<') return { text: target, check: (v) => v < n };
    return { text: target, check: (v) => v <= n };
  }
  return null;
}

/** Runs every other `out/bench/*.bench.js` and collects its JSON result lines. */
function otherBenchmarks(only?: (file: string) => boolean): { rows: TargetRow[]; errors: string[] } {
  const rows: TargetRow[] = [];
  const errors: string[] = [];
  if (!existsSync(OUT)) return { rows, errors };
  for (const file of readdirSync(OUT).filter((f) => f.endsWith('.bench.js') && (!only || only(f))).sort()) {
    const r = spawnSync(process.execPath, [join(OUT, file)], { encoding: 'utf8', cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    if (r.status !== 0) { errors.push(`${file}: exit ${r.status}: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`); continue; }
    for (const line of r.stdout.split('\n')) {
      if (!line.trim().startsWith('{')) continue;
      try {
        const o = JSON.parse(line) as { name?: unknown; value?: unknown; unit?: unknown; target?: unknown; better?: unknown };
        if (typeof o.name !== 'string' || typeof o.value !== 'number') continue;
        const t = targetCheck(o.target, o.better);
        rows.push({ name: `${o.name} (${file})`, value: o.value, unit: typeof o.unit === 'string' ? o.unit : '', target: t?.text ?? '—', ok: t ? t.check(o.value) : null });
      } catch { /* not a result line */ }
    }
  }
  return { rows, errors };
}

/** The rows of `otherBenchmarks` as a report section under `title` (nothing when there are none). */
function otherBenchmarkLines(others: { rows: TargetRow[]; errors: string[] }, title: string): string[] {
  if (!others.rows.length && !others.errors.length) return [];
  const lines = ['', `## ${title}`, '', '| measurement | result | goal | |', '| --- | ---: | ---: | :-: |'];
  for (const t of others.rows) lines.push(`| ${t.name} | ${fmt(t.value, 2)} ${t.unit} | ${t.target} | ${t.ok === null ? '' : t.ok ? '✓' : '✗'} |`);
  for (const e of others.errors) lines.push(`| ${e} | failed | | ✗ |`);
  return lines;
}

/** Top self-time functions of a CPU profile of Lectern linting the 10k-word draft (`--profile`). */
function profileSummary(core: string, file: string): string[] {
  const dir = join(OUT, 'profile');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  spawnJob({ kind: 'lint', tool: 'lectern', files: [file], passes: 30, core }, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=100']);
  const prof = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!prof) return ['(no profile written)'];
  const p = JSON.parse(readFileSync(join(dir, prof), 'utf8')) as {
    nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
    samples: number[]; timeDeltas: number[];
  };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const n = byId.get(id);
    const dt = p.timeDeltas[i] ?? 0;
    total += dt;
    if (!n) return;
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? basename(f.url) : ''}${f.url ? `:${f.lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)
    .map(([k, v]) => `| ${k.replace(/\|/g, '\\|')} | ${((100 * v) / total).toFixed(1)}% |`);
}

// ── Real prose (issue 11): the headline ──────────────────────────────────────────────────────────────────────────

interface ProseSection { lines: string[]; targets: TargetRow[] }

const mb = (kb: number | undefined) => (kb === undefined ? NaN : kb / 1024);

/** The real-prose section: whole processes on drafts built from `folder`, plus start-up, folder, in-process rows. */
function proseSection(folder: string, corePath: string, core: CoreApi, quick: boolean): ProseSection {
  const probe = join(OUT, 'probe.js');
  const texts = join(OUT, 'texts');
  const drafts = buildProseDrafts(folder, texts, [1_000, 10_000, 100_000], (t) => core.computeMetrics(t).words);
  const lectern = join(ROOT, 'bin/lectern.js');
  const rounds = quick ? 1 : 5;
  const log = (what: string) => (name: string, run: ProcessRun) => process.stderr.write(`  ${what} · ${name}: ${fmt(run.wallMs)} ms\n`);
  const tools = (file: string): Command[] => [
    { name: 'lectern', argv: [lectern, 'lint', '--quiet', file] },
    { name: 'alex', argv: [join(ROOT, 'node_modules/alex/cli.js'), '--quiet', file] },
    { name: 'write-good', argv: [join(ROOT, 'node_modules/write-good/bin/write-good.js'), file], exitIsCount: true },
    { name: 'retext', argv: [join(OUT, 'retext-cli.js'), file] },
  ];
  interface ToolRow { draft: ProseDraft; tool: string; wall: Stats; cpu: Stats; rssMb: number }
  const rows: ToolRow[] = [];
  for (const d of drafts) {
    const runs = alternate(tools(d.file), rounds, probe, ROOT, { slowMs: 4_000, slowRounds: quick ? 1 : 3, onRun: log(d.label) });
    for (const [tool, rs] of runs) {
      rows.push({ draft: d, tool, wall: stats(rs.map((r) => r.wallMs)), cpu: stats(rs.map((r) => r.cpuMs ?? NaN)), rssMb: mb(stats(rs.map((r) => r.maxRssKb ?? NaN)).max) });
    }
  }
  // Start-up: a tiny file against a Node process that does nothing. Both carry the probe (well under a millisecond,
  // the same for both), so the difference is Lectern's own, in wall and in CPU time (CPU is what a busy machine
  // distorts least).
  const tiny = join(texts, 'tiny.md');
  writeFileSync(tiny, '# Tiny\n\nOne short sentence.\n');
  const start = alternate([
    { name: 'node -e 0', argv: ['-e', '0'] },
    { name: 'lectern lint tiny.md', argv: [lectern, 'lint', tiny] },
  ], quick ? 3 : 11, probe, ROOT, { onRun: log('start-up') });
  const bareStart = stats(start.get('node -e 0')!.map((r) => r.wallMs));
  const tinyStart = stats(start.get('lectern lint tiny.md')!.map((r) => r.wallMs));
  const bareStartCpu = stats(start.get('node -e 0')!.map((r) => r.cpuMs ?? NaN));
  const tinyStartCpu = stats(start.get('lectern lint tiny.md')!.map((r) => r.cpuMs ?? NaN));
  // The whole folder with one worker and with two (LECTERN_WORKERS).
  const files = markdownFiles(folder);
  const folderRuns = alternate([1, 2].map((n) => ({ name: `${n} worker${n > 1 ? 's' : ''}`, argv: [lectern, 'lint', '--quiet', folder], env: { LECTERN_WORKERS: String(n) } })),
    rounds, probe, ROOT, { onRun: log(`folder (${files.length} files)`) });
  const folder1 = stats(folderRuns.get('1 worker')!.map((r) => r.wallMs));
  const folder2 = stats(folderRuns.get('2 workers')!.map((r) => r.wallMs));
  const folderCpu = stats(folderRuns.get('1 worker')!.map((r) => r.cpuMs ?? NaN));
  const folderCpu2 = stats(folderRuns.get('2 workers')!.map((r) => r.cpuMs ?? NaN));
  // In process: the first and the warm (8th) lint of 100k words; re-lint after one-character edits on 10k.
  const inProc = Array.from({ length: quick ? 1 : 3 }, () => spawnJob({ kind: 'lint', tool: 'lectern', files: [drafts[2]!.file], passes: 8, core: corePath }));
  const warm100k = median(inProc.map((r) => r.warmMs));
  const first100k = median(inProc.map((r) => r.firstMs));
  const warm100kStats = stats(inProc.map((r) => r.warmMs));
  const warm100kCpu = median(inProc.map((r) => r.warmCpuMs));
  const first100kCpu = median(inProc.map((r) => r.firstCpuMs));
  const relint = Array.from({ length: quick ? 1 : 3 }, () => spawnJob({ kind: 'relint', files: [drafts[1]!.file], passes: 0, core: corePath, edits: 200 }).relint!);
  const activation = readActivation(join(ROOT, 'test-results'));

  const row = (tool: string, i: number) => rows.find((r) => r.tool === tool && r.draft === drafts[i])!;
  const ratio = (tool: string, i: number) => row(tool, i).wall.median / row('lectern', i).wall.median;
  const lines: string[] = [];
  lines.push('## Real prose (the headline)', '');
  lines.push(`Drafts of prose paragraphs, headings, lists and quotes from ${shortName(folder)} (${files.length} files; front matter, code, HTML, tables and shortcodes removed), words counted as Lectern counts prose words. Each cell is a whole process (\`node …\`) timed from outside; the tools alternate in every round after one unmeasured warm-up run each; median of n runs with min–max; CPU (user + system) and peak RSS from a preloaded probe.`, '');
  // On a shared machine the wall-time ratio also measures the neighbours; the CPU-time ratio much less so.
  const cpuRatio = (tool: string, i: number) => row(tool, i).cpu.median / row('lectern', i).cpu.median;
  lines.push('| draft | words | tool | n | wall ms, median (min–max) | CPU ms | peak RSS MB | × Lectern (wall) | × Lectern (CPU) |', '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const i = drafts.indexOf(r.draft);
    lines.push(`| ${r.draft.label} | ${r.draft.words.toLocaleString('en')} | ${r.tool} | ${r.wall.n} | ${fmt(r.wall.median)} (${fmt(r.wall.min)}–${fmt(r.wall.max)}) | ${fmt(r.cpu.median)} | ${fmt(r.rssMb)} | ${r.tool === 'lectern' ? '1' : `${fmt(ratio(r.tool, i))}×`} | ${r.tool === 'lectern' ? '1' : `${fmt(cpuRatio(r.tool, i))}×`} |`);
  }
  lines.push('', '| tool | growth exponent 1k → 100k (whole process, 1 = linear) |', '| --- | ---: |');
  for (const tool of ['lectern', 'alex', 'write-good', 'retext']) {
    lines.push(`| ${tool} | ${fmt(growthExponent(row(tool, 0).wall.median, drafts[0]!.words, row(tool, 2).wall.median, drafts[2]!.words), 2)} |`);
  }
  lines.push('', `Start-up: \`node -e 0\` ${fmt(bareStart.median)} ms (${fmt(bareStart.min)}–${fmt(bareStart.max)}; ${fmt(bareStartCpu.median)} ms CPU), \`lectern lint\` on a three-word file ${fmt(tinyStart.median)} ms (${fmt(tinyStart.min)}–${fmt(tinyStart.max)}; ${fmt(tinyStartCpu.median)} ms CPU), medians of ${tinyStart.n}: Lectern's own ${fmt(tinyStart.median - bareStart.median)} ms wall, ${fmt(tinyStartCpu.median - bareStartCpu.median)} ms CPU.`);
  lines.push(`Folder (${files.length} posts, \`lectern lint --quiet <folder>\`): 1 worker ${fmt(folder1.median)} ms (${fmt(folder1.min)}–${fmt(folder1.max)}, ${fmt(folderCpu.median)} ms CPU), 2 workers ${fmt(folder2.median)} ms (${fmt(folder2.min)}–${fmt(folder2.max)}, ${fmt(folderCpu2.median)} ms CPU): ${fmt(folder1.median / folder2.median, 2)}× (output identical: test/unit/cli/lint-parallel.test.ts).`);
  lines.push(`In process, 100k words (${inProc.length} fresh processes): first lint ${fmt(first100k)} ms (${fmt(first100kCpu)} ms CPU), warm (median of the 8 passes after it) ${fmt(warm100k)} ms (${fmt(warm100kStats.min)}–${fmt(warm100kStats.max)}; ${fmt(warm100kCpu)} ms CPU). Re-lint after ${relint[0]!.edits} one-character edits, 10k words: median ${fmt(median(relint.map((r) => r.medianMs)), 2)} ms, p95 ${fmt(median(relint.map((r) => r.p95Ms)), 2)} ms (CPU ${fmt(median(relint.map((r) => r.medianCpuMs)), 2)} / ${fmt(median(relint.map((r) => r.p95CpuMs)), 2)} ms).`);
  lines.push(`Activation as VS Code reports it: ${activation.ms === null ? activation.text : `${fmt(activation.ms)} ms (${activation.text})`}.`);

  const extSize = existsSync(join(ROOT, 'dist/extension.js')) ? statSync(join(ROOT, 'dist/extension.js')).size / 2 ** 20 : NaN;
  const target = (name: string, value: number, unit: string, goal: string, better: 'lower' | 'higher' = 'lower'): TargetRow =>
    ({ name, value, unit, target: goal, ok: Number.isFinite(value) ? targetCheck(goal, better)!.check(value) : null });
  const targets: TargetRow[] = [
    target('start-up on a tiny file, over bare node', tinyStart.median - bareStart.median, 'ms', '≤ 25'),
    target('start-up on a tiny file, over bare node (CPU)', tinyStartCpu.median - bareStartCpu.median, 'ms', '≤ 25'),
    target('10k-word real prose, whole process', row('lectern', 1).wall.median, 'ms', '≤ 200'),
    target('10k-word real prose: alex ÷ Lectern', ratio('alex', 1), '×', '≥ 12', 'higher'),
    target('100k-word real prose, whole process', row('lectern', 2).wall.median, 'ms', '≤ 400'),
    target('100k-word real prose: alex ÷ Lectern', ratio('alex', 2), '×', '≥ 40', 'higher'),
    target('in-process warm lint, 100k words', warm100k, 'ms', '≤ 120'),
    target('re-lint after a 1-character edit, 10k: median', median(relint.map((r) => r.medianMs)), 'ms', '≤ 1'),
    target('re-lint after a 1-character edit, 10k: p95', median(relint.map((r) => r.p95Ms)), 'ms', '≤ 3'),
    target(`folder of ${files.length} posts: 1 worker ÷ 2 workers`, folder1.median / folder2.median, '×', '≥ 1.6', 'higher'),
    target('activation as VS Code reports it', activation.ms ?? NaN, 'ms', '≤ 50'),
    target('peak RSS, lectern lint of 100k words', row('lectern', 2).rssMb, 'MB', '≤ 120'),
    target('dist/extension.js', extSize, 'MB', '≤ 1.5'),
  ];
  lines.push('', '### Targets (issue 11)', '', '| target | result | goal | |', '| --- | ---: | ---: | :-: |');
  for (const t of targets) lines.push(`| ${t.name} | ${fmt(t.value, 2)} ${t.unit} | ${t.target} ${t.unit} | ${t.ok === null ? 'not measured' : t.ok ? '✓' : '✗'} |`);
  return { lines, targets };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const loadBefore = loadavg()[0]!;
  const quick = args.includes('--quick');
  const profile = args.includes('--profile');
  const proseAt = args.indexOf('--prose');
  const proseFolder = proseAt >= 0 ? args[proseAt + 1] : join(ROOT, '../shared/corpus/en');
  if (proseAt >= 0 && (!proseFolder || !existsSync(proseFolder) || !statSync(proseFolder).isDirectory())) {
    console.error(`bench: --prose ${proseFolder ?? ''}: no such folder (give a folder of Markdown posts)`);
    process.exit(2);
  }
  const folders = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1] === '--prose'));
  for (const f of folders) {
    if (!existsSync(f) || !statSync(f).isDirectory()) {
      console.error(`bench: ${f}: no such folder`);
      process.exit(2);
    }
  }
  mkdirSync(join(OUT, 'texts'), { recursive: true });
  const corePath = await bundleCore();
  const core = createRequire(__filename)(corePath) as CoreApi & { rules?: unknown };
  // The rules' own examples are project text too.
  const { allRules } = await import('../src/core/lint/rules/index');
  // The headline first, while the machine is as quiet as it will be.
  const prose = existsSync(proseFolder) ? proseSection(proseFolder, corePath, core, quick) : null;
  const proseAbsent = `Real-prose section skipped: no folder at ${proseAt >= 0 ? proseFolder : '../shared/corpus/en'} (give one with \`npm run bench -- --prose <folder of posts>\`). The synthetic drafts below stand in.`;
  if (args.includes('--prose-only')) {
    // The recorded typing-load run (`npm run load`) belongs with the headline: it holds the editor's targets.
    const typing = otherBenchmarks((f) => f === 'typing-load.bench.js');
    writeReport([`# Benchmark results (real prose only)`, '', machineLine(quick, 5), loadLine(loadBefore), '', ...(prose?.lines ?? [proseAbsent]),
      ...otherBenchmarkLines(typing, 'Typing load and first lint in VS Code (recorded by `npm run load`)')]);
    return;
  }
  const examples = allRules.flatMap((r) => [r.example.bad, r.example.good, ...r.examples.ok, ...r.examples.notOk]);
  const pools = collectPools(ROOT, examples);

  interface Corpus { name: string; files: string[]; words: number; synthetic: boolean }
  const corpora: Corpus[] = [];
  for (const size of [1_000, 10_000, 100_000]) {
    const text = syntheticDraft(pools, size);
    const file = join(OUT, 'texts', `draft-${size / 1000}k.md`);
    writeFileSync(file, text);
    corpora.push({ name: `synthetic ${size / 1000}k`, files: [file], words: core.computeMetrics(text).words, synthetic: true });
  }
  for (const f of folders) {
    const files = markdownFiles(f);
    const words = files.reduce((s, p) => s + core.computeMetrics(readFileSync(p, 'utf8')).words, 0);
    corpora.push({ name: `${shortName(f)} (${files.length} files)`, files, words, synthetic: false });
  }

  const bare = median(Array.from({ length: 3 }, bareNodeRssKb));
  const rounds = quick ? 1 : 3;
  const rows: Row[] = [];
  const tools: Tool[] = ['lectern', 'alex', 'retext'];
  for (const c of corpora) {
    for (const tool of tools) {
      const heavy = c.words > 50_000;
      const passes = tool === 'lectern' ? (c.words <= 2_000 ? 50 : c.words <= 20_000 ? 20 : 5) : (c.words <= 2_000 ? 10 : heavy ? 1 : 3);
      const n = tool === 'lectern' ? rounds : heavy ? 1 : rounds;
      const results = Array.from({ length: n }, () => spawnJob({ kind: 'lint', tool, files: c.files, passes: quick ? Math.min(passes, 3) : passes, core: corePath }));
      const warm = median(results.map((r) => r.warmMs));
      rows.push({
        text: c.name, words: c.words, tool,
        loadMs: median(results.map((r) => r.loadMs)),
        loadCpuMs: median(results.map((r) => r.loadCpuMs)),
        coldMs: median(results.map((r) => r.loadMs + r.firstMs)),
        coldCpuMs: median(results.map((r) => r.loadCpuMs + r.firstCpuMs)),
        warmMs: warm,
        warmCpuMs: median(results.map((r) => r.warmCpuMs)),
        per1k: (warm * 1000) / c.words,
        // Peak memory of loading the tool and linting the text once, in its own fresh processes: warm passes would
        // only measure how lazily V8 collects garbage.
        rssMb: (median(Array.from({ length: n }, () => spawnJob({ kind: 'lint', tool, files: c.files, passes: 0, core: corePath }).maxRssKb)) - bare) / 1024,
        findings: results[0]!.findings,
      });
      process.stderr.write(`  ${c.name} · ${tool}: ${fmt(warm)} ms warm\n`);
    }
  }
  const draft10k = corpora[1]!.files[0]!;
  const relint = Array.from({ length: rounds }, () => spawnJob({ kind: 'relint', files: [draft10k], passes: 0, core: corePath, edits: 200 }).relint!);
  const relintMedian = median(relint.map((r) => r.medianMs));
  const relintP95 = median(relint.map((r) => r.p95Ms));
  const relintFull = median(relint.map((r) => r.fullMedianMs));

  const lectern = (name: string) => rows.find((r) => r.tool === 'lectern' && r.text === name)!;
  const r1 = lectern('synthetic 1k');
  const r10 = lectern('synthetic 10k');
  const r100 = lectern('synthetic 100k');
  const targets: TargetRow[] = [
    { name: 'load the bundled engine', value: median([r1.loadMs, r10.loadMs, r100.loadMs]), cpu: median([r1.loadCpuMs, r10.loadCpuMs, r100.loadCpuMs]), unit: 'ms', target: '≤ 10', ok: null },
    { name: 'warm lint, 10k words', value: r10.warmMs, cpu: r10.warmCpuMs, unit: 'ms', target: '≤ 25', ok: null },
    { name: 'cold lint, 10k words (fresh process, module load included)', value: r10.coldMs, cpu: r10.coldCpuMs, unit: 'ms', target: '≤ 60', ok: null },
    { name: 'warm lint, 100k words', value: r100.warmMs, cpu: r100.warmCpuMs, unit: 'ms', target: '≤ 250', ok: null },
    { name: 'growth 10k → 100k words (time ratio; 10 = linear)', value: r100.warmMs / r10.warmMs, cpu: r100.warmCpuMs / r10.warmCpuMs, unit: '×', target: '≤ 10', ok: null },
    { name: 're-lint after a 1-character edit, 10k words: median', value: relintMedian, cpu: median(relint.map((r) => r.medianCpuMs)), unit: 'ms', target: '≤ 1', ok: null },
    { name: 're-lint after a 1-character edit, 10k words: p95', value: relintP95, cpu: median(relint.map((r) => r.p95CpuMs)), unit: 'ms', target: '≤ 3', ok: null },
    { name: 'peak memory above bare Node, 10k words', value: r10.rssMb, unit: 'MB', target: '≤ 30', ok: null },
  ];
  // On a busy machine wall time measures the other processes too: judge by CPU time there (when there is one).
  const busyNow = isBusy(loadBefore, loadavg()[0]!);
  for (const t of targets) t.ok = targetCheck(t.target, 'lower')!.check(busyNow && t.cpu !== undefined ? t.cpu : t.value);
  const others = otherBenchmarks();

  // ── Report ──
  const lines: string[] = [];
  lines.push('# Benchmark results', '', machineLine(quick, rounds), '');
  lines.push('Regenerate with `npm run bench` (`-- --prose <folder>` for another folder of posts, `-- --prose-only` for the real-prose section alone; add folders to lint them in the synthetic section too).', '');
  lines.push(loadLine(loadBefore), '');
  lines.push(...(prose?.lines ?? [proseAbsent]), '');
  lines.push('## Synthetic drafts (project text: for machines without a corpus)', '');
  lines.push('Texts: synthetic drafts made from the project\'s own text (' + pools.sources.length + ' files: README, docs, fixtures, labelled sentences, rule examples), with front matter, headings, lists, quotes, inline code, links and code blocks. A small vocabulary, so per-word memos hit more often than on real prose.');
  lines.push('alex 11 (its default rules) and a retext pipeline (remark-parse → remark-retext → retext-english + retext-equality, -passive, -simplify, -intensify) lint the same texts, in process.', '');
  const busy = isBusy(loadBefore, loadavg()[0]!);
  if (busy) lines.push('**The machine was busy during this run: wall times are inflated; the CPU times are the better estimate.**', '');
  lines.push('### Lectern against its peers', '');
  lines.push('Times are wall-clock milliseconds, with CPU time (user + system) after the slash.', '');
  lines.push('| text | words | tool | load ms | cold ms (load + first lint) | warm ms | ms / 1k words | × Lectern | peak RSS above bare Node, load + one lint (MB) | findings |');
  lines.push('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const base = rows.find((x) => x.text === r.text && x.tool === 'lectern')!;
    lines.push(`| ${r.text} | ${r.words.toLocaleString('en')} | ${r.tool} | ${fmt(r.loadMs)} / ${fmt(r.loadCpuMs)} | ${fmt(r.coldMs)} / ${fmt(r.coldCpuMs)} | ${fmt(r.warmMs)} / ${fmt(r.warmCpuMs)} | ${fmt(r.per1k, 2)} | ${r.tool === 'lectern' ? '1' : fmt(r.warmMs / base.warmMs)} | ${fmt(r.rssMb)} | ${r.findings} |`);
  }
  lines.push('', '### Targets (issue 3)', '');
  lines.push(`✓/✗ judged on ${busyNow ? 'CPU time where there is one (the machine was busy)' : 'wall-clock time'}.`, '');
  lines.push('| target | result (wall) | CPU time | goal | |', '| --- | ---: | ---: | ---: | :-: |');
  for (const t of targets) lines.push(`| ${t.name} | ${fmt(t.value, 2)} ${t.unit} | ${t.cpu === undefined ? '—' : `${fmt(t.cpu, 2)} ${t.unit}`} | ${t.target} ${t.unit} | ${t.ok ? '✓' : '✗'} |`);
  lines.push('', `Re-linting uses \`Linter\` (per-block cache) over ${relint[0]!.edits} random one-character edits; a full \`lintText\` of the same edited draft takes ${fmt(relintFull, 2)} ms (median).`);
  lines.push(...otherBenchmarkLines(others, 'Other benchmarks'));
  if (profile) {
    lines.push('', '## Where the time goes (Lectern, 10k-word draft, CPU profile self time)', '', '| function | self time |', '| --- | ---: |');
    // Profiled on an unminified bundle of the same code, so the function names mean something.
    lines.push(...profileSummary(await bundleCore(false), draft10k));
  }
  writeReport(lines);
}

function machineLine(quick: boolean, rounds: number): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · Node ${process.version} · ${osType()} ${osRelease()} ${arch()} · ${cpu} × ${cpus().length} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM${quick ? ' · --quick (1 round)' : ` · medians of ${rounds} fresh processes`}`;
}

/** The machine is shared: the report says how busy it was, at the start and now. */
function loadLine(loadBefore: number): string {
  const [one, five] = loadavg();
  return `Machine load average (1 min) at start / end: ${loadBefore.toFixed(2)} / ${one!.toFixed(2)} (5 min at end: ${five!.toFixed(2)}) on ${cpus().length} cores.`;
}

function writeReport(lines: string[]): void {
  const report = lines.join('\n') + '\n';
  console.log(report);
  writeFileSync(join(ROOT, 'bench/RESULTS.md'), report);
  console.error('bench: wrote bench/RESULTS.md');
}

if (process.argv[2] === '--worker') {
  runWorker(JSON.parse(process.argv[3]!) as Job).then(
    (r) => { process.stdout.write(JSON.stringify(r) + '\n'); },
    (e: unknown) => { console.error(e instanceof Error ? e.stack : e); process.exit(1); },
  );
} else {
  main().catch((e: unknown) => { console.error(e instanceof Error ? e.stack : e); process.exit(1); });
}

