/** Issue 8: the posts index knows the platforms — unmarked posts are published where the platform publishes them, dates come from file names and paths. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateGoals, fixedClock, parsePost, PostIndex, resolveDimensions, type Goal } from '../../../src/core/goals/api';

const dims = resolveDimensions(null);
const clock = fixedClock('2026-06-15');

test('TOML front matter: no draft flag means published; the date comes from `path` (Zola)', () => {
  const p = parsePost('content/Rust-1.8.md', '+++\npath = "2016/04/14/Rust-1.8"\ntitle = "Announcing Rust 1.8"\n\n[extra]\nrelease = true\n+++\nBody\n', dims, clock)!;
  assert.deepEqual([p.status, p.statusSource, p.date, p.dateSource, p.undated], ['published', 'date', '2016-04-14', 'path', false]);
  const inside = parsePost('content/inside-rust/x.md', '+++\npath = "inside-rust/2020/03/28/traits-sprint-1"\ntitle = "T"\n+++\n', dims, clock)!;
  assert.equal(inside.date, '2020-03-28');
  const undated = parsePost('content/x.md', '+++\ntitle = "T"\n+++\n', dims, clock)!;
  assert.deepEqual([undated.status, undated.statusSource, undated.date, undated.undated], ['published', 'platform', null, true]);
  // A draft flag and a future date still win.
  assert.equal(parsePost('x.md', '+++\ntitle = "T"\ndraft = true\n+++\n', dims, clock)!.status, 'draft');
  assert.equal(parsePost('x.md', '+++\ntitle = "T"\ndate = 2027-01-01\n+++\n', dims, clock)!.status, 'scheduled');
});

test('YAML: the platform decides what an unmarked, undated post is', () => {
  const text = '---\ntitle: T\n---\nBody\n';
  assert.deepEqual([parsePost('a.md', text, dims, clock)!.status, parsePost('a.md', text, dims, clock)!.statusSource], ['draft', 'default']);
  for (const platform of ['hugo', 'zola', 'jekyll', 'astro'] as const) {
    const p = parsePost('a.md', text, dims, clock, platform)!;
    assert.deepEqual([p.status, p.statusSource, p.undated], ['published', 'platform', true], platform);
  }
  for (const platform of ['devto', 'hashnode', 'medium', 'generic'] as const) {
    assert.equal(parsePost('a.md', text, dims, clock, platform)!.status, 'draft', platform);
  }
  assert.equal(parsePost('a.md', '---\ntitle: T\npublished: false\n---\n', dims, clock, 'jekyll')!.status, 'draft');
  assert.equal(parsePost('_drafts/a.md', text, dims, clock, 'jekyll')!.status, 'draft');
  assert.equal(parsePost('a.md', '---\ntitle: T\nstatus: review\n---\n', dims, clock, 'hugo')!.status, 'review');
});

test('dates from the file name prefix, permalink, slug or folder; front matter wins', () => {
  const text = '---\ntitle: T\n---\n';
  const named = parsePost('_posts/2024-05-01-hello.md', text, dims, clock)!;
  assert.deepEqual([named.status, named.date, named.dateSource], ['published', '2024-05-01', 'path']);
  assert.equal(parsePost('blog/2023-02-30-bad.md', text, dims, clock)!.date, null);
  assert.equal(parsePost('p.md', '---\ntitle: T\npermalink: /2021/06/08/plan/\n---\n', dims, clock)!.date, '2021-06-08');
  assert.equal(parsePost('p.md', '---\ntitle: T\nslug: 2019/1/9/x\n---\n', dims, clock)!.date, '2019-01-09');
  assert.equal(parsePost('blog/2022/03/08/index.md', text, dims, clock)!.date, '2022-03-08');
  assert.equal(parsePost('blog/2022-03-08-x/index.md', text, dims, clock)!.date, '2022-03-08');
  const fm = parsePost('_posts/2024-05-01-hello.md', '---\ntitle: T\ndate: 2024-05-03\n---\n', dims, clock)!;
  assert.deepEqual([fm.date, fm.dateSource], ['2024-05-03', 'front-matter']);
  // A front-matter date that does not parse is a problem, not a reason to look at the file name.
  const bad = parsePost('_posts/2024-05-01-hello.md', '---\ntitle: T\ndate: someday\n---\n', dims, clock)!;
  assert.equal(bad.date, null);
  assert.equal(bad.problems.length, 1);
});

test('the index: setPlatform and rename re-derive without re-parsing', () => {
  const index = new PostIndex({ dimensions: dims, clock });
  index.upsert('posts/a.md', '---\ntitle: T\n---\n');
  assert.equal(index.get('posts/a.md')!.status, 'draft');
  index.setPlatform('hugo');
  assert.equal(index.get('posts/a.md')!.status, 'published');
  assert.equal(index.get('posts/a.md')!.undated, true);
  index.rename('posts/a.md', 'posts/2025-01-02-a.md');
  assert.deepEqual([index.get('posts/2025-01-02-a.md')!.date, index.get('posts/2025-01-02-a.md')!.undated], ['2025-01-02', false]);
});

test('undated published posts count toward no period goal', () => {
  const goal: Goal = { id: 'g', title: 'G', kind: 'any', dimension: null, target: 1, period: 'year', from: null, due: null, range: { start: 0, end: 0 } };
  const undated = parsePost('a.md', '+++\ntitle = "T"\n+++\n', dims, clock)!;
  const dated = parsePost('2026-02-01-b.md', '+++\ntitle = "T"\n+++\n', dims, clock)!;
  assert.equal(evaluateGoals([goal], [undated], clock.today)[0]!.done, 0);
  assert.equal(evaluateGoals([goal], [undated, dated], clock.today)[0]!.done, 1);
});
