/**
 * The findings of a fixed set of drafts, compared with a stored digest (test/fixtures/digest/findings.json), so a
 * change meant only to make linting faster provably changes no finding: not an id, a range, a message or a fix.
 * The drafts (test/fixtures/digest/draft-*.md) were generated once from the project's own text (bench/synthetic.ts)
 * and are kept frozen; each is linted under the calm defaults, under lectern:strict with inclusive-language on, with
 * CRLF line endings, and through a Linter that saw an edited version first (its cache must not change anything).
 *
 * A change that is MEANT to change findings (a rule fix) updates the stored digest on purpose:
 *   npm run test:unit   (fails and names the rules whose counts moved), then
 *   LECTERN_UPDATE_DIGEST=1 node --test out/test/unit/lint/findings-digest.test.js
 * and commit test/fixtures/digest/findings.json with the rule change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, Linter, lintText, type LecternConfig, type LintBudget, type LintResult } from '../../../src/core/lint/index';
import { digestDifference, digestOf, type Digest } from '../helpers/findings-digest';
import { filesUnder, repoRoot } from '../helpers/repo';
import { providers } from './helpers';

const dir = join(repoRoot(), 'test/fixtures/digest');
const storedFile = join(dir, 'findings.json');
const drafts = filesUnder(dir, /^draft-.*\.md$/);

function strictWithInclusive(): LecternConfig {
  const config = defaultConfig('lectern:strict');
  const rule = config.rules['inclusive-language'];
  if (rule && rule.severity === 'off') rule.severity = 'warning';
  return config;
}

/** No per-document time budget: on a busy machine it could stop a draft early, and the digest would measure the load. */
const noBudget: LintBudget = { ms: Infinity, now: () => 0 };

/** Each way of linting a draft that must give the same findings today and after any speed-up. */
const variants: Record<string, (text: string) => LintResult> = {
  recommended: (text) => lintText(text, defaultConfig(), undefined, noBudget),
  'strict+inclusive': (text) => lintText(text, strictWithInclusive(), providers, noBudget),
  'recommended, CRLF': (text) => lintText(text.replace(/\n/g, '\r\n'), defaultConfig(), undefined, noBudget),
  'recommended, Linter after an edit': (text) => {
    const linter = new Linter(defaultConfig(), undefined, false, noBudget);
    const middle = text.indexOf('\n\n', text.length >> 1);
    linter.lint(text.slice(0, middle) + '\n\nThe the edit was made here!\n' + text.slice(middle));
    return linter.lint(text);
  },
};

test('the generated drafts give exactly the stored findings (ids, ranges, messages, fixes)', () => {
  assert.ok(drafts.length >= 3, `expected the frozen drafts in ${dir}`);
  const fresh: Record<string, Digest> = {};
  for (const file of drafts) {
    const text = readFileSync(file, 'utf8');
    for (const [name, run] of Object.entries(variants)) fresh[`${file.slice(dir.length + 1)} · ${name}`] = digestOf([run(text)]);
  }
  if (process.env.LECTERN_UPDATE_DIGEST === '1') {
    writeFileSync(storedFile, JSON.stringify(fresh, null, 2) + '\n');
    return;
  }
  const stored = JSON.parse(readFileSync(storedFile, 'utf8')) as Record<string, Digest>;
  const differences = Object.entries(fresh).flatMap(([name, digest]) => digestDifference(name, stored[name], digest));
  for (const name of Object.keys(stored)) if (!(name in fresh)) differences.push(`${name}: stored but no longer linted`);
  assert.deepEqual(differences, [], `findings changed; if that is intended, LECTERN_UPDATE_DIGEST=1 (see this test's header)\n${differences.join('\n')}`);
});

test('the drafts exercise most rules, so the digest can notice a change in any of them', () => {
  const stored = JSON.parse(readFileSync(storedFile, 'utf8')) as Record<string, Digest>;
  const rules = new Set(Object.values(stored).flatMap((d) => Object.keys(d.byRule)));
  assert.ok(rules.size >= 15, `only ${rules.size} rules found something: ${[...rules].join(', ')}`);
});
