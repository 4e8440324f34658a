/**
 * Generated files must match what the generator makes from the rules today. docs/rules.md is committed (the editor
 * links every diagnostic to an anchor in it) and the build no longer rewrites it, so a rule change without
 * `npm run docs` fails here instead of drifting. dist/config.schema.json is what the extension ships for
 * `.lectern/config.json`: it must be exactly the generator's output for the current rules.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRules } from '../../../src/core/lint/rules/index';
import { allChecks } from '../../../src/core/checklist/checks/index';
import { PLATFORMS } from '../../../src/core/platform';

// This bundle runs from out/test/unit/foundation.
const repo = join(__dirname, '../../../..');

interface Generator {
  buildRulesDoc(rules: readonly unknown[]): string;
  buildSchema(rules: readonly unknown[], checks: readonly unknown[], platforms: readonly string[]): unknown;
}

async function generator(): Promise<Generator> {
  return (await import(pathToFileURL(join(repo, 'scripts/generate-schema.mjs')).href)) as Generator;
}

test('docs/rules.md is exactly what `npm run docs` generates from the rules', async () => {
  const { buildRulesDoc } = await generator();
  const committed = readFileSync(join(repo, 'docs/rules.md'), 'utf8');
  const expected = buildRulesDoc(allRules);
  if (committed !== expected) {
    const a = committed.split('\n');
    const b = expected.split('\n');
    let line = 0;
    while (line < a.length && a[line] === b[line]) line++;
    assert.fail(`docs/rules.md is stale (first difference at line ${line + 1}: ${JSON.stringify(a[line] ?? '')} ≠ `
      + `${JSON.stringify(b[line] ?? '')}). Run \`npm run docs\` and commit docs/rules.md.`);
  }
});

test('dist/config.schema.json is exactly what the build generates from the rules and checks', async () => {
  const { buildSchema } = await generator();
  const shipped = JSON.parse(readFileSync(join(repo, 'dist/config.schema.json'), 'utf8')) as unknown;
  assert.deepEqual(shipped, buildSchema(allRules, allChecks, [...PLATFORMS]), 'dist/config.schema.json is stale: run `npm run build`.');
});
