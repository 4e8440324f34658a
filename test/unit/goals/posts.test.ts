import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BUILTIN_DIMENSIONS, PostIndex, fixedClock, isContentPath, isMarkdownPath, matchDimension, parsePost, resolveDimensions,
  type Post, type PostIndexChange,
} from '../../../src/core/goals/api';

const clock = fixedClock('2026-11-29', 0);
const dims = resolveDimensions(null);
const post = (text: string, path = 'posts/a.md'): Post => {
  const p = parsePost(path, text, dims, clock);
  assert.ok(p, 'expected a post');
  return p;
};
const fm = (...lines: string[]): string => `---\n${lines.join('\n')}\n---\n\nBody.\n`;
const status = (text: string, path?: string): [string, string] => {
  const p = post(text, path);
  return [p.status, p.statusSource];
};

test('status: an explicit status wins over every convention', () => {
  assert.deepEqual(status(fm('status: draft', 'date: 2020-01-01')), ['draft', 'status']);
  assert.deepEqual(status(fm('status: Published', 'draft: true')), ['published', 'status']);
  assert.deepEqual(status(fm('status: idea')), ['idea', 'status']);
  assert.deepEqual(status(fm('status: review')), ['review', 'status']);
  assert.deepEqual(status(fm('status: scheduled', 'date: 2027-01-01')), ['scheduled', 'status']);
});

test('status: Hugo and Astro draft: true', () => {
  assert.deepEqual(status(fm('title: x', 'date: 2026-01-01', 'draft: true')), ['draft', 'draft-flag']);
  assert.deepEqual(status(fm('date: 2026-01-01', 'draft: false')), ['published', 'date']);
});

test('status: Jekyll and dev.to published: false / true', () => {
  assert.deepEqual(status(fm('date: 2026-01-01', 'published: false')), ['draft', 'published-flag']);
  assert.deepEqual(status(fm('published: true')), ['draft', 'default']);
  assert.deepEqual(status(fm('published: true', 'date: 2026-11-29')), ['published', 'date']);
});

test('status: Astro pubDate and Hugo publishDate are dates too', () => {
  const astro = post(fm("title: 'First post'", "description: 'Lorem ipsum'", "pubDate: 'Jul 08 2022'", "heroImage: '/blog-placeholder-3.jpg'"));
  assert.deepEqual([astro.status, astro.date, astro.problems], ['published', '2022-07-08', []]);
  const hugo = post(fm('date: 2026-11-01', 'publishDate: 2026-12-01'));
  assert.deepEqual([hugo.status, hugo.date, hugo.published], ['published', '2026-11-01', '2026-12-01']);
});

test("status: Jekyll's _drafts folder", () => {
  assert.deepEqual(status(fm('date: 2026-01-01'), '_drafts/x.md'), ['draft', 'drafts-folder']);
  assert.deepEqual(status(fm('date: 2026-01-01'), 'blog/_drafts/x.md'), ['draft', 'drafts-folder']);
  assert.deepEqual(status(fm('date: 2026-01-01'), 'blog/my_drafts/x.md'), ['published', 'date']);
});

test('status: a past date is published, today too, a future one scheduled, none a draft', () => {
  assert.deepEqual(status(fm('date: 2026-11-28')), ['published', 'date']);
  assert.deepEqual(status(fm('date: 2026-11-29')), ['published', 'date']);
  assert.deepEqual(status(fm('date: 2026-11-30')), ['scheduled', 'date']);
  assert.deepEqual(status(fm('title: Only a title')), ['draft', 'default']);
  // A `published:` date alone (dev.to exports) is a date too.
  const p = post(fm('published: 2026-05-01'));
  assert.deepEqual([p.status, p.published, p.date], ['published', '2026-05-01', null]);
});

test('status: an unknown status is reported where it is and inference takes over', () => {
  const text = fm('status: wip', 'date: 2026-01-01');
  const p = post(text);
  assert.deepEqual([p.status, p.statusSource], ['published', 'date']);
  assert.equal(p.problems.length, 1);
  assert.equal(p.problems[0]!.severity, 'warning');
  assert.equal(text.slice(p.problems[0]!.range.start, p.problems[0]!.range.end), 'wip');
  assert.match(p.problems[0]!.message, /Unknown status 'wip'/);
});

