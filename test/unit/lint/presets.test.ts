import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig, lintText, parseConfig, rules } from '../../../src/core/lint/index';

const sev = (text: string, config: ReturnType<typeof defaultConfig>, rule: string) =>
  lintText(text, config).findings.filter((f) => f.rule === rule).map((f) => f.severity);

test('presets: recommended is the default; strict restores every rule at its old severity and threshold', () => {
  assert.equal(defaultConfig().extends, 'lectern:recommended');
  const strict = parseConfig('{ "extends": "lectern:strict" }');
  assert.deepEqual(strict.problems, []);
  assert.equal(strict.config.extends, 'lectern:strict');
  assert.deepEqual(strict.config.rules['passive-voice'], { severity: 'warning', options: { maxShare: 0 } });
  assert.deepEqual(strict.config.rules['readability'], { severity: 'info', options: { target: 12, minWords: 40 } });
  assert.equal(strict.config.rules['hedge']!.severity, 'info');
  assert.equal(strict.config.rules['inclusive-language']!.severity, 'warning');
  const calm = defaultConfig();
  assert.equal(calm.rules['hedge']!.severity, 'hint');
  assert.equal(calm.rules['inclusive-language']!.severity, 'off');
  // Every rule with a strict change differs from its calm default somewhere (a rule may carry only the docs' calm text).
  for (const r of rules) if (r.strict?.severity || r.strict?.options) assert.notDeepEqual(strict.config.rules[r.id], calm.rules[r.id], r.id);
});

test('presets: the user\'s rules apply on top, wherever "extends" stands', () => {
  const { config } = parseConfig('{ "rules": { "hedge": "warning", "long-sentence": ["info", { "max": 30 }] }, "extends": "lectern:strict" }');
  assert.equal(config.rules['hedge']!.severity, 'warning');
  assert.deepEqual(config.rules['long-sentence'], { severity: 'info', options: { max: 30, maxShare: 0 } });
  assert.equal(config.rules['weasel-word']!.severity, 'info');
});

test('presets: an unknown preset is a located error and the defaults apply', () => {
  const text = '{ "extends": "lectern:loud", "rules": { "hedge": "off" } }';
  const { config, problems } = parseConfig(text);
  assert.deepEqual(problems.map((p) => [text.slice(p.range.start, p.range.end), p.severity]), [['"lectern:loud"', 'error']]);
  assert.equal(config.extends, 'lectern:recommended');
  assert.equal(config.rules['hedge']!.severity, 'off');
});

test('hint is a severity a user can set', () => {
  const { config, problems } = parseConfig('{ "rules": { "article": "hint" } }');
  assert.deepEqual(problems, []);
  assert.deepEqual(sev('Ask an user.', config, 'article'), ['hint']);
});

const passive = 'The report was written by the team.';
const active = 'We ship small changes every week.';

test('share-based passive-voice: a post under the share gets nothing, over it one finding and hints', () => {
  const calm = defaultConfig();
  const under = [passive, ...Array.from({ length: 9 }, () => active)].join(' ');
  assert.deepEqual(sev(under, calm, 'passive-voice'), []);
  const over = [passive, active, 'The tests were run by CI.', active, 'Mistakes were made.'].join(' ');
  const found = lintText(over, calm).findings.filter((f) => f.rule === 'passive-voice');
  assert.deepEqual(found.map((f) => f.severity), ['warning', 'hint', 'hint']);
  assert.match(found[0]!.message, /^60% of this post's sentences \(3 of 5\) are passive; keep it under 20%\. 'was written' is passive voice/);
  assert.equal(over.slice(found[0]!.range.start, found[0]!.range.end), 'was written');
  // Strict: every passive at the rule's severity, the post's share notwithstanding.
  const strict = parseConfig('{ "extends": "lectern:strict" }').config;
  assert.deepEqual(sev(under, strict, 'passive-voice'), ['warning']);
  assert.deepEqual(sev(over, strict, 'passive-voice'), ['warning', 'warning', 'warning']);
});

test('share-based long-sentence counts the post\'s English sentences, across blocks', () => {
  const long = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ') + '.';
  const calm = defaultConfig();
  assert.deepEqual(sev(`${long}\n\n${active} ${active} ${active} ${active}`, calm, 'long-sentence'), []);
  assert.deepEqual(sev(`${long}\n\n${active}\n\n${long}`, calm, 'long-sentence'), ['warning', 'hint']);
});
