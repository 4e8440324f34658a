/**
 * Property-based fuzzing of the engine, the front-matter reader and writers, the posts index and the goals parser.
 * `npm test` runs a short seeded run; `npm run fuzz` runs this file with LECTERN_FUZZ_RUNS (cases per property) and
 * LECTERN_FUZZ_SEED (LECTERN_FUZZ_LONG_LINES=0 leaves out the 100 KB – 1 MB lines), and prints the case count and
 * the seed so any failure can be replayed.
 */
import { test, after } from 'node:test';
import fc from 'fast-check';
import { PROPERTIES, documents } from './properties';

const runs = Number(process.env.LECTERN_FUZZ_RUNS ?? 40);
const seed = Number(process.env.LECTERN_FUZZ_SEED ?? 20261202);
const long = process.env.LECTERN_FUZZ_RUNS !== undefined;
// LECTERN_FUZZ_ONLY=readers,writes runs only those properties (a long run of the fast ones).
const only = process.env.LECTERN_FUZZ_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
let cases = 0;

for (const [name, property] of Object.entries(PROPERTIES)) {
  if (only && !only.includes(name)) continue;
  test(`fuzz: ${name} (${runs} cases, seed ${seed})`, { timeout: long ? 0 : 120_000 }, () => {
    // Long lines (100 KB – 1 MB) only in the long run: they are slow by nature, not by bug.
    const docs = documents({ longLineWeight: long ? Number(process.env.LECTERN_FUZZ_LONG_LINES ?? 1) : 0 });
    fc.assert((property as (d: typeof docs) => fc.IPropertyWithHooks<unknown[]>)(docs), { numRuns: runs, seed });
    cases += runs;
  });
}

after(() => {
  console.log(`lectern fuzz: ${cases} cases passed (${only?.length ?? Object.keys(PROPERTIES).length} properties × ${runs}), seed ${seed}`);
});