test('a published post without any date is kept and told why no goal counts it', () => {
  const text = fm('status: published');
  const p = post(text);
  assert.deepEqual([p.status, p.date, p.problems.map((x) => [x.severity, text.slice(x.range.start, x.range.end)])], ['published', null, [['warning', 'published']]]);
  assert.match(p.problems[0]!.message, /^Published, but without a date/);
});

test('dates with time zones are local calendar dates', () => {
  const shanghai = fixedClock('2026-11-29', 480);
  const p = parsePost('a.md', fm('date: 2026-06-01T20:00:00-05:00'), dims, shanghai)!;
  assert.equal(p.date, '2026-06-02');
  const bad = post(fm('date: 2026-02-30'));
  assert.equal(bad.date, null);
  assert.deepEqual([bad.status, bad.problems[0]!.message], ['draft', "'date' is not a date (expected YYYY-MM-DD): '2026-02-30'."]);
});

test('title: front matter, else first heading (not in code), else file or bundle folder name', () => {
  assert.equal(post(fm('title: "  Spaced  "')).title, 'Spaced');
  assert.equal(post('---\ndate: 2026-01-01\n---\n```md\n# Not this\n```\n\n## The heading ##\n').title, 'The heading');
  assert.equal(post('---\ndate: 2026-01-01\n---\nSetext title\n============\n').title, 'Setext title');
  assert.equal(post(fm('date: 2026-01-01'), 'posts/why-go.md').title, 'why-go');
  assert.equal(post(fm('date: 2026-01-01'), 'content/posts/my-bundle/index.md').title, 'my-bundle');
  assert.equal(post(fm('date: 2026-01-01'), 'posts/笔记.markdown').title, '笔记');
});

test('type, url, tags and related', () => {
  const p = post(fm('type: Talk', 'url: https://x.dev/a', 'tags: go, testing', 'related: [posts/b.md]'));
  assert.deepEqual([p.type, p.url, p.tags, p.related], ['talk', 'https://x.dev/a', ['go', 'testing'], ['posts/b.md']]);
  assert.equal(post(fm('title: x')).type, 'blog');
  assert.equal(post(fm('type: newsletter')).type, 'newsletter');
  assert.deepEqual(post(fm('tags: go testing')).tags, ['go', 'testing']);
  assert.deepEqual(post(fm('tags:', '  - go', '  - 测试')).tags, ['go', '测试']);
});

test('dimension aliases: id, English name, Chinese name, any case, trimmed', () => {
  const cases: Array<[string, string]> = [
    ['expertise', 'expertise'],
    ['Technical Expertise', 'expertise'],
    ['technical expertise', 'expertise'],
    ['技术专长', 'expertise'],
    ['"  LEADERSHIP  "', 'leadership'],
    ['领导力', 'leadership'],
    ['Cross-domain Knowledge', 'cross-domain'],
    ['cross domain knowledge', 'cross-domain'],
    ['跨领域知识', 'cross-domain'],
    ['INDUSTRY INSIGHTS', 'insight'],
    ['行业洞察', 'insight'],
    ['Influence', 'influence'],
    ['影响力', 'influence'],
  ];
  for (const [raw, id] of cases) assert.equal(post(fm(`dimension: ${raw}`)).dimension, id, raw);
  assert.equal(matchDimension(BUILTIN_DIMENSIONS, 'ＬＥＡＤＥＲＳＨＩＰ')?.id, 'leadership');
  assert.equal(matchDimension(BUILTIN_DIMENSIONS, ''), null);
});

test('an unknown dimension is reported at its value and the post is kept with the raw value', () => {
  const text = fm('title: Growth hacking', 'dimension: marketing', 'date: 2026-01-01');
  const p = post(text);
  assert.deepEqual([p.dimension, p.dimensionRaw, p.status], [null, 'marketing', 'published']);
  assert.equal(p.problems.length, 1);
  assert.equal(text.slice(p.problems[0]!.range.start, p.problems[0]!.range.end), 'marketing');
  assert.equal(p.problems[0]!.message, "Unknown growth dimension 'marketing'. Use one of: expertise, insight, cross-domain, leadership, influence.");
});

