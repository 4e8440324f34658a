import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeMetrics, Linter } from '../../../src/core/lint/index';

test('empty document', () => {
  assert.deepEqual(computeMetrics(''), { words: 0, readingMinutes: 0, sentences: 0, longSentenceShare: 0, passiveShare: 0,
    fleschReadingEase: 100, fleschKincaidGrade: 0, clarityScore: 100 });
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

test('computeMetrics keeps a cache across calls; alternating documents and edits give fresh-parse results', async () => {
  const { Linter: EngineLinter } = await import('../../../src/core/lint/engine');
  const fresh = (text: string) => { const l = new EngineLinter(undefined, true); l.lint(text); return l.metrics(); };
  const a = '# A\n\nThe bug was fixed. It works.\n\nAnother paragraph here.\n';
  const b = 'Only one sentence that is short.\n';
  for (const text of [a, b, a, a.replace('works', 'worked well'), b, '', a]) assert.deepEqual(computeMetrics(text), fresh(text));
});
