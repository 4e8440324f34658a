import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  fixedClock, parsePost, relatedCandidates, relatedGraph, relatedProblems, resolveDimensions, resolveRelated, type Post,
} from '../../../src/core/goals/api';
import { main } from '../../../src/cli/main';
import { MemoryFs, Capture } from '../helpers/memory-fs';

const clock = fixedClock('2026-11-29', 0);
const dims = resolveDimensions(null);
const post = (path: string, text: string): Post => {
  const p = parsePost(path, text, dims, clock);
  assert.ok(p, `expected a post at ${path}`);
  return p;
};

test('an entry resolves from the workspace root first, then from the file; ./ and ../ only from the file; / only from the root', () => {
  const known = new Set(['posts/a.md', 'talks/a.md', 'talks/b.md', 'blog/c/index.md', 'posts/d.mdx']);
  const isPost = (p: string) => known.has(p);
  assert.equal(resolveRelated('talks/t.md', 'posts/a.md', isPost), 'posts/a.md');
  assert.equal(resolveRelated('talks/t.md', 'a.md', isPost), 'talks/a.md', 'a sibling');
  assert.equal(resolveRelated('talks/t.md', 'b.md', isPost), 'talks/b.md');
  assert.equal(resolveRelated('talks/t.md', './a.md', isPost), 'talks/a.md');
  assert.equal(resolveRelated('talks/t.md', '../posts/a.md', isPost), 'posts/a.md');
  assert.equal(resolveRelated('talks/t.md', './posts/a.md', isPost), null, './ is never the root');
  assert.equal(resolveRelated('talks/t.md', '/posts/a.md', isPost), 'posts/a.md');
  assert.equal(resolveRelated('talks/t.md', '/b.md', isPost), null, '/ is never the file\'s folder');
  assert.equal(resolveRelated('talks/t.md', 'posts/a', isPost), 'posts/a.md', 'extension left out');
  assert.equal(resolveRelated('talks/t.md', 'posts/d', isPost), 'posts/d.mdx');
  assert.equal(resolveRelated('talks/t.md', 'blog/c', isPost), 'blog/c/index.md', 'a bundle');
  assert.equal(resolveRelated('talks/t.md', 'posts\\a.md#section', isPost), 'posts/a.md', 'backslashes and a fragment');
  assert.equal(resolveRelated('talks/t.md', '../../posts/a.md', isPost), null, 'climbs out of the workspace');
  assert.equal(resolveRelated('talks/t.md', 'posts/missing.md', isPost), null);
  assert.deepEqual(relatedCandidates('t.md', 'https://example.com/a.md'), []);
  assert.deepEqual(relatedCandidates('t.md', '  '), []);
});

test('the graph: builds on and used by, both ways; missing and external entries; located at the entry', () => {
  const talkText = '---\ntitle: Budgets on stage\ntype: talk\nrelated: [posts/a.md, "posts/gone.md", https://example.com/x, a-sibling.md]\n---\n';
  const talk = post('talks/t.md', talkText);
  const blockText = '---\ntitle: Workshop\ntype: talk\nrelated:\n  - ../posts/a.md\n  - posts/a.md\n  - posts/b\n---\n';
  const workshop = post('talks/w.md', blockText);
  const a = post('posts/a.md', '---\ntitle: Error budgets\n---\n');
  const b = post('posts/b.md', '---\ntitle: SLOs\nrelated: [posts/b.md]\n---\n');
  const sibling = post('talks/a-sibling.md', '---\ntitle: Sibling\n---\n');
  const graph = relatedGraph([a, b, sibling, talk, workshop]);

  assert.deepEqual(graph.buildsOn.get('talks/t.md')!.map((l) => [l.entry, l.kind, l.target, talkText.slice(l.range.start, l.range.end)]), [
    ['posts/a.md', 'post', 'posts/a.md', 'posts/a.md'],
    ['posts/gone.md', 'missing', null, 'posts/gone.md'],
    ['https://example.com/x', 'external', null, 'https://example.com/x'],
    ['a-sibling.md', 'post', 'talks/a-sibling.md', 'a-sibling.md'],
  ]);
  // The two entries naming the same post are both links, but the post is used by the workshop once.
  assert.deepEqual(graph.buildsOn.get('talks/w.md')!.map((l) => [l.target, blockText.slice(l.range.start, l.range.end)]), [
    ['posts/a.md', '../posts/a.md'],
    ['posts/a.md', 'posts/a.md'],
    ['posts/b.md', 'posts/b'],
  ]);
  assert.deepEqual(graph.usedBy.get('posts/a.md'), ['talks/t.md', 'talks/w.md']);
  assert.deepEqual(graph.usedBy.get('posts/b.md'), ['talks/w.md'], 'a post naming itself is not its own user');
  assert.deepEqual(graph.usedBy.get('talks/a-sibling.md'), ['talks/t.md']);
  assert.equal(graph.buildsOn.has('posts/a.md'), false);

  const problems = relatedProblems(talk, graph);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.severity, 'warning');
  assert.equal(talkText.slice(problems[0]!.range.start, problems[0]!.range.end), 'posts/gone.md');
  assert.match(problems[0]!.message, /^Related post not found: 'posts\/gone\.md'/);
  assert.deepEqual(relatedProblems(workshop, graph), []);
});

