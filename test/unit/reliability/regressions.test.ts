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
