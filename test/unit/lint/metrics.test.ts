import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeMetrics, Linter, parseConfig, lintText } from '../../../src/core/lint/index';

test('empty document', () => {
  assert.deepEqual(computeMetrics(''), { words: 0, hanCharacters: 0, readingMinutes: 0, sentences: 0, longSentenceShare: 0, passiveShare: 0,
    fleschReadingEase: 100, fleschKincaidGrade: 0, fleschApplies: false, chineseSentences: 0, chineseSentenceLength: 0, chinese: false, clarityScore: 100 });
});

test('counts words, sentences, shares; code and front matter are not words', () => {
  const long = Array.from({ length: 30 }, () => 'word').join(' ') + '.';
  const text = `---\ntitle: Not counted here\n---\n# Title words\n\nThe cat sat. The bug was fixed. ${long}\n\n\`\`\`\nnot counted at all\n\`\`\`\n`;
  const m = computeMetrics(text);
  assert.equal(m.words, 2 + 3 + 4 + 30);
  assert.equal(m.sentences, 3);
  assert.equal(m.longSentenceShare, 1 / 3);
  assert.equal(m.passiveShare, 1 / 3);
  assert.equal(m.readingMinutes, 39 / 238);
  // 1/3 long (> 30%: 5), 1/3 passive (> 20%: 5), easy words (ease ≥ 60: 25), no long paragraph (25).
  assert.equal(m.clarityScore, 60);
});

test('Flesch scores of a known text', () => {
  // 2 sentences, 12 words, 15 syllables (The=1 cat=1 sat=1 on=1 the=1 mat=1 / It=1 was=1 a=1 sunny=2 morning=2 today=2).
  const m = computeMetrics('The cat sat on the mat. It was a sunny morning today.');
  assert.equal(m.fleschReadingEase, Math.round((206.835 - 1.015 * 6 - 84.6 * (15 / 12)) * 10) / 10);
  assert.equal(m.fleschKincaidGrade, Math.round((0.39 * 6 + 11.8 * (15 / 12) - 15.59) * 10) / 10);
  assert.equal(m.clarityScore, 100);
});

test('a Han character counts as a word; Chinese sentences split on 。！？', () => {
  const m = computeMetrics('我们写代码。你好！好吗？');
  assert.equal(m.words, 9);
  assert.equal(m.sentences, 3);
  assert.equal(m.longSentenceShare, 0);
});

test('Linter.metrics() equals computeMetrics() for the last text', () => {
  const linter = new Linter();
  const text = '# T\n\nThe bug was fixed. It works.\n';
  linter.lint(text);
  assert.deepEqual(linter.metrics(), computeMetrics(text));
});

test('computeMetrics: alternating documents and edits give fresh-parse results (no state between calls)', async () => {
  const { Linter: EngineLinter } = await import('../../../src/core/lint/engine');
  const fresh = (text: string) => { const l = new EngineLinter(undefined, {}, true); l.lint(text); return l.metrics(); };
  const a = '# A\n\nThe bug was fixed. It works.\n\nAnother paragraph here.\n';
  const b = 'Only one sentence that is short.\n';
  for (const text of [a, b, a, a.replace('works', 'worked well'), b, '', a]) assert.deepEqual(computeMetrics(text), fresh(text));
});

/** n words ending in a full stop. */
const sentenceOf = (n: number) => Array.from({ length: n }, () => 'word').join(' ') + '.';

test('the long-sentence share follows the configured long-sentence max (max: 30), as the rule does', () => {
  // Sentences of 10, 27, 28 and 31 words: long at the default 25 are three of four, at max 30 only one.
  const text = [10, 27, 28, 31].map(sentenceOf).join(' ') + '\n';
  assert.equal(computeMetrics(text).longSentenceShare, 3 / 4);
  const { config, problems } = parseConfig('{ "rules": { "long-sentence": ["warning", { "max": 30, "maxShare": 0 }] } }');
  assert.deepEqual(problems, []);
  const m = computeMetrics(text, config);
  assert.equal(m.longSentenceShare, 1 / 4);
  // The rule (every long sentence flagged with maxShare 0) and the metric count the same sentences.
  assert.equal(lintText(text, config).findings.filter((f) => f.rule === 'long-sentence').length, 1);
  // The clarity score follows: 3/4 long is the low band (5 points), 1/4 the middle band (15 points).
  assert.equal(m.clarityScore - computeMetrics(text).clarityScore, 10);
  // The incremental Linter (what the editor's status bar and report show) agrees.
  const linter = new Linter(config);
  linter.lint(text);
  assert.deepEqual(linter.metrics(), m);
  // Turning the rule off does not change what "long" means for the metrics: the configured max still applies.
  const off = parseConfig('{ "rules": { "long-sentence": ["off", { "max": 30 }] } }').config;
  assert.equal(computeMetrics(text, off).longSentenceShare, 1 / 4);
});

test('the long-paragraph share in the clarity score follows the configured long-paragraph max', () => {
  // One paragraph of 120 words (12 sentences of 10): not long at the default 150, long at max 100.
  const text = Array.from({ length: 12 }, () => sentenceOf(10)).join(' ') + '\n';
  const base = computeMetrics(text);
  const strict = computeMetrics(text, parseConfig('{ "rules": { "long-paragraph": ["info", { "max": 100 }] } }').config);
  // Everything else equal; the paragraph component drops from 25 (no long paragraph) to 5 (all of them long).
  assert.equal(base.clarityScore - strict.clarityScore, 20);
  assert.deepEqual({ ...strict, clarityScore: 0 }, { ...base, clarityScore: 0 });
});
