import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFrontMatterField, type FrontMatterValue, type TextEdit } from '../../../src/core/goals/api';

function apply(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

function set(text: string, key: string, value: FrontMatterValue): string {
  const r = setFrontMatterField(text, key, value);
  assert.ok(r.ok, r.ok ? '' : r.error);
  return r.ok ? apply(text, r.edits) : text;
}

const POST = `---
# Written for the team blog.
title: 'Code Reviews That Teach'   # working title
date: 2026-11-06
dimension: expertise  # to decide
tags:
  - code-review
  - mentoring
---

# Code reviews that teach
`;

test('replaces a value in place: comments, quoting of other keys and order untouched', () => {
  assert.equal(set(POST, 'dimension', 'leadership'), POST.replace('dimension: expertise  #', 'dimension: leadership  #'));
  assert.equal(set(POST, 'dimension', '领导力'), POST.replace('dimension: expertise', 'dimension: 领导力'));
  // The key's own quoting is kept.
  assert.equal(set(POST, 'title', "Reviews: a guide"), POST.replace("'Code Reviews That Teach'", "'Reviews: a guide'"));
});

test('adds a missing key as the last key, before the closing fence', () => {
  assert.equal(set(POST, 'status', 'published'), POST.replace('  - mentoring\n---', '  - mentoring\nstatus: published\n---'));
});

test('values that need quoting are quoted; numbers and booleans are plain', () => {
  const text = '---\ntitle: x\n---\n';
  assert.equal(set(text, 'title', 'Why: a story'), '---\ntitle: "Why: a story"\n---\n');
  assert.equal(set(text, 'draft', false), '---\ntitle: x\ndraft: false\n---\n');
  assert.equal(set(text, 'weight', 3), '---\ntitle: x\nweight: 3\n---\n');
  assert.equal(set(text, 'status', 'yes'), '---\ntitle: x\nstatus: yes\n---\n');
  assert.equal(set(text, 'title', 'two\nlines'), '---\ntitle: "two\\nlines"\n---\n');
});

test('keeps CRLF line endings, and every other byte', () => {
  const crlf = POST.replace(/\n/g, '\r\n');
  const added = set(crlf, 'status', 'draft');
  assert.equal(added, crlf.replace('  - mentoring\r\n---', '  - mentoring\r\nstatus: draft\r\n---'));
  assert.equal(set(crlf, 'dimension', 'insight'), crlf.replace('dimension: expertise', 'dimension: insight'));
});

test('creates front matter when the file has none', () => {
  assert.equal(set('# Title\n\nBody.\n', 'dimension', 'influence'), '---\ndimension: influence\n---\n# Title\n\nBody.\n');
  assert.equal(set('# Title\r\nBody.\r\n', 'status', 'idea'), '---\r\nstatus: idea\r\n---\r\n# Title\r\nBody.\r\n');
  assert.equal(set('', 'status', 'idea'), '---\nstatus: idea\n---\n');
  assert.equal(set('\ufeff# T\n', 'status', 'idea'), '\ufeff---\nstatus: idea\n---\n# T\n');
  assert.equal(set('---\n---\nBody\n', 'status', 'idea'), '---\nstatus: idea\n---\nBody\n');
  assert.equal(set('---\n# just a comment\n---\n', 'status', 'idea'), '---\n# just a comment\nstatus: idea\n---\n');
});

test('fills an empty value and replaces a block scalar or list', () => {
  assert.equal(set('---\ndimension:\ndate: 2026-01-01\n---\n', 'dimension', 'insight'), '---\ndimension: insight\ndate: 2026-01-01\n---\n');
  assert.equal(set('---\ndimension:   # pick one\n---\n', 'dimension', 'insight'), '---\ndimension: insight   # pick one\n---\n');
  assert.equal(set('---\ntitle: |\n  long\n  title\nx: 1\n---\n', 'title', 'Short'), '---\ntitle: Short\nx: 1\n---\n');
  assert.equal(set(POST, 'tags', ['a', 'b c']), POST.replace('  - code-review\n  - mentoring', '  - a\n  - b c'));
  assert.equal(set('---\ntags: [x]\n---\n', 'tags', ['y', 'z']), '---\ntags: [y, z]\n---\n');
  assert.equal(set('---\ntags: x\n---\n', 'tags', ['y']), '---\ntags: [y]\n---\n');
});

test('null removes the key with its lines', () => {
  assert.equal(set(POST, 'dimension', null), POST.replace('dimension: expertise  # to decide\n', ''));
  assert.equal(set(POST, 'tags', null), POST.replace('tags:\n  - code-review\n  - mentoring\n', ''));
  assert.equal(set(POST, 'missing', null), POST);
});

test('refuses front matter that does not parse, and keys Lectern does not write', () => {
  for (const broken of ['---\ntitle: [oops\n---\nBody\n', '---\ntitle: x\nBody without a closing fence\n', '---\n- a list\n---\n', '---\na: 1\na: 2\n---\n']) {
    const r = setFrontMatterField(broken, 'dimension', 'insight');
    assert.equal(r.ok, false, broken);
  }
  assert.equal(setFrontMatterField(POST, 'bad key', 'x').ok, false);
});
