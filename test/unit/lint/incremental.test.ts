import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter, lintText, computeMetrics } from '../../../src/core/lint/index';
import { only } from './helpers';
import { prng } from '../helpers/prng';

const PIECES = [
  '# The SRE handbook\n',
  '## Why Site Reliability Engineering (SRE) matters\n',
  'The migration was written by the the platform team. It took a hour!\n',
  'There are three services that read this table. The CDN and the TLA were configured!\n',
  'Our TLA rotation has four people, and the API is fast!! Really!\n',
  '- a list item that was broken\n- an user story\n  continued here\n',
  '> A quote that is is quoted. Three Letter Acronym (TLA) is defined here.\n',
  '```\nthe the code was written! ! !\n```\n',
  '    indented code was written\n',
  '| a hour | the the |\n|---|---|\n| cell was seen | ok |\n',
  '<!-- lectern-disable passive-voice -->\n',
  '<!-- lectern-enable -->\n',
  '<!-- lectern-disable-next-line repeated-word -->\n',
  '<div>\nraw html was written\n</div>\n',
  'Inline `the the` code and <b>bold</b> and [the the link](http://x.y/the the) text.\n',
  Array.from({ length: 12 }, (_, i) => `Sentence ${i} keeps going with several plain words here.`).join(' ') + '\n',
  'Consequently, organizational modernization initiatives necessitate comprehensive evaluation of interdependent architectural considerations regarding sustainability, accountability and implications of distributed responsibility across heterogeneous technological environments and communities everywhere.\n',
];
const INSERTS = ['\n', '\n\n', ' ', 'a', 'the ', '!', '`', '```\n', '# ', '- ', '> ', '<!-- ', ' -->', 'SRE ', 'was written ', '|', '*', '[', '](', ')', '$', '    ', '\t', '\r\n', 'The the ', '~~~\n'];

function buildDoc(rand: () => number): string {
  const parts: string[] = ['---\ntitle: Test\n---\n'];
  const n = 10 + Math.floor(rand() * 30);
  for (let i = 0; i < n; i++) parts.push(PIECES[Math.floor(rand() * PIECES.length)]!, rand() < 0.8 ? '\n' : '');
  return parts.join('');
}

function edit(text: string, rand: () => number): string {
  const at = Math.floor(rand() * (text.length + 1));
  const kind = rand();
  if (kind < 0.55) return text.slice(0, at) + INSERTS[Math.floor(rand() * INSERTS.length)]! + text.slice(at);
  if (kind < 0.85) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rand() * 6)));
  if (kind < 0.95) {
    const from = Math.floor(rand() * text.length);
    return text.slice(0, at) + text.slice(from, from + Math.floor(rand() * 80)) + text.slice(at);
  }
  return text.slice(0, at) + PIECES[Math.floor(rand() * PIECES.length)]! + text.slice(at);
}

for (const seed of [1, 2, 3, 4, 5]) {
  test(`incremental lint equals a full lint after each of 120 random edits (seed ${seed})`, () => {
    const rand = prng(seed);
    let text = buildDoc(rand);
    const linter = new Linter();
    for (let step = 0; step < 120; step++) {
      const incremental = linter.lint(text);
      const full = lintText(text);
      assert.deepEqual(incremental, full, `seed ${seed}, step ${step}`);
      assert.deepEqual(linter.metrics(), computeMetrics(text), `metrics, seed ${seed}, step ${step}`);
      text = edit(text, rand);
    }
  });
}

test('incremental lint with a custom config (document rules only) equals a full lint', () => {
  const rand = prng(99);
  const config = only('undefined-acronym', 'exclamation', 'heading-distance');
  config.rules['heading-distance']!.options = { max: 40 };
  config.rules['exclamation']!.options = { max: 1 };
  let text = buildDoc(rand);
  const linter = new Linter(config);
  let total = 0;
  for (let step = 0; step < 150; step++) {
    const incremental = linter.lint(text);
    assert.deepEqual(incremental, lintText(text, config), `step ${step}`);
    total += incremental.findings.length;
    text = edit(text, rand);
  }
  assert.ok(total > 150, `the document rules must actually fire in this test (got ${total} findings)`);
});

test('after a one-character edit only the edited chunk is parsed again', async () => {
  const { Linter: EngineLinter } = await import('../../../src/core/lint/engine');
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} was written by someone. It is fine.`);
  const text = '# Title\n\n' + paragraphs.join('\n\n') + '\n';
  const linter = new EngineLinter();
  linter.lint(text);
  assert.equal(linter.parsedChunks, 41);
  const at = text.indexOf('Paragraph 20') + 3;
  const edited = text.slice(0, at) + 'x' + text.slice(at);
  const result = linter.lint(edited);
  assert.equal(linter.parsedChunks, 1);
  assert.deepEqual(result, lintText(edited));
  linter.lint(edited);
  assert.equal(linter.parsedChunks, 0);
});
