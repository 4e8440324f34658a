import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';
import { MemoryFs, Capture } from '../helpers/memory-fs';

const GOALS = `# My goals
goals:
  - id: steady-writing
    title: Publish two posts a month
    kind: post          # post | talk | any
    target: 2
    period: month
  - id: leadership-talk
    title: Give a talk on leadership
    kind: talk
    dimension: 领导力
    target: 1
    due: 2027-06-30
`;

function workspace(extra: Record<string, string> = {}): MemoryFs {
  return new MemoryFs({
    '/ws/.lectern/goals.yaml': GOALS,
    '/ws/.lectern/config.json': '{ "contentFolders": ["content"] }',
    '/ws/content/posts/a.md': '---\ntitle: Flaky tests\ndimension: expertise\ndate: 2026-11-03\n---\nBody\n',
    '/ws/content/posts/b.md': '---\ntitle: Partial indexes\ndimension: Technical Expertise\ndate: 2026-11-20T09:30:00+08:00\ndraft: false\n---\n',
    '/ws/content/posts/c.md': '---\ndimension: marketing\ndraft: true\n---\n# Growth hacking\n',
    '/ws/content/talks/t.md': '---\ntitle: Incident reviews\ntype: talk\ndimension: leadership\ndate: 2027-01-16\n---\n',
    '/ws/content/notes.md': '# No front matter: not a post\n',
    '/ws/README.md': '---\ntitle: outside the content folders\n---\n',
    '/ws/content/node_modules/x/readme.md': '---\ntitle: dependency\n---\n',
    ...extra,
  });
}

async function run(fs: MemoryFs, argv: string[], cwd = '/ws'): Promise<{ code: number; out: string; err: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main({ argv, cwd, fs, stdout, stderr });
  return { code, out: stdout.text, err: stderr.text };
}

test('lectern goals --format json: the exact shape, with --at fixing today', async () => {
  const fs = workspace();
  const r = await run(fs, ['goals', '--format', 'json', '--at', '2026-11-29']);
  assert.equal(r.code, 0);
  assert.equal(r.err, "content/posts/c.md:2:12: warning Unknown growth dimension 'marketing'. Use one of: expertise, insight, cross-domain, leadership, influence.\n");
  assert.deepEqual(JSON.parse(r.out), {
    goals: [
      { id: 'steady-writing', title: 'Publish two posts a month', kind: 'post', dimension: null, target: 2, done: 2, status: 'done', period: { from: '2026-11-01', to: '2026-11-30' } },
      { id: 'leadership-talk', title: 'Give a talk on leadership', kind: 'talk', dimension: 'leadership', target: 1, done: 0, status: 'on-track', period: { from: '2026-07-01', to: '2027-06-30' } },
    ],
    dimensions: [
      { id: 'expertise', name: 'Technical Expertise', published: 2, inProgress: 0 },
      { id: 'insight', name: 'Industry Insights', published: 0, inProgress: 0 },
      { id: 'cross-domain', name: 'Cross-domain Knowledge', published: 0, inProgress: 0 },
      { id: 'leadership', name: 'Leadership', published: 0, inProgress: 1 },
      { id: 'influence', name: 'Influence', published: 0, inProgress: 0 },
      { id: null, name: 'Unassigned', published: 0, inProgress: 1 },
    ],
    posts: [
      { path: 'content/posts/a.md', title: 'Flaky tests', type: 'blog', status: 'published', dimension: 'expertise', date: '2026-11-03' },
      { path: 'content/posts/b.md', title: 'Partial indexes', type: 'blog', status: 'published', dimension: 'expertise', date: '2026-11-20' },
      { path: 'content/posts/c.md', title: 'Growth hacking', type: 'blog', status: 'draft', dimension: null, date: null },
      { path: 'content/talks/t.md', title: 'Incident reviews', type: 'talk', status: 'scheduled', dimension: 'leadership', date: '2027-01-16' },
    ],
    related: [],
  });
});

test('--at moves today: the same workspace a month later', async () => {
  const r = await run(workspace(), ['goals', '--format=json', '--at=2027-01-20', 'ws'], '/');
  assert.equal(r.code, 0);
  const json = JSON.parse(r.out) as { goals: Array<{ id: string; done: number; status: string; period: unknown }>; posts: Array<{ status: string }> };
  assert.deepEqual(json.goals.map((g) => [g.id, g.done, g.status, g.period]), [
    ['steady-writing', 0, 'behind', { from: '2027-01-01', to: '2027-01-31' }], // 2 × 20/31 → 1 expected
    ['leadership-talk', 1, 'done', { from: '2026-07-01', to: '2027-06-30' }],
  ]);
  assert.equal(json.posts[3]!.status, 'published');
});

test('text format: a readable table', async () => {
  const r = await run(workspace(), ['goals', '--at', '2026-11-29']);
  assert.equal(r.code, 0);
  assert.equal(r.out, [
    'Goals (today: 2026-11-29)',
    '  GOAL             TITLE                      DONE   STATUS    WINDOW',
    '  steady-writing   Publish two posts a month  2 / 2  done      2026-11-01 … 2026-11-30',
    '  leadership-talk  Give a talk on leadership  0 / 1  on-track  2026-07-01 … 2027-06-30',
    '',
    'Growth dimensions',
    '  DIMENSION               PUBLISHED (12 MONTHS)  IN PROGRESS',
    '  Technical Expertise     2                      0',
    '  Industry Insights       0                      0',
    '  Cross-domain Knowledge  0                      0',
    '  Leadership              0                      1',
    '  Influence               0                      0',
    '  Unassigned              0                      1',
    '',
    'Posts: 4 (2 published, 1 scheduled, 1 draft)',
    '  TITLE             TYPE  STATUS     DIMENSION   DATE        PATH',
    '  Flaky tests       blog  published  expertise   2026-11-03  content/posts/a.md',
    '  Partial indexes   blog  published  expertise   2026-11-20  content/posts/b.md',
    '  Growth hacking    blog  draft      —           —           content/posts/c.md',
    '  Incident reviews  talk  scheduled  leadership  2027-01-16  content/talks/t.md',
    '',
    'Insights',
    '  ! No Industry Insights post yet.',
    '  ! No Cross-domain Knowledge post yet.',
    '  ! No Leadership post yet.',
    '  ! No Influence post yet.',
    '  · 1 post has no growth dimension.',
    '',
  ].join('\n'));
});