test('a related entry as a plain string and in TOML front matter is located too', () => {
  const yaml = '---\ntitle: x\nrelated: posts/a.md\n---\n';
  const p = post('t.md', yaml);
  assert.deepEqual([p.related, yaml.slice(p.relatedRanges[0]!.start, p.relatedRanges[0]!.end)], [['posts/a.md'], 'posts/a.md']);
  const toml = '+++\ntitle = "x"\nrelated = ["posts/a.md", "posts/b.md"]\n+++\n';
  const q = post('t.md', toml);
  assert.deepEqual(q.related, ['posts/a.md', 'posts/b.md']);
  assert.deepEqual(q.relatedRanges.map((r) => toml.slice(r.start, r.end)), ['posts/a.md', 'posts/b.md']);
});

async function run(fs: MemoryFs, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main({ argv, cwd: '/ws', fs, stdout, stderr });
  return { code, out: stdout.text, err: stderr.text };
}

test('lectern goals: a missing related target is a located warning; the links are listed both in text and JSON', async () => {
  const fs = new MemoryFs({
    '/ws/posts/a.md': '---\ntitle: Error budgets\ndate: 2026-11-03\n---\n',
    '/ws/talks/t.md': '---\ntitle: Budgets on stage\ntype: talk\nstatus: draft\nrelated:\n  - posts/a.md\n  - posts/gone.md\n---\n',
  });
  const json = await run(fs, ['goals', '--format', 'json', '--at', '2026-11-29']);
  assert.equal(json.code, 0);
  assert.equal(json.err, "talks/t.md:7:5: warning related post not found: 'posts/gone.md' (a path from the workspace folder, or from this file with ./ or ../)\n");
  assert.deepEqual((JSON.parse(json.out) as { related: unknown }).related, [
    { from: 'talks/t.md', entry: 'posts/a.md', kind: 'post', target: 'posts/a.md' },
    { from: 'talks/t.md', entry: 'posts/gone.md', kind: 'missing', target: null },
  ]);
  const text = await run(fs, ['goals', '--at', '2026-11-29']);
  assert.match(text.out, /\nRelated posts\n  talks\/t\.md builds on posts\/a\.md\n  ! talks\/t\.md: related 'posts\/gone\.md' not found\n/);
  const zh = await run(fs, ['goals', '--at', '2026-11-29', '--locale', 'zh-CN']);
  assert.match(zh.out, /\n相关文章\n  talks\/t\.md 基于 posts\/a\.md\n  ! talks\/t\.md：找不到相关文章“posts\/gone\.md”\n/);
  assert.match(zh.err, /^talks\/t\.md:7:5: warning 找不到相关文章“posts\/gone\.md”/);
});
