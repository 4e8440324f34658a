// The long fuzz run: `npm run fuzz [-- --runs N] [--seed S] [--only readers,writes]`. Runs the fuzz properties
// (test/unit/reliability/) with N cases each (default 5000) from seed S (default: a fresh one, printed so a failure
// can be replayed with --seed); --only picks properties by name (engine, fixes, incremental, readers, writes).
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const runs = Number(option('--runs', '5000'));
const seed = Number(option('--seed', String(Date.now() % 2 ** 31)));
const only = option('--only', '');
if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--runs N] [--seed S] [--only property,…]');
  process.exit(2);
}
console.log(`lectern fuzz: ${runs} cases per property${only ? ` (${only})` : ''}, seed ${seed}`);
const started = Date.now();
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', join(root, 'out/test/unit/reliability/fuzz.test.js')], {
  stdio: 'inherit',
  env: { ...process.env, LECTERN_FUZZ_RUNS: String(runs), LECTERN_FUZZ_SEED: String(seed), ...(only ? { LECTERN_FUZZ_ONLY: only } : {}) },
});
console.log(`lectern fuzz: seed ${seed}, ${((Date.now() - started) / 1000).toFixed(0)} s, exit ${r.status}`);
process.exit(r.status ?? 1);