test('a goals file that does not parse: exit 2, file:line:column: message, the file left byte for byte', async () => {
  const broken = 'goals:\n  - id: a\n    target: [1\n    kind: post\n';
  const fs = workspace({ '/ws/.lectern/goals.yaml': broken });
  const before = fs.mtime('/ws/.lectern/goals.yaml');
  const r = await run(fs, ['goals', '--format', 'json']);
  assert.equal(r.code, 2);
  assert.equal(r.out, '');
  assert.match(r.err, /^\.lectern\/goals\.yaml:\d+:\d+: .+\n$/);
  assert.equal(fs.text('/ws/.lectern/goals.yaml'), broken);
  assert.equal(fs.mtime('/ws/.lectern/goals.yaml'), before);
  assert.deepEqual(fs.operations, []);
});

test('an invalid goals file: exit 2 with every located problem', async () => {
  const fs = workspace({ '/ws/.lectern/goals.yaml': 'goals:\n  - id: a\n    kind: posts\n    target: 1\n    period: month\n' });
  const r = await run(fs, ['goals', '--at', '2026-11-29', 'ws'], '/');
  assert.equal(r.code, 2);
  assert.equal(r.err, "ws/.lectern/goals.yaml:3:5: 'kind' must be one of: post, talk, any (found 'posts').\n");
  assert.deepEqual(fs.operations, []);
});

test('no goals file: exit 0 with a hint; usage errors exit 2 with one line', async () => {
  const fs = new MemoryFs({ '/ws/p.md': '---\ntitle: P\nstatus: idea\n---\n' });
  const r = await run(fs, ['goals', '--at', '2026-11-29']);
  assert.equal(r.code, 0);
  assert.match(r.out, /^Goals \(today: 2026-11-29\)\n  No \.lectern\/goals\.yaml: /);
  assert.match(r.out, /Posts: 1 \(1 idea\)/);
  const json = await run(fs, ['goals', '--format', 'json', '--at', '2026-11-29']);
  assert.deepEqual(JSON.parse(json.out).goals, []);

  assert.deepEqual(await run(fs, ['goals', '--at', '2026-02-30']), { code: 2, out: '', err: 'lectern goals: --at 2026-02-30: expected a date written YYYY-MM-DD\n' });
  assert.deepEqual(await run(fs, ['goals', '--format', 'xml']), { code: 2, out: '', err: 'lectern goals: --format xml: expected text or json\n' });
  assert.deepEqual(await run(fs, ['goals', '--nope']), { code: 2, out: '', err: "lectern goals: unknown option '--nope'\n" });
  assert.deepEqual(await run(fs, ['goals', 'missing']), { code: 2, out: '', err: 'lectern goals: missing: no such folder\n' });
  assert.deepEqual(await run(fs, ['goals', 'a', 'b']), { code: 2, out: '', err: "lectern goals: one workspace folder only (got 'a' and 'b')\n" });
});

test('content folders are walked where they are, even a dot-folder', async () => {
  const fs = new MemoryFs({
    '/ws/.lectern/config.json': '{ "contentFolders": [".blog", "./talks/"] }',
    '/ws/.blog/a.md': '---\ntitle: A\n---\n',
    '/ws/.blog/node_modules/x.md': '---\ntitle: dependency\n---\n',
    '/ws/talks/t.md': '---\ntitle: T\ntype: talk\n---\n',
    '/ws/other/o.md': '---\ntitle: O\n---\n',
  });
  const r = await run(fs, ['goals', '--format', 'json', '--at', '2026-11-29']);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual((JSON.parse(r.out) as { posts: Array<{ path: string }> }).posts.map((p) => p.path), ['.blog/a.md', 'talks/t.md']);
});

test('a config with custom dimensions is used for posts and goals', async () => {
  const fs = new MemoryFs({
    '/ws/.lectern/config.json': '{ "dimensions": [ { "id": "writing", "name": "Writing", "aliases": ["写作"] } ] }',
    '/ws/.lectern/goals.yaml': 'goals:\n  - id: w\n    kind: any\n    dimension: 写作\n    target: 1\n    period: year\n',
    '/ws/a.md': '---\ndimension: writing\ndate: 2026-03-01\n---\n',
  });
  const r = await run(fs, ['goals', '--format', 'json', '--at', '2026-11-29']);
  assert.equal(r.code, 0, r.err);
  const json = JSON.parse(r.out) as { goals: Array<{ dimension: string; done: number; status: string }>; dimensions: Array<{ id: string | null }> };
  assert.deepEqual(json.goals.map((g) => [g.dimension, g.done, g.status]), [['writing', 1, 'done']]);
  assert.deepEqual(json.dimensions.map((d) => d.id), ['writing', null]);
});
