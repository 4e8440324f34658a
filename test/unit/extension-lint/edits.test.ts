import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disableFileEdit, disableLineEdit, fixAllEdits } from '../../../src/extension/lint/edits';
import { applyEdits } from '../../../src/core/text';
import { configTemplate } from '../../../src/extension/lint/config-template';
import { parseConfig, rules, type Fix } from '../../../src/core/lint/index';

const insert = (text: string, at: number, newText: string) => text.slice(0, at) + newText + text.slice(at);

test('disable-next-line goes above the finding line with its indentation', () => {
  const text = '# Title\n\n- item\n\n    indented very text\n';
  const at = text.indexOf('very');
  const edit = disableLineEdit(text, at, 'weasel-word');
  assert.deepEqual(edit, { range: { start: 17, end: 17 }, newText: '    <!-- lectern-disable-next-line weasel-word -->\n' });
  assert.equal(insert(text, edit.range.start, edit.newText),
    '# Title\n\n- item\n\n    <!-- lectern-disable-next-line weasel-word -->\n    indented very text\n');
});

test('disable-next-line keeps block-quote markers and CRLF', () => {
  const text = 'Intro.\r\n\r\n> quoted very text\r\n';
  const edit = disableLineEdit(text, text.indexOf('very'), 'weasel-word');
  assert.equal(insert(text, edit.range.start, edit.newText),
    'Intro.\r\n\r\n> <!-- lectern-disable-next-line weasel-word -->\r\n> quoted very text\r\n');
});

test('disable-file goes after the front matter, or at the top without one', () => {
  const withFm = '---\ntitle: A\n---\nBody very text.\n';
  const e1 = disableFileEdit(withFm, 'weasel-word');
  assert.equal(insert(withFm, e1.range.start, e1.newText), '---\ntitle: A\n---\n<!-- lectern-disable-file weasel-word -->\nBody very text.\n');
  const plain = 'Body very text.\n';
  const e2 = disableFileEdit(plain, 'hedge');
  assert.deepEqual(e2, { range: { start: 0, end: 0 }, newText: '<!-- lectern-disable-file hedge -->\n' });
  const fmAtEnd = '---\ntitle: A\n---';
  const e3 = disableFileEdit(fmAtEnd, 'hedge');
  assert.equal(insert(fmAtEnd, e3.range.start, e3.newText), '---\ntitle: A\n---\n<!-- lectern-disable-file hedge -->\n');
});

test('fix-all keeps small edits when they reproduce applyFixes, and matches applyFixes text', () => {
  const text = 'We utilize the the tool.';
  const fixes: Fix[] = [
    { title: "Replace with 'use'", edits: [{ range: { start: 3, end: 10 }, newText: 'use' }] },
    { title: 'Remove the repeated word', edits: [{ range: { start: 14, end: 18 }, newText: '' }] },
  ];
  const { edits, applied } = fixAllEdits(text, fixes);
  assert.equal(applied, 2);
  assert.deepEqual(edits, [
    { range: { start: 3, end: 10 }, newText: 'use' },
    { range: { start: 14, end: 18 }, newText: '' },
  ]);
  assert.equal(applyEdits(text, edits), 'We use the tool.');
});

test('fix-all with overlapping fixes applies what applyFixes applies', () => {
  const text = 'abcdef';
  const fixes: Fix[] = [
    { title: 'a', edits: [{ range: { start: 1, end: 4 }, newText: 'X' }] },
    { title: 'b', edits: [{ range: { start: 2, end: 5 }, newText: 'Y' }] },
  ];
  const { edits, applied } = fixAllEdits(text, fixes);
  assert.equal(applied, 1);
  assert.equal(applyEdits(text, edits), 'aXef');
});

test('fix-all with nothing to fix gives no edit', () => {
  assert.deepEqual(fixAllEdits('text', []), { edits: [], applied: 0 });
});

test('the created config lists every rule, parses without problems and keeps the defaults', () => {
  const text = configTemplate(rules);
  const { config, problems } = parseConfig(text);
  assert.deepEqual(problems, []);
  assert.deepEqual(config.allow, []);
  assert.deepEqual(config.contentFolders, []);
  for (const r of rules) assert.ok(text.includes(`// "${r.id}": `), `template mentions ${r.id}`);
  assert.ok(text.startsWith('{\n  "$schema": '));
});