test('configured dimensions: rename, add, remove; renamed built-ins keep their old names', () => {
  const custom = resolveDimensions({
    dimensions: [
      { id: 'leadership', name: 'People', aliases: [] },
      { id: 'writing', name: 'Writing', aliases: ['写作'], icon: 'pencil' },
    ],
  });
  assert.deepEqual(custom.map((d) => [d.id, d.name, d.color, d.icon]), [
    ['leadership', 'People', '#e15759', 'organization'],
    ['writing', 'Writing', '#76b7b2', 'pencil'],
  ]);
  const p = (v: string): string | null => parsePost('a.md', fm(`dimension: ${v}`), custom, clock)!.dimension;
  assert.equal(p('people'), 'leadership');
  assert.equal(p('Leadership'), 'leadership');
  assert.equal(p('领导力'), 'leadership');
  assert.equal(p('写作'), 'writing');
  assert.equal(p('expertise'), null);
});

test('files without front matter are not posts; broken front matter is a post with a located error', () => {
  assert.equal(parsePost('a.md', '# Just a heading\n', dims, clock), null);
  assert.equal(parsePost('a.md', '', dims, clock), null);
  const text = '---\ntitle: [oops\n---\n# Heading\n';
  const p = post(text);
  assert.deepEqual([p.title, p.status], ['Heading', 'draft']);
  assert.equal(p.problems[0]!.severity, 'error');
  assert.match(p.problems[0]!.message, /^Front matter YAML: /);
  const unclosed = post('---\ntitle: x\n');
  assert.match(unclosed.problems[0]!.message, /not closed/);
});

test('content paths: default whole workspace minus node_modules, dot-folders and build output', () => {
  assert.equal(isContentPath('posts/a.md', []), true);
  assert.equal(isContentPath('a.md', []), true);
  assert.equal(isContentPath('node_modules/pkg/README.md', []), false);
  assert.equal(isContentPath('.git/x.md', []), false);
  assert.equal(isContentPath('.github/ISSUE_TEMPLATE/bug.md', []), false);
  assert.equal(isContentPath('site/public/posts/a.md', []), false);
  assert.equal(isContentPath('_site/a.md', []), false);
  assert.equal(isContentPath('dist/a.md', []), false);
  assert.equal(isContentPath('posts/a.md', ['posts']), true);
  assert.equal(isContentPath('posts/2026/a.md', ['./posts/']), true);
  assert.equal(isContentPath('postscript/a.md', ['posts']), false);
  assert.equal(isContentPath('README.md', ['posts', 'talks']), false);
  assert.equal(isContentPath('.blog/a.md', ['.blog']), true);
  assert.equal(isContentPath('posts/node_modules/a.md', ['posts']), false);
  assert.equal(isContentPath('site/public/a.md', ['site/public']), true);
  assert.equal(isMarkdownPath('a.MD'), true);
  assert.equal(isMarkdownPath('a.mdx'), true);
  assert.equal(isMarkdownPath('a.markdown'), true);
  assert.equal(isMarkdownPath('a.txt'), false);
});

