/**
 * Data safety, byte for byte: every write Lectern makes (front-matter edits, goals edits, Mark as Published, `--fix`,
 * `lectern new`) changes only what it means to change. Each is run on LF, CRLF and BOM + CRLF versions of the same
 * file, with comments and quoting, and the result is compared as bytes: the rest is identical, no LF-only line is
 * introduced into a CRLF file, the BOM stays. The CLI writes go through a temporary file and a rename, refuse a file
 * that changed on disk since it was read, and never replace an existing file when creating one.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';
import { applyFixes } from '../../../src/core/lint/index';
import { setFrontMatterField } from '../../../src/core/frontmatter-edit';
import { markPublished } from '../../../src/core/checklist/publish';
import { addGoal, removeGoal, updateGoal } from '../../../src/core/goals/goals-edit';
import { fixedClock } from '../../../src/core/goals/api';
import { MemoryFs, Capture } from '../helpers/memory-fs';

const encoder = new TextEncoder();
const bytes = (s: string): Uint8Array => encoder.encode(s);

const VARIANTS: Record<string, (lf: string) => string> = {
  LF: (s) => s,
  CRLF: (s) => s.replace(/\n/g, '\r\n'),
  'BOM + CRLF': (s) => '\ufeff' + s.replace(/\n/g, '\r\n'),
};

function startsWithBytes(whole: Uint8Array, part: Uint8Array): boolean {
  if (part.length > whole.length) return false;
  for (let i = 0; i < part.length; i++) if (whole[i] !== part[i]) return false;
  return true;
}

function endsWithBytes(whole: Uint8Array, part: Uint8Array): boolean {
  if (part.length > whole.length) return false;
  const offset = whole.length - part.length;
  for (let i = 0; i < part.length; i++) if (whole[offset + i] !== part[i]) return false;
  return true;
}

/**
 * `after` is `before` with only `region` (a substring of `before` that the write may touch) replaced: every byte
 * before the region and every byte after it are the same bytes in the same places. Line endings and BOM are kept.
 */
function assertOnlyWithin(before: string, after: string, region: string, what: string): void {
  const at = before.indexOf(region);
  assert.ok(at >= 0, `${what}: the region is in the file`);
  const head = bytes(before.slice(0, at));
  const tail = bytes(before.slice(at + region.length));
  const b = bytes(after);
  assert.ok(startsWithBytes(b, head), `${what}: the ${head.length} bytes before the edited part are identical`);
  assert.ok(endsWithBytes(b, tail), `${what}: the ${tail.length} bytes after the edited part are identical`);
  assert.ok(head.length + tail.length <= b.length, `${what}: they do not overlap`);
  if (before.includes('\r\n')) assert.equal(/(^|[^\r])\n/.test(after), false, `${what}: no LF-only line in a CRLF file`);
  assert.equal(after.charCodeAt(0) === 0xfeff, before.charCodeAt(0) === 0xfeff, `${what}: the BOM is kept (or not added)`);
}

const POST = `---
# the writer's own comment
title: 'Error budgets, explained'   # quoted on purpose
tags: [sre, "reliability"]
status: draft
---
Body with trailing spaces   
and a "quoted" line.

Final line without newline`;

test('front-matter edits: only the edited field changes, byte for byte, in LF, CRLF and BOM + CRLF files', () => {
  for (const [name, variant] of Object.entries(VARIANTS)) {
    const text = variant(POST);
    const frontMatter = text.slice(0, text.indexOf('---', 4) + 3);
    for (const [key, value] of [['dimension', 'expertise'], ['status', 'published'], ['tags', ['sre', 'ops']], ['date', '2026-06-15']] as const) {
      const edit = setFrontMatterField(text, key, value as string | string[]);
      assert.ok(edit.ok, `${name} ${key}`);
      const after = applyFixes(text, [{ title: key, edits: edit.edits }]).text;
      assertOnlyWithin(text, after, frontMatter, `${name}: set ${key}`);
      assert.ok(after.includes("title: 'Error budgets, explained'   # quoted on purpose"), `${name} ${key}: other lines keep quotes and comments`);
    }
  }
});

test('TOML front matter edits keep the rest of the file byte-identical too', () => {
  const toml = '+++\n# comment\ntitle = "A \\"quoted\\" title"\ndraft = true\n+++\nBody.\n';
  for (const [name, variant] of Object.entries(VARIANTS)) {
    const text = variant(toml);
    const edit = setFrontMatterField(text, 'draft', false);
    assert.ok(edit.ok, name);
    const after = applyFixes(text, [{ title: 'draft', edits: edit.edits }]).text;
    assertOnlyWithin(text, after, text.slice(0, text.indexOf('+++', 4) + 3), `${name}: TOML draft`);
  }
});

test('Mark as Published: only front-matter fields change; the body stays byte-identical', () => {
  const clock = fixedClock('2026-06-15');
  for (const [name, variant] of Object.entries(VARIANTS)) {
    const text = variant(POST);
    const result = markPublished(text, { platform: 'hugo', clock, url: 'https://example.test/p' });
    assert.ok(result.ok, name);
    assertOnlyWithin(text, result.text, text.slice(0, text.indexOf('---', 4) + 3), `${name}: Mark as Published`);
    assert.equal(result.text, applyFixes(text, [{ title: 'publish', edits: result.edits }]).text, `${name}: the edits are the text`);
  }
});

