import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../../src/core/lint/index';
import { only, spans } from './helpers';

const config = only('repeated-word', 'article');
const lint = (text: string) => spans(text, lintText(text, config).findings);

test('disable … enable for listed rules', () => {
  const text = 'the the\n\n<!-- lectern-disable repeated-word -->\n\nthe the a hour\n\n<!-- lectern-enable -->\n\nthe the\n';
  assert.deepEqual(lint(text), [['repeated-word', 'the the'], ['article', 'a hour'], ['repeated-word', 'the the']]);
});

test('disable with no ids disables every rule until enable', () => {
  const text = 'the the\n<!-- lectern-disable -->\nthe the a hour\n<!-- lectern-enable -->\nthe the\n';
  assert.deepEqual(lint(text), [['repeated-word', 'the the'], ['repeated-word', 'the the']]);
});

test('enable with ids re-enables only those', () => {
  const text = '<!-- lectern-disable -->\n\n<!-- lectern-enable article -->\n\nthe the a hour\n';
  assert.deepEqual(lint(text), [['article', 'a hour']]);
});

test('inline disable comment in the middle of a paragraph applies from there on', () => {
  const text = 'the the <!-- lectern-disable repeated-word --> the the\n';
  assert.deepEqual(lint(text), [['repeated-word', 'the the']]);
});

test('disable-next-line applies to the next line only', () => {
  const text = '<!-- lectern-disable-next-line repeated-word -->\nthe the a hour\nthe the\n';
  assert.deepEqual(lint(text), [['article', 'a hour'], ['repeated-word', 'the the']]);
  const all = '<!-- lectern-disable-next-line -->\nthe the a hour\nthe the\n';
  assert.deepEqual(lint(all), [['repeated-word', 'the the']]);
  const crlf = '<!-- lectern-disable-next-line -->\r\nthe the a hour\r\nthe the\r\n';
  assert.deepEqual(lint(crlf), [['repeated-word', 'the the']]);
});

test('disable-file, with and without ids', () => {
  assert.deepEqual(lint('the the a hour\n\n<!-- lectern-disable-file -->\n'), []);
  assert.deepEqual(lint('the the a hour\n\n<!-- lectern-disable-file article -->\n'), [['repeated-word', 'the the']]);
});

test('front matter lectern.disable, flow and block styles', () => {
  assert.deepEqual(lint('---\nlectern: { disable: [article] }\n---\nthe the a hour\n'), [['repeated-word', 'the the']]);
  assert.deepEqual(lint('---\ntitle: x\nlectern:\n  disable: [article, repeated-word]\n---\nthe the a hour\n'), []);
  assert.deepEqual(lint('---\nlectern:\n  disable:\n    - "article"\n    - repeated-word\ndate: 2024-01-01\n---\nthe the a hour\n'), []);
});

test('directives inside code are not directives', () => {
  const text = '```\n<!-- lectern-disable-file -->\n```\n\nthe the\n\nAlso `<!-- lectern-disable -->` here: the the\n';
  assert.deepEqual(lint(text), [['repeated-word', 'the the'], ['repeated-word', 'the the']]);
});

test('unknown rule ids give located problems; known ids still apply', () => {
  const text = '<!-- lectern-disable repeated-word nope -->\nthe the\n';
  const result = lintText(text, config);
  assert.deepEqual(result.findings, []);
  assert.deepEqual(result.problems, [{ message: "Unknown Lectern rule 'nope'.", range: { start: 35, end: 39 }, severity: 'warning' }]);
  assert.equal(text.slice(35, 39), 'nope');
  const fm = '---\nlectern:\n  disable:\n    - bogus\n---\nx\n';
  const p = lintText(fm, config).problems;
  assert.equal(p.length, 1);
  assert.equal(fm.slice(p[0]!.range.start, p[0]!.range.end), 'bogus');
  const flow = '---\nlectern: { disable: [article, "typo-rule"] }\n---\nx\n';
  const q = lintText(flow, config).problems;
  assert.equal(flow.slice(q[0]!.range.start, q[0]!.range.end), 'typo-rule');
  const next = '<!-- lectern-disable-next-line, wat -->\nthe the\n';
  assert.equal(lintText(next, config).problems.map((x) => next.slice(x.range.start, x.range.end)).join(), 'wat');
});
