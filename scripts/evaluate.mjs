// Precision and recall of every lint rule on the labelled set (test/fixtures/labelled/).
//   node scripts/evaluate.mjs            table + the cases where the engine and the labels disagree
//   node scripts/evaluate.mjs --json     the same as JSON
// The evaluation code is test/unit/lint/labelled-eval.ts (shared with the unit test); it is bundled here with
// esbuild, like every other bundle of the project, so the numbers come from the current sources.
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'out/scripts/labelled-eval.cjs');
mkdirSync(dirname(outfile), { recursive: true });
await esbuild.build({
  absWorkingDir: root, entryPoints: ['test/unit/lint/labelled-eval.ts'], outfile, bundle: true, platform: 'node',
  target: 'node20', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning', loader: { '.md': 'text' },
});
const { loadCases, evaluate, formatEvaluation } = createRequire(import.meta.url)(outfile);
const result = evaluate(loadCases(join(root, 'test/fixtures/labelled')));
if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
else console.log(formatEvaluation(result));