const GOALS = `# Goals for this year
goals:
  # writing
  - id: posts
    title: "Twelve posts"   # one a month
    kind: post
    target: 12
    period: year
  - id: talks
    title: Two talks
    kind: talk
    target: 2
    period: year
`;

test('goals edits (add, update, remove): the other goals and every comment are byte-identical', () => {
  for (const [name, variant] of Object.entries(VARIANTS)) {
    const text = variant(GOALS);
    const added = addGoal(text, { title: 'Weekly notes', kind: 'post', target: 1, period: 'week' });
    assert.ok(added.ok, name);
    assert.ok(added.text.startsWith(text), `${name}: add only appends: every byte before is the same`);
    if (text.includes('\r\n')) assert.equal(/(^|[^\r])\n/.test(added.text), false, `${name}: the new goal's lines end in CRLF`);
    const updated = updateGoal(text, 'talks', { target: 3 });
    assert.ok(updated.ok, name);
    const talks = text.slice(text.indexOf('  - id: talks'));
    assertOnlyWithin(text, updated.text, talks, `${name}: update`);
    assert.ok(updated.text.includes('title: "Twelve posts"   # one a month'), `${name}: the other goal keeps its comment`);
    const removed = removeGoal(text, 'posts');
    assert.ok(removed.ok, name);
    // The comment right above a goal, at its indentation, is the goal's own and goes with it.
    assertOnlyWithin(text, removed.text, text.slice(text.indexOf('  # writing'), text.indexOf('  - id: talks')), `${name}: remove`);
    assert.ok(removed.text.startsWith(variant('# Goals for this year\ngoals:\n')), `${name}: the file's comment stays`);
  }
});

async function run(fs: MemoryFs, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main({ argv, cwd: '/ws', fs, stdout, stderr });
  return { code, out: stdout.text, err: stderr.text };
}

test('lectern lint --fix: exactly the fix changes, CRLF and BOM kept, written through a temporary file and a rename', async () => {
  for (const [name, variant] of Object.entries(VARIANTS)) {
    const text = variant('# Notes\n\nWe ran the the tests.   \nKeep   this spacing.\n\n```\nthe the code stays\n```\n');
    const fs = new MemoryFs({ '/ws/a.md': text });
    const r = await run(fs, ['lint', '--fix', 'a.md']);
    assert.notEqual(r.code, 2, `${name}: ${r.err}`);
    const after = new TextDecoder('utf-8', { ignoreBOM: true }).decode(fs.bytes('/ws/a.md'));
    assert.equal(after, text.replace('the the tests', 'the tests'), `${name}: only the repeated word went`);
    assertOnlyWithin(text, after, 'the the', `${name}: --fix`);
    assert.deepEqual(fs.operations, ['write /ws/.a.md.tmp', 'rename /ws/.a.md.tmp -> /ws/a.md'], `${name}: temporary file, then rename`);
  }
});

test('lectern lint --fix refuses a file that changed since it was read, in every line-ending variant; bytes untouched', async () => {
  for (const [name, variant] of Object.entries(VARIANTS)) {
    const text = variant('We ran the the tests.\n');
    const saved = variant('Saved meanwhile by the editor.\n');
    const fs = new MemoryFs({ '/ws/a.md': text });
    fs.beforeRename = () => fs.put('/ws/a.md', saved);
    const r = await run(fs, ['lint', '--fix', 'a.md']);
    assert.equal(r.code, 2, name);
    assert.deepEqual(fs.bytes('/ws/a.md'), bytes(saved), `${name}: the editor's bytes win`);
    assert.deepEqual(fs.list(), ['/ws/a.md'], `${name}: no temporary file left`);
  }
});

test('lectern new: the file appears whole, never replaces an existing one (byte-identical), and --from-post is size-checked', async () => {
  const existing = VARIANTS['BOM + CRLF']!('---\ntitle: Mine\n---\nDo not touch.\n');
  const fs = new MemoryFs({ '/ws/.lectern/config.json': '{"contentFolders": ["posts"]}', '/ws/posts/2026-06-15-hello.md': existing });
  const first = await run(fs, ['new', '--template', 'tutorial', '--title', 'Hello', '--at', '2026-06-15', '--dir', 'posts']);
  assert.equal(first.code, 0, first.err);
  assert.deepEqual(fs.bytes('/ws/posts/2026-06-15-hello.md'), bytes(existing), 'the existing file is byte-identical');
  const created = first.out.trim();
  assert.notEqual(created, 'posts/2026-06-15-hello.md');
  assert.ok(fs.has(`/ws/${created}`));
  assert.ok(fs.operations.every((op) => op.startsWith('create ') || op.startsWith('mkdir ')), 'created exclusively');
  // A huge post named by --from-post is refused from its size, never read whole.
  fs.put('/ws/posts/huge.md', '---\ntitle: Huge\n---\n' + 'word '.repeat(600_000));
  const reads = fs.reads.length;
  const huge = await run(fs, ['new', '--from-post', 'posts/huge.md', '--title', 'Talk']);
  assert.equal(huge.code, 2);
  assert.match(huge.err, /--from-post posts\/huge\.md: .*over the 2 MB limit/);
  assert.ok(!fs.reads.slice(reads).includes('/ws/posts/huge.md'), 'never read');
});
