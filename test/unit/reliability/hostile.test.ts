/**
 * Hostile and broken files, each generated here: one clear, located message, no crash, no hang. Time bounds are
 * hang detectors (far above the measured times, see the README's Reliability table), not speed targets.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import { nodeFs } from '../../../src/cli/node-main';
import type { CliFs } from '../../../src/cli/fs';
import { readFrontMatter } from '../../../src/core/frontmatter-edit';
import { lintText } from '../../../src/core/lint/index';
import { parseGoalsFile } from '../../../src/core/goals/api';
import { MemoryFs, Capture } from '../helpers/memory-fs';
import { aliasBomb, bigPost, post } from './hostile';

const HANG = 60_000;

async function run(fsys: CliFs, cwd: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main({ argv, cwd, fs: fsys, stdout, stderr });
  return { code, out: stdout.text, err: stderr.text };
}

function timed<T>(f: () => T): T {
  const started = Date.now();
  const out = f();
  assert.ok(Date.now() - started < HANG, 'no hang');
  return out;
}

test('unterminated front matter: one located error, the post is still read', async () => {
  const text = '---\ntitle: Never closed\n\nThe body runs on.\n';
  const problems = readFrontMatter(text)!.problems;
  assert.deepEqual([problems[0]!.message, problems[0]!.range], ['Front matter is not closed: add a line with --- after it.', { start: 0, end: 3 }]);
  const r = await run(new MemoryFs({ '/ws/posts/open.md': text, '/ws/posts/ok.md': post('title: OK') }), '/ws', ['goals', '--format', 'json']);
  assert.equal(r.code, 0);
  assert.match(r.err, /^posts\/open\.md:1:1: error Front matter is not closed/m);
  assert.equal((JSON.parse(r.out) as { posts: unknown[] }).posts.length, 2);
});

test('alias bombs of every size and very large YAML front matter: refused or read, never thrown, no hang', () => {
  for (const [levels, width] of [[9, 9], [12, 12], [30, 2], [3, 200]] as const) {
    const fm = timed(() => readFrontMatter(post(aliasBomb(levels, width) + '\ntitle: t')));
    assert.ok(fm);
    const refused = fm.problems.some((p) => /alias/i.test(p.message));
    assert.ok(refused || Object.keys(fm.data).length > 0, `${levels}×${width}`);
  }
  const keys = Array.from({ length: 40_000 }, (_, i) => `key${i}: value number ${i}`).join('\n');
  const big = timed(() => readFrontMatter(post(keys)));
  assert.equal(big!.problems.length, 0);
  assert.equal(Object.keys(big!.data).length, 40_000);
  const deep = timed(() => readFrontMatter(post('a: ' + '['.repeat(5000) + ']'.repeat(5000))));
  assert.ok(deep, 'deep flow nesting is read or refused, not a stack overflow');
});

test('TOML front matter with a duplicate key: a located error, the file is never written', async () => {
  const text = '+++\ntitle = "a"\ntitle = "b"\n+++\nBody.\n';
  const fm = readFrontMatter(text)!;
  assert.equal(fm.problems.length, 1);
  assert.match(fm.problems[0]!.message, /^Front matter TOML: /);
  assert.equal(text.slice(fm.problems[0]!.range.start).startsWith('title = "b"'), true, 'points at the second title');
  const memory = new MemoryFs({ '/ws/a.md': text });
  const r = await run(memory, '/ws', ['goals']);
  assert.equal(r.code, 0);
  assert.match(r.err, /^a\.md:3:1: error Front matter TOML: /m);
  assert.deepEqual(memory.operations, [], 'nothing is written');
});

test('a 10 MB post: skipped by default with a notice; linted whole with --max-size 0, no crash', async () => {
  const memory = new MemoryFs({ '/ws/big.md': bigPost(10 * 1024 * 1024), '/ws/small.md': 'Fine.\n' });
  const skipped = await run(memory, '/ws', ['lint', '.']);
  assert.match(skipped.err, /^big\.md: warning skipped: 10 MB is over the 2 MB limit/);
  const started = Date.now();
  const asked = await run(memory, '/ws', ['lint', '.', '--max-size', '0', '--format', 'json']);
  assert.ok(Date.now() - started < HANG);
  assert.equal(asked.err, '');
  assert.equal((JSON.parse(asked.out) as { files: unknown[] }).files.length, 2);
  const fm = readFrontMatter(memory.text('/ws/big.md'));
  assert.deepEqual(fm!.data, { title: 'Big' }, 'the posts index reads its front matter');
});

test('a 1 MB line and deep Markdown nesting lint without a throw or a hang', () => {
  for (const text of ['word '.repeat(200_000), '> '.repeat(20_000) + 'x', '- '.repeat(20_000) + 'x', '['.repeat(50_000), '*'.repeat(100_000) + 'a', '`'.repeat(100_000)]) {
    const r = timed(() => lintText(text));
    for (const f of r.findings) assert.ok(f.range.end <= text.length);
  }
});

test('a goals file with wrong types: every problem located, exit 2, the file untouched', async () => {
  const goals = 'goals:\n  - id: 5\n    target: two\n    kind: blog\n    period: month\n  - 7\n';
  const parsed = parseGoalsFile(goals);
  assert.ok(parsed.problems.length >= 4);
  const memory = new MemoryFs({ '/ws/.lectern/goals.yaml': goals });
  const r = await run(memory, '/ws', ['goals']);
  assert.equal(r.code, 2);
  assert.deepEqual(r.err.trimEnd().split('\n'), [
    ".lectern/goals.yaml:2:5: 'id' must be text.",
    ".lectern/goals.yaml:3:5: 'target' must be a whole number.",
    ".lectern/goals.yaml:4:5: 'kind' must be one of: post, talk, any (found 'blog').",
    ".lectern/goals.yaml:6:5: 'Goal 2' must be a mapping (key: value).",
  ]);
  assert.deepEqual(memory.operations, []);
});

test('a config with unknown rules and settings: located problems, exit 2, nothing linted with a half-read config', async () => {
  const memory = new MemoryFs({
    '/ws/.lectern/config.json': '{\n  "rules": { "no-such-rule": "error", "long-sentence": ["warning", { "max": "x" }] },\n  "bogus": 1\n}\n',
    '/ws/a.md': 'Fine.\n',
  });
  const r = await run(memory, '/ws', ['lint']);
  assert.equal(r.code, 2);
  assert.equal(r.out, '');
  const lines = r.err.trimEnd().split('\n');
  assert.equal(lines.length, 3);
  assert.match(lines[0]!, /^\.lectern\/config\.json:2:\d+: Unknown rule "no-such-rule"/);
  assert.match(lines[1]!, /^\.lectern\/config\.json:2:\d+: "max" of "long-sentence" must be a number/);
  assert.match(lines[2]!, /^\.lectern\/config\.json:3:3: Unknown setting "bogus"/);
});

test('a .lectern that is a file, not a folder: said plainly, exit 2', async () => {
  const memory = new MemoryFs({ '/ws/.lectern': 'oops', '/ws/a.md': post('title: A') });
  for (const command of ['lint', 'goals']) {
    const r = await run(memory, '/ws', [command]);
    assert.equal(r.code, 2, command);
    assert.equal(r.err, ".lectern: is a file, not a folder: Lectern's config.json and goals.yaml go in a .lectern/ folder; rename or remove the file\n");
  }
});

test('a symlink loop (and a symlink out of the workspace) in the content folders: the walk ends, each real post once', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-symlink-'));
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-outside-'));
  t.after(() => { fs.rmSync(dir, { recursive: true, force: true }); fs.rmSync(outside, { recursive: true, force: true }); });
  fs.mkdirSync(path.join(dir, 'posts', 'deep'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'posts', 'a.md'), post('title: A'));
  fs.writeFileSync(path.join(dir, 'posts', 'deep', 'b.md'), post('title: B'));
  fs.writeFileSync(path.join(outside, 'secret.md'), post('title: Secret'));
  fs.symlinkSync(path.join(dir, 'posts'), path.join(dir, 'posts', 'deep', 'loop'));
  fs.symlinkSync('..', path.join(dir, 'posts', 'up'));
  fs.symlinkSync(outside, path.join(dir, 'posts', 'out'));
  fs.symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'posts', 'secret.md'));
  const goals = await run(nodeFs, dir, ['goals', '--format', 'json']);
  assert.equal(goals.code, 0);
  assert.deepEqual((JSON.parse(goals.out) as { posts: Array<{ path: string }> }).posts.map((p) => p.path), ['posts/a.md', 'posts/deep/b.md']);
  const lint = await run(nodeFs, dir, ['lint', '--format', 'json']);
  assert.deepEqual((JSON.parse(lint.out) as { files: Array<{ path: string }> }).files.map((f) => f.path), ['posts/a.md', 'posts/deep/b.md']);
});

test('on the real file system a post over the limit is refused from its stat: the file is never opened', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-big-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(dir, 'big.md'), bigPost(3 * 1024 * 1024));
  fs.writeFileSync(path.join(dir, 'small.md'), 'Fine.\n');
  assert.equal((await nodeFs.stat(path.join(dir, 'big.md')))?.size, fs.statSync(path.join(dir, 'big.md')).size);
  const reads: string[] = [];
  const spy: CliFs = { ...nodeFs, readFile: (p) => { reads.push(path.basename(p)); return nodeFs.readFile(p); } };
  const r = await run(spy, dir, ['lint', '.']);
  assert.match(r.err, /^big\.md: warning skipped: 3 MB is over the 2 MB limit/);
  assert.deepEqual(reads.filter((n) => n.endsWith('.md')), ['small.md']);
});
