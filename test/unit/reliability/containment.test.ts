/**
 * One bad file never takes the rest down: `lectern goals` and `lectern lint` name each bad file on one located line
 * and go on with every other file; exit codes keep their meaning for the rest.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';
import { readFrontMatter } from '../../../src/core/frontmatter-edit';
import { formatInternalError, FileError } from '../../../src/cli/internal-error';
import { MemoryFs, Capture } from '../helpers/memory-fs';
import { aliasBomb, binaryBytes, bigPost, latin1Post, post } from './hostile';

async function run(fs: MemoryFs, argv: string[], interrupted?: () => boolean): Promise<{ code: number; out: string; err: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main({ argv, cwd: '/ws', fs, stdout, stderr, interrupted });
  return { code, out: stdout.text, err: stderr.text };
}

const GOOD = post('title: Good post\ndate: 2026-01-05\nstatus: published');

function hostileWorkspace(): MemoryFs {
  const fs = new MemoryFs({
    '/ws/.lectern/goals.yaml': 'goals:\n  - id: two\n    title: Two posts\n    kind: post\n    target: 2\n    period: year\n',
    '/ws/posts/good.md': GOOD,
    '/ws/posts/also-good.md': post('title: Also good\ndate: 2026-02-05'),
    '/ws/posts/bomb.md': post(aliasBomb() + '\ntitle: Bomb'),
    '/ws/posts/binary.md': binaryBytes(64 * 1024),
    '/ws/posts/latin1.md': latin1Post().bytes,
    '/ws/posts/locked.md': GOOD,
  });
  fs.makeUnreadable('/ws/posts/locked.md');
  return fs;
}

test('the alias bomb is refused as a located problem of its front matter, never thrown', () => {
  const text = post(aliasBomb() + '\ntitle: Bomb');
  const started = Date.now();
  const fm = readFrontMatter(text);
  assert.ok(fm);
  assert.equal(fm.problems.length, 1);
  assert.match(fm.problems[0]!.message, /^Front matter YAML: Excessive alias count/);
  assert.equal(fm.problems[0]!.range.start, 4, 'points at the mapping');
  assert.deepEqual(fm.data, {});
  assert.ok(Date.now() - started < 1000);
});

test('lectern goals: every bad post is named on one line, the goals come from the rest, exit 0', async () => {
  const r = await run(hostileWorkspace(), ['goals', '--format', 'json', '--at', '2026-06-01']);
  assert.equal(r.code, 0);
  const json = JSON.parse(r.out) as { goals: Array<{ done: number }>; posts: Array<{ path: string }> };
  assert.deepEqual(json.posts.map((p) => p.path).sort(), ['posts/also-good.md', 'posts/bomb.md', 'posts/good.md']);
  assert.equal(json.goals[0]!.done, 2);
  const lines = r.err.trimEnd().split('\n');
  assert.deepEqual(lines, [
    'posts/binary.md: warning skipped: binary file (a NUL byte at offset 0)',
    'posts/bomb.md:2:1: error Front matter YAML: Excessive alias count indicates a resource exhaustion attack',
    `posts/latin1.md: warning skipped: not UTF-8 text (invalid byte at offset ${latin1Post().offset})`,
    'posts/locked.md: warning cannot read (EACCES)',
    '3 files skipped; goals and posts are computed from the rest.',
  ]);
});

test('lectern goals: a goals file that is binary is a usage error naming it, never a crash', async () => {
  const fs = hostileWorkspace();
  fs.put('/ws/.lectern/goals.yaml', binaryBytes(100));
  const r = await run(fs, ['goals']);
  assert.equal(r.code, 2);
  assert.equal(r.err, 'lectern goals: .lectern/goals.yaml: the goals file was not read: skipped: binary file (a NUL byte at offset 0)\n');
});

test('lectern lint: bad files are named and skipped, the rest is linted; exit 2 only when nothing could be read', async () => {
  const fs = hostileWorkspace();
  fs.put('/ws/posts/bad-prose.md', 'The the end.\n');
  const r = await run(fs, ['lint', 'posts', '--format', 'json']);
  assert.equal(r.code, 1, 'the error in bad-prose.md still counts');
  assert.deepEqual((JSON.parse(r.out) as { files: Array<{ path: string }> }).files.map((f) => f.path),
    ['posts/also-good.md', 'posts/bad-prose.md', 'posts/bomb.md', 'posts/good.md']);
  assert.deepEqual(r.err.trimEnd().split('\n'), [
    'posts/binary.md: warning skipped: binary file (a NUL byte at offset 0)',
    `posts/latin1.md: warning skipped: not UTF-8 text (invalid byte at offset ${latin1Post().offset})`,
    'posts/locked.md: warning cannot read (EACCES)',
  ]);
  const none = await run(fs, ['lint', 'posts/binary.md', 'posts/locked.md']);
  assert.equal(none.code, 2);
  assert.match(none.err, /none of the 2 files could be read\.\n$/);
});

test('lectern lint: files over 2 MB are skipped unless --max-size allows them', async () => {
  const fs = new MemoryFs({ '/ws/big.md': bigPost(3 * 1024 * 1024), '/ws/small.md': 'The the end.\n' });
  const skipped = await run(fs, ['lint', '.', '--format', 'json']);
  assert.match(skipped.err, /^big\.md: warning skipped: 3 MB is over the 2 MB limit \(raise it with --max-size\)\n$/);
  assert.equal(skipped.code, 1);
  const asked = await run(fs, ['lint', '.', '--format', 'json', '--max-size', '4mb']);
  assert.equal(asked.err, '');
  assert.equal((JSON.parse(asked.out) as { files: unknown[] }).files.length, 2);
  assert.equal((await run(fs, ['lint', '--max-size', 'huge'])).code, 2);
});

test('a file over the size limit is refused from its size alone: lint and check never read it', async () => {
  const fs = new MemoryFs({ '/ws/big.md': bigPost(10 * 1024 * 1024), '/ws/small.md': post('title: Small') });
  const lint = await run(fs, ['lint', '.', '--format', 'json']);
  assert.match(lint.err, /^big\.md: warning skipped: 10 MB is over the 2 MB limit/);
  const check = await run(fs, ['check', '.', '--format', 'json']);
  assert.match(check.err, /^big\.md: error skipped: 10 MB is over the 2 MB limit/);
  assert.equal(check.code, 2, 'check names the file it could not check');
  assert.ok(fs.reads.includes('/ws/small.md'), 'the small post was read');
  assert.ok(!fs.reads.includes('/ws/big.md'), `the 10 MB post was never loaded (reads: ${fs.reads.join(', ')})`);
  // A file that grew between the stat and the read is still refused by its bytes.
  const growing = new MemoryFs({ '/ws/a.md': 'Short.\n' });
  const stat = growing.stat.bind(growing);
  growing.stat = async (path) => { const s = await stat(path); if (path === '/ws/a.md') growing.put('/ws/a.md', bigPost(3 * 1024 * 1024)); return s; };
  const grew = await run(growing, ['lint', 'a.md']);
  assert.match(grew.err, /^a\.md: warning skipped: 3 MB is over the 2 MB limit/);
});

test('lectern lint --fix refuses to write a file that changed on disk since it was read; the other fixes land', async () => {
  const fs = new MemoryFs({ '/ws/a.md': 'The the end.\n', '/ws/b.md': 'We ran ran it.\n' });
  fs.beforeRename = (path) => { if (path === '/ws/a.md') fs.put('/ws/a.md', 'Saved by the editor.\n'); };
  const r = await run(fs, ['lint', '--fix', '.']);
  assert.equal(r.code, 2);
  assert.match(r.err, /^a\.md: error not written: it changed on disk since it was read; run lectern lint --fix again\n$/);
  assert.equal(fs.text('/ws/a.md'), 'Saved by the editor.\n', 'the editor\'s save wins');
  assert.equal(fs.text('/ws/b.md'), 'We ran it.\n');
  assert.deepEqual(fs.list(), ['/ws/a.md', '/ws/b.md'], 'no temporary file is left behind');
});

test('lectern lint --fix stops between files when interrupted: every file is old or new, never half', async () => {
  const fs = new MemoryFs({ '/ws/a.md': 'The the end.\n', '/ws/b.md': 'We ran ran it.\n', '/ws/c.md': 'It it is.\n' });
  let writes = 0;
  fs.beforeRename = () => { writes++; };
  const r = await run(fs, ['lint', '--fix', '.'], () => writes >= 1);
  assert.equal(r.code, 130);
  assert.equal(r.err, 'lectern lint: interrupted; 1 file fixed and written whole, the others unchanged.\n');
  assert.deepEqual([fs.text('/ws/a.md'), fs.text('/ws/b.md'), fs.text('/ws/c.md')], ['The end.\n', 'We ran ran it.\n', 'It it is.\n']);
});

test('an internal error is one line naming the file and how to report it; the stack only with --debug', () => {
  const cause = new TypeError('x is undefined');
  const line = formatInternalError(new FileError('posts/a.md', cause), false);
  assert.match(line, /^lectern: internal error while processing posts\/a\.md: TypeError: x is undefined \(lectern \d+\.\d+\.\d+; this is a Lectern bug: please report it at https:\/\/github\.com\/lectern-dev\/lectern\/issues; run with --debug for details\)\n$/);
  const debug = formatInternalError(new FileError('posts/a.md', cause), true);
  assert.ok(debug.startsWith(line));
  assert.ok(debug.includes('    at '), 'the stack follows');
});
