/** Hugo's TOML front matter (`+++`): posts are read from it and Set Growth Dimension edits it in place. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixedClock, parsePost, resolveDimensions, setFrontMatterField, type TextEdit } from '../../../src/core/goals/api';

const clock = fixedClock('2026-11-29', 0);
const dims = resolveDimensions(null);

function apply(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.range.start - a.range.start)
    .reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
}

function set(text: string, key: string, value: string | string[] | null): string {
  const r = setFrontMatterField(text, key, value);
  assert.ok(r.ok, r.ok ? '' : r.error);
  return apply(text, r.edits);
}

const HUGO = '+++\ntitle = "Tracing at scale"  # shown on the home page\ndate = 2026-03-02\ndraft = false\ntags = ["go", "otel"]\n\n[params]\nauthor = "Ana"\n+++\n\nBody.\n';

test('a TOML front matter post is read like a YAML one', () => {
  const p = parsePost('posts/tracing.md', HUGO, dims, clock)!;
  assert.equal(p.title, 'Tracing at scale');
  assert.equal(p.date, '2026-03-02');
  assert.equal(p.status, 'published');
  assert.deepEqual(p.tags, ['go', 'otel']);
  assert.equal(p.dimension, null);
  const draft = parsePost('posts/d.md', '+++\ntitle = "D"\ndraft = true\n+++\n', dims, clock)!;
  assert.equal(draft.status, 'draft');
  assert.equal(draft.statusSource, 'draft-flag');
});

test('an unknown dimension in TOML is reported at its value', () => {
  const text = '+++\ntitle = "T"\ndimension = "marketing"\n+++\n';
  const p = parsePost('a.md', text, dims, clock)!;
  assert.equal(p.dimension, null);
  const problem = p.problems.find((x) => x.message.includes('marketing'))!;
  assert.equal(text.slice(problem.range.start, problem.range.end), '"marketing"');
});

test('broken TOML is a located error and is never edited', () => {
  const text = '+++\ntitle = "T\n+++\n';
  const p = parsePost('a.md', text, dims, clock)!;
  assert.ok(p.problems.some((x) => x.severity === 'error' && x.message.startsWith('Front matter TOML')));
  assert.equal(setFrontMatterField(text, 'dimension', 'leadership').ok, false);
});

test('setting a TOML key adds it before the first table, replaces it in place keeping its comment, or removes it', () => {
  const added = set(HUGO, 'dimension', 'expertise');
  assert.equal(added, HUGO.replace('\n[params]', '\ndimension = "expertise"\n[params]'));
  assert.equal(parsePost('a.md', added, dims, clock)!.dimension, 'expertise');
  assert.equal(parsePost('a.md', added, dims, clock)!.title, 'Tracing at scale');
  const retitled = set(HUGO, 'title', 'Tracing, at scale');
  assert.equal(retitled, HUGO.replace('"Tracing at scale"', '"Tracing, at scale"'));
  assert.ok(retitled.includes('# shown on the home page'));
  assert.equal(set(HUGO, 'draft', null), HUGO.replace('draft = false\n', ''));
  assert.equal(set(HUGO, 'tags', ['go']), HUGO.replace('["go", "otel"]', '["go"]'));
});

test('a TOML value that spans lines is not edited; CRLF files keep CRLF', () => {
  const multi = '+++\ntags = [\n  "a",\n]\n+++\n';
  assert.equal(setFrontMatterField(multi, 'tags', ['b']).ok, false);
  const crlf = '+++\r\ntitle = "T"\r\n+++\r\n';
  assert.equal(set(crlf, 'dimension', 'leadership'), '+++\r\ntitle = "T"\r\ndimension = "leadership"\r\n+++\r\n');
});

test('a date written to a TOML date key is a TOML date (Add Date, Mark as Published), never a quoted string', () => {
  const redated = set(HUGO, 'date', '2026-12-02');
  assert.equal(redated, HUGO.replace('date = 2026-03-02', 'date = 2026-12-02'));
  const noDate = '+++\ntitle = "T"\n\n[extra]\nx = 1\n+++\n';
  assert.equal(set(noDate, 'date', '2026-12-02'), '+++\ntitle = "T"\n\ndate = 2026-12-02\n[extra]\nx = 1\n+++\n');
  assert.equal(set(noDate, 'lastmod', '2026-12-02T09:30:00+08:00'), '+++\ntitle = "T"\n\nlastmod = 2026-12-02T09:30:00+08:00\n[extra]\nx = 1\n+++\n');
  const p = parsePost('a.md', set(noDate, 'date', '2026-12-02'), dims, clock)!;
  assert.deepEqual([p.date, p.problems], ['2026-12-02', []]);
  // Only date keys and only date values: a title that looks like a date, or a date key given text, stays a string.
  assert.equal(set(noDate, 'title', '2026-12-02'), noDate.replace('"T"', '"2026-12-02"'));
  assert.equal(set(noDate, 'date', 'soon'), '+++\ntitle = "T"\n\ndate = "soon"\n[extra]\nx = 1\n+++\n');
});
