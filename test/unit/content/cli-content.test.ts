/**
 * Issue 7: `lectern lint` with no path and `lectern goals` walk the same content as Lint Workspace — the content
 * folders the config names, never build output or dot-folders.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';
import { MemoryFs, Capture } from '../helpers/memory-fs';

/** A post with front matter and a planted finding (`the the`, repeated-word). */
const post = (title: string) => `---\ntitle: ${title}\ndate: 2026-11-03\n---\nThe the ${title} went out.\n`;

function workspace(config = '{ "contentFolders": ["posts"] }'): MemoryFs {
  return new MemoryFs({
    '/ws/.lectern/config.json': config,
    '/ws/posts/a.md': post('Alpha'),
    '/ws/posts/2026/b.md': post('Beta'),
    '/ws/posts/.drafts/hidden.md': post('Hidden'),
    '/ws/notes/n.md': post('Note'),
    '/ws/dist/d.md': post('Built'),
    '/ws/public/p.md': post('Public'),
    '/ws/_site/s.md': post('Site'),
    '/ws/README.md': post('Readme'),
  });
}

async function run(fs: MemoryFs, argv: string[], cwd = '/ws'): Promise<{ code: number; out: string; err: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main({ argv, cwd, fs, stdout, stderr });
  return { code, out: stdout.text, err: stderr.text };
}

const paths = (json: string): string[] => JSON.parse(json).files.map((f: { path: string }) => f.path);

test('lectern lint with no path lints only the content folders the config names', async () => {
  const r = await run(workspace(), ['lint', '--format', 'json']);
  assert.deepEqual(paths(r.out), ['posts/2026/b.md', 'posts/a.md']);
  const findings = JSON.parse(r.out).files.flatMap((f: { path: string; diagnostics: Array<{ rule: string }> }) =>
    f.diagnostics.map((d) => `${f.path} ${d.rule}`));
  assert.deepEqual(findings, ['posts/2026/b.md repeated-word', 'posts/a.md repeated-word']);
  assert.equal(r.code, 1);
  assert.equal(r.err, '');
  // Text output names nothing outside posts/ either.
  const text = await run(workspace(), ['lint']);
  assert.doesNotMatch(text.out, /notes\/|dist\/|public\/|_site\/|README|\.drafts/);
  assert.match(text.out, /^posts\/2026\/b\.md:5:1: error repeated-word/m);
});

test('lectern goals lists only the posts in the content folders', async () => {
  const r = await run(workspace(), ['goals', '--format', 'json', '--at', '2026-11-29']);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out).posts.map((p: { path: string }) => p.path), ['posts/2026/b.md', 'posts/a.md']);
});

test('with no content folders, no path means the current folder, still without build output or dot-folders', async () => {
  const r = await run(workspace('{}'), ['lint', '--format', 'json']);
  assert.deepEqual(paths(r.out), ['README.md', 'notes/n.md', 'posts/2026/b.md', 'posts/a.md']);
  const goals = await run(workspace('{}'), ['goals', '--format', 'json', '--at', '2026-11-29']);
  assert.deepEqual(JSON.parse(goals.out).posts.map((p: { path: string }) => p.path),
    ['README.md', 'notes/n.md', 'posts/2026/b.md', 'posts/a.md']);
  // From a subfolder of a workspace without content folders: that folder.
  const sub = await run(workspace('{}'), ['lint', '--format', 'json'], '/ws/posts');
  assert.deepEqual(paths(sub.out), ['2026/b.md', 'a.md']);
});

test('the content folders are the workspace\'s, found from a subfolder; paths print relative to the current folder', async () => {
  const r = await run(workspace('{ "contentFolders": ["./posts/", "posts/2026"] }'), ['lint', '--format', 'json'], '/ws/notes');
  assert.deepEqual(paths(r.out), ['../posts/2026/b.md', '../posts/a.md']);
});

test('a folder or glob named on the command line is walked the same way; a named build folder is still linted', async () => {
  const all = await run(workspace(), ['lint', '--format', 'json', '.']);
  assert.deepEqual(paths(all.out), ['README.md', 'notes/n.md', 'posts/2026/b.md', 'posts/a.md']);
  const glob = await run(workspace(), ['lint', '--format', 'json', '**/*.md']);
  assert.deepEqual(paths(glob.out), ['README.md', 'notes/n.md', 'posts/2026/b.md', 'posts/a.md']);
  const dist = await run(workspace(), ['lint', '--format', 'json', 'dist']);
  assert.deepEqual(paths(dist.out), ['dist/d.md']);
  const file = await run(workspace(), ['lint', '--format', 'json', 'posts/.drafts/hidden.md']);
  assert.deepEqual(paths(file.out), ['posts/.drafts/hidden.md']);
});
