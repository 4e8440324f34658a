/**
 * Every failure the fuzzer found, as a plain test (the counterexample fast-check shrank it to).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFrontMatter, setFrontMatterField } from '../../../src/core/frontmatter-edit';
import { applyFixes } from '../../../src/core/lint/index';
import { parseGoalsFile } from '../../../src/core/goals/api';

function write(text: string, key: string, value: string | string[]): string {
  const r = setFrontMatterField(text, key, value);
  assert.ok(r.ok);
  return applyFixes(text, [{ title: key, edits: r.edits }]).text;
}

test('fuzz regression: a list item with a comma stays one item (it was written plain inside [ ])', () => {
  const after = write('---\n\n---\n', 'title', ['d,e']);
  assert.equal(after, '---\n\ntitle: ["d,e"]\n---\n');
  assert.deepEqual(readFrontMatter(after)!.data['title'], ['d,e']);
  assert.deepEqual(readFrontMatter(write('---\ntags: [a]\n---\n', 'tags', ['x]y', '{z}', 'plain', 'c,d']))!.data['tags'], ['x]y', '{z}', 'plain', 'c,d']);
});

test('fuzz regression: front matter with lone CR line ends (classic Mac) is read and edited without eating a line break', () => {
  const text = '---\rtitle: 2024-01-05\r---\rBody\r';
  assert.deepEqual(readFrontMatter(text)!.data, { title: '2024-01-05' });
  const after = write(text, 'title', 'published');
  assert.equal(after, '---\rtitle: published\r---\rBody\r');
  assert.equal(write(text, 'status', 'draft'), '---\rtitle: 2024-01-05\rstatus: draft\r---\rBody\r', 'a new key gets the file\'s own line end');
  assert.equal(parseGoalsFile('goals:\r  - id: a\r    title: A\r    kind: post\r    target: 1\r    period: month\r').goals.length, 1);
});

test('fuzz regression: YAML error ranges stay inside the text and never split an emoji', () => {
  const inside = (text: string, r: { start: number; end: number }): void => {
    assert.ok(r.start >= 0 && r.start <= r.end && r.end <= text.length, `[${r.start}, ${r.end}) in ${text.length}`);
    for (const o of [r.start, r.end]) assert.ok(!(o > 0 && o < text.length && /[\ud800-\udbff]/.test(text[o - 1]!) && /[\udc00-\udfff]/.test(text[o]!)), `offset ${o}`);
  };
  for (const text of ['---\n\n' + '['.repeat(50) + 'x\n', '---\n\n' + '!['.repeat(50) + 'x\n', '---\n\n|\u{10000} \n', '---\ntitle: 2024-01-05\n> > \n\n    - \n  - \n\n> > \n\n\u{10000} \n']) {
    for (const p of readFrontMatter(text)!.problems) inside(text, p.range);
  }
  for (const text of ['[\u{10000} \n', '|\u{10000} \n', '['.repeat(50) + 'x\n\n- \u{1F1E8}\u{1F1F3} \n']) {
    for (const p of parseGoalsFile(text).problems) inside(text, p.range);
  }
});
