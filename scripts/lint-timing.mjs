// Times the lint core in process on drafts of real prose built like the bench's (bench/prose.ts: prose paragraphs of a
// folder of posts, code and front matter removed), for profiling engine changes between two `npm run bench` runs:
//
//   node scripts/lint-timing.mjs <folder> [--words 100000] [--passes 8] [--cold 5] [--profile out/x.cpuprofile]
//
// Prints the first lint and the median of `--passes` warm lints (wall and CPU), and with `--cold N` the first lint of
// the draft in N fresh processes (V8's interpreter, as a CLI run pays it). CPU time is what to compare on a busy machine.
// The core is bundled from the current sources (corpus-kit.mjs), not minified: figures differ from the bench's.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { bundleCore, corpusFolder, root, scriptArgs } from './corpus-kit.mjs';

const { option, folder, args } = scriptArgs();
const words = Number(option('--words') ?? 100_000);
const passes = Number(option('--passes') ?? 8);
const cold = Number(option('--cold') ?? 0);
const child = args.includes('--child');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const fmt = (n) => n.toFixed(1);

if (child) {
  // One fresh process: load the bundle, lint the draft once.
  const core = (await import('node:module')).createRequire(import.meta.url)(option('--core'));
  const text = readFileSync(option('--file'), 'utf8');
  const c0 = cpu();
  const t0 = performance.now();
  const n = core.lintText(text).findings.length;
  console.log(JSON.stringify({ ms: performance.now() - t0, cpu: cpu() - c0, findings: n }));
  process.exit(0);
}

const dir = corpusFolder('lint-timing', folder, '<folder of .md files> [--words N] [--passes N] [--cold N]');
const core = await bundleCore('lint-timing-core', "export * from './src/core/lint/index'; export { buildProseDrafts } from './bench/prose';");
const outDir = join(root, 'out/timing');
mkdirSync(outDir, { recursive: true });
const [draft] = core.buildProseDrafts(dir, outDir, [words], (t) => core.computeMetrics(t).words);
const text = readFileSync(draft.file, 'utf8');
console.log(`${draft.label}: ${draft.words} words, ${text.length} chars; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

if (cold > 0) {
  const runs = [];
  for (let i = 0; i < cold; i++) {
    const r = spawnSync(process.execPath, [...(option('--node-args') ?? '').split(' ').filter(Boolean), join(root, 'scripts/lint-timing.mjs'), '--child', '--core', join(root, 'out/scripts/lint-timing-core.cjs'), '--file', draft.file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    runs.push(JSON.parse(r.stdout.trim().split('\n').pop()));
  }
  console.log(`cold (first lint in ${cold} fresh processes): median ${fmt(median(runs.map((r) => r.ms)))} ms, CPU ${fmt(median(runs.map((r) => r.cpu)))} ms (min ${fmt(Math.min(...runs.map((r) => r.cpu)))}); ${runs[0].findings} findings`);
}
if (passes > 0) {
  let c0 = cpu();
  let t0 = performance.now();
  const n = core.lintText(text).findings.length;
  console.log(`first: ${fmt(performance.now() - t0)} ms, CPU ${fmt(cpu() - c0)} ms; ${n} findings`);
  const ms = [];
  const cpus = [];
  for (let p = 0; p < passes; p++) {
    c0 = cpu();
    t0 = performance.now();
    core.lintText(text);
    ms.push(performance.now() - t0);
    cpus.push(cpu() - c0);
  }
  console.log(`warm (median of ${passes}): ${fmt(median(ms))} ms, CPU ${fmt(median(cpus))} ms (min ${fmt(Math.min(...cpus))})`);
}
console.log(`load after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
