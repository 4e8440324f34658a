/** Hugo's TOML front matter (`+++`) is not prose, and it can switch rules off like YAML front matter. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../../src/core/lint/index';
import { findFrontMatter } from '../../../src/core/frontmatter';

const rules = (text: string): string[] => lintText(text).findings.map((f) => f.rule);

test('TOML front matter is found and never linted', () => {
  const text = '+++\ntitle = "We utilize the the cache"\n+++\n\nWe use the cache.\n';
  const fm = findFrontMatter(text)!;
  assert.equal(fm.format, 'toml');
  assert.equal(text.slice(fm.range.start, fm.range.end), '+++\ntitle = "We utilize the the cache"\n+++\n');
  assert.deepEqual(rules(text), []);
});

test('an unclosed +++ is not front matter (only YAML --- runs to the end when unclosed)', () => {
  assert.equal(findFrontMatter('+++\nWe restarted the the server.\n'), null);
  assert.ok(rules('+++\nWe restarted the the server.\n').includes('repeated-word'));
});

test('TOML front matter disables rules inline or in a [lectern] table, and reports unknown ids at their place', () => {
  const body = '\nWe restarted the the server in order to win.\n';
  assert.deepEqual(rules('+++\nlectern = { disable = ["repeated-word"] }\n+++\n' + body), ['simpler-word']);
  assert.deepEqual(rules('+++\ntitle = "T"\n[lectern]\ndisable = ["repeated-word", "simpler-word"]\n+++\n' + body), []);
  const text = '+++\n[lectern]\ndisable = ["no-such-rule"]\n+++\n' + body;
  const { problems } = lintText(text);
  assert.equal(problems.length, 1);
  assert.equal(text.slice(problems[0]!.range.start, problems[0]!.range.end), 'no-such-rule');
});
