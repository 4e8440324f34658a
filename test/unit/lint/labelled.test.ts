/**
 * The labelled set's precision and recall (issue 3: ≥ 0.9 precision and ≥ 0.85 recall overall). The table is
 * printed on every run so regressions per rule are visible; `node scripts/evaluate.mjs` prints the same table.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { evaluate, formatEvaluation, loadCases } from './labelled-eval';

// Bundled to out/test/unit/lint/, run from the repo root (npm run test:unit); resolve from the cwd.
const FIXTURES = join(process.cwd(), 'test/fixtures/labelled');

const ISSUE_3_RULES = ['long-sentence', 'passive-voice', 'simpler-word', 'weasel-word', 'hedge', 'condescending',
  'cliche', 'repeated-word', 'article', 'there-is', 'nominalization', 'undefined-acronym', 'exclamation',
  'long-paragraph', 'heading-distance', 'readability', 'inclusive-language'];

const cases = loadCases(FIXTURES);

test('the labelled set has ≥ 120 sentences and positives and negatives for every rule of issue 3', () => {
  assert.ok(cases.filter((c) => c.source.startsWith('sentences')).length >= 120);
  for (const id of ISSUE_3_RULES) {
    assert.ok(cases.some((c) => c.expected.has(id)), `no positive case for ${id}`);
  }
  assert.ok(cases.filter((c) => c.expected.size === 0).length >= 40, 'too few look-alike negatives');
});

test('overall precision ≥ 0.9 and recall ≥ 0.85 on the labelled set', () => {
  const result = evaluate(cases);
  console.log(formatEvaluation(result));
  assert.ok(result.overall.precision >= 0.9, `precision ${result.overall.precision.toFixed(3)} < 0.9`);
  assert.ok(result.overall.recall >= 0.85, `recall ${result.overall.recall.toFixed(3)} < 0.85`);
});
