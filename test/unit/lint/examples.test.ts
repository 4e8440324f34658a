import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allRules } from '../../../src/core/lint/rules/index';
import { lintText, parseConfig } from '../../../src/core/lint/index';
import { only, onlyIn, providers } from './helpers';

// The one generic test over every rule's own examples: a notOk text must give at least one finding of that rule with
// a range inside the text; an ok text must give none.
for (const rule of allRules) {
  test(`${rule.id}: examples`, () => {
    const config = rule.examples.config
      ? onlyIn(parseConfig(`{ "extends": "lectern:strict", ${rule.examples.config.trim().slice(1)}`).config, rule.id)
      : only(rule.id);
    assert.ok(rule.examples.notOk.length > 0, 'a rule needs at least one not-ok example');
    assert.ok(rule.examples.ok.length > 0, 'a rule needs at least one ok example');
    for (const text of rule.examples.notOk) {
      const found = lintText(text, config, providers).findings.filter((f) => f.rule === rule.id);
      assert.ok(found.length >= 1, `expected a '${rule.id}' finding in: ${text}`);
      for (const f of found) assert.ok(f.range.start >= 0 && f.range.end <= text.length && f.range.start < f.range.end, `range ${JSON.stringify(f.range)} in: ${text}`);
    }
    for (const text of rule.examples.ok) {
      const found = lintText(text, config, providers).findings.filter((f) => f.rule === rule.id);
      assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), [], `no '${rule.id}' finding expected in: ${text}`);
    }
  });
}

test('rule ids are unique, kebab-case, and documented with why and example', () => {
  const ids = allRules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const r of allRules) {
    assert.match(r.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(r.description.length > 10 && r.why.length > 10 && r.example.bad && r.example.good, r.id);
  }
});