test('PostIndex: incremental upsert, remove, rename, folders, with a version and change events', () => {
  const index = new PostIndex({ dimensions: dims, clock });
  const events: PostIndexChange[] = [];
  const sub = index.onDidChange((e) => events.push(e));
  assert.equal(index.upsert('b/post.md', fm('title: B', 'date: 2026-01-01'))?.title, 'B');
  assert.equal(index.upsert('a/index.md', fm('date: 2026-12-24'))?.title, 'a');
  assert.equal(index.upsert('c.md', '# not a post\n'), null);
  assert.deepEqual(index.posts().map((p) => p.path), ['a/index.md', 'b/post.md']);
  assert.deepEqual([index.version, index.size], [2, 2]);

  assert.equal(index.rename('a/index.md', 'xmas/index.md'), true);
  assert.equal(index.get('xmas/index.md')?.title, 'xmas', 'a title from the folder name follows the rename');
  assert.equal(index.has('a/index.md'), false);
  assert.equal(index.rename('nope.md', 'x.md'), false);

  // A file that loses its front matter stops being a post.
  assert.equal(index.upsert('b/post.md', 'no front matter any more\n'), null);
  assert.equal(index.size, 1);
  assert.equal(index.remove('b/post.md'), false);

  index.upsert('old/1.md', fm('title: 1'));
  index.upsert('old/2.md', fm('title: 2'));
  index.upsert('older/3.md', fm('title: 3'));
  assert.equal(index.removeFolder('old'), 2);
  assert.deepEqual(index.posts().map((p) => p.path), ['older/3.md', 'xmas/index.md']);

  assert.deepEqual(events.map((e) => [e.version, e.kind, e.paths]), [
    [1, 'upsert', ['b/post.md']],
    [2, 'upsert', ['a/index.md']],
    [3, 'rename', ['a/index.md', 'xmas/index.md']],
    [4, 'remove', ['b/post.md']],
    [5, 'upsert', ['old/1.md']],
    [6, 'upsert', ['old/2.md']],
    [7, 'upsert', ['older/3.md']],
    [8, 'remove', ['old/1.md', 'old/2.md']],
  ]);
  sub.dispose();
  index.clear();
  assert.equal(events.length, 8, 'a disposed listener hears nothing');
  assert.equal(index.size, 0);
});

test('PostIndex: a new day or new dimensions re-derive without re-reading files', () => {
  const index = new PostIndex({ dimensions: dims, clock });
  index.upsert('x.md', fm('date: 2026-12-24', 'dimension: writing'));
  assert.deepEqual([index.get('x.md')!.status, index.get('x.md')!.dimension], ['scheduled', null]);
  index.setClock(fixedClock('2026-12-24'));
  assert.equal(index.get('x.md')!.status, 'published');
  index.setDimensions(resolveDimensions({ dimensions: [{ id: 'writing', name: 'Writing', aliases: [] }] }));
  assert.deepEqual([index.get('x.md')!.dimension, index.get('x.md')!.problems.length], ['writing', 0]);
});

test('PostIndex.upsertMany: a first scan is one change event', () => {
  const index = new PostIndex({ dimensions: dims, clock });
  index.upsert('gone.md', fm('title: will lose its front matter'));
  const events: PostIndexChange[] = [];
  index.onDidChange((e) => events.push(e));
  const stored = index.upsertMany([
    { path: 'a.md', text: fm('title: A') },
    { path: 'b.md', text: '# no front matter\n' },
    { path: 'gone.md', text: 'plain now\n' },
    { path: 'c.md', text: fm('title: C') },
  ]);
  assert.equal(stored, 2);
  assert.deepEqual(index.posts().map((p) => p.title), ['A', 'C']);
  assert.deepEqual(events.map((e) => [e.version, e.kind, e.paths]), [[2, 'upsert', ['a.md', 'gone.md', 'c.md']]]);
});

test('PostIndex: an edit that changes nothing the index reads fires no event', () => {
  const index = new PostIndex({ dimensions: dims, clock });
  const events: PostIndexChange[] = [];
  index.onDidChange((e) => events.push(e));
  index.upsert('a.md', '---\ntitle: A\n---\nBody one.\n');
  index.upsert('a.md', '---\ntitle: A\n---\nBody one, two, three.\n');
  assert.deepEqual([events.length, index.version], [1, 1]);
  index.upsert('a.md', '---\ntitle: A\nstatus: review\n---\nBody.\n');
  assert.deepEqual([events.length, index.get('a.md')!.status], [2, 'review']);
  // Without a title, the first heading is read: changing it is a change.
  index.upsert('b.md', '---\ndate: 2026-01-01\n---\n# One\n');
  index.upsert('b.md', '---\ndate: 2026-01-01\n---\n# Two\n');
  assert.deepEqual([events.length, index.get('b.md')!.title], [4, 'Two']);
});
