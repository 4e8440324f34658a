/** Every automatic check, with the tricky cases issue 8 lists. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, item } from './helpers';
import { applyFixes } from '../../../src/core/lint/fixes';
import type { ChecklistItem } from '../../../src/core/checklist/types';

const FM = (fields: string): string => `---\n${fields}\n---\n`;
const GOOD = FM('title: Tracing at scale\ndescription: How we traced a million requests a day without drowning in spans or costs.\ndimension: expertise\ntags: [go, otel]\ndate: 2026-03-02');

function applyFix(text: string, i: ChecklistItem): string {
  assert.ok(i.fix && i.fix.kind !== 'rename', `${i.id} has an edit fix`);
  return applyFixes(text, [{ title: i.fix.label.message, edits: i.fix.edits }]).text;
}

// ── front-matter ──

test('front-matter: YAML, TOML and none pass; broken YAML fails at the parser\'s line and column', async () => {
  assert.equal((await item(GOOD, 'front-matter')).message, 'The front matter parses (YAML).');
  assert.equal((await item('+++\ntitle = "T"\n+++\nBody\n', 'front-matter')).message, 'The front matter parses (TOML).');
  assert.equal((await item('Just text.\n', 'front-matter')).status, 'pass');
  const broken = '---\ntitle: ok\ntags: [a, b\ndescription: x\n---\nBody\n';
  const r = await check(broken);
  const fm = r.items.find((i) => i.id === 'front-matter')!;
  assert.equal(fm.status, 'fail');
  assert.equal(fm.messageId, 'front-matter.invalid');
  assert.ok(fm.line! >= 3 && fm.line! <= 5, String(fm.line));
  assert.ok(fm.column! >= 1);
  assert.equal(r.writable, false);
  // Nothing else may write to the file: no item carries a fix, and front-matter checks are blocked.
  assert.ok(r.items.every((i) => i.fix === undefined));
  assert.equal(r.items.find((i) => i.id === 'title')!.messageId, 'blocked.frontMatter');
  assert.equal(r.requiredPassed, false);
});

test('front-matter: TOML errors are located; an unclosed YAML block fails', async () => {
  const toml = await item('+++\ntitle = "T"\ndate = \n+++\n', 'front-matter');
  assert.equal(toml.status, 'fail');
  assert.equal(toml.line, 3);
  const unclosed = await item('---\ntitle: T\n\nBody\n', 'front-matter');
  assert.equal(unclosed.messageId, 'front-matter.unclosed');
  assert.equal(unclosed.line, 1);
});

// ── title, title-length, description ──

test('title: no front matter fails with an "Add front matter" fix that creates the block', async () => {
  const text = '# Hello\n\nBody.\n';
  const t = await item(text, 'title');
  assert.equal(t.status, 'fail');
  assert.equal(t.messageId, 'title.noFrontMatter');
  assert.equal(t.fix?.kind, 'add-front-matter-fields');
  assert.equal(t.fix?.label.message, 'Add front matter');
  assert.equal(applyFix(text, t), '---\ntitle: ""\ndescription: ""\ndimension: ""\ntags: []\n---\n# Hello\n\nBody.\n');
});

test('title: a missing title in existing front matter adds the key, keeping CRLF and comments', async () => {
  const text = '---\r\n# kept\r\ndate: 2026-01-01\r\n---\r\nBody\r\n';
  const t = await item(text, 'title');
  assert.equal(t.messageId, 'title.missing');
  assert.equal(applyFix(text, t), '---\r\n# kept\r\ndate: 2026-01-01\r\ntitle: ""\r\n---\r\nBody\r\n');
  assert.equal((await item(GOOD, 'title')).message, 'Title: “Tracing at scale”.');
  assert.equal((await item('+++\ntitle = "From TOML"\n+++\n', 'title')).status, 'pass');
});

test('title-length: 70 characters pass, 71 warn (recommended), configurable', async () => {
  const t70 = FM(`title: ${'a'.repeat(70)}`);
  const t71 = FM(`title: ${'a'.repeat(71)}`);
  assert.equal((await item(t70, 'title-length')).status, 'pass');
  const long = await item(t71, 'title-length');
  assert.deepEqual([long.status, long.level, long.message, long.line], ['warn', 'recommended', 'The title has 71 characters; keep it to 70.', 2]);
  assert.equal((await item(t71, 'title-length', { config: '{"checklist":{"checks":{"title-length":["required",{"max":80}]}}}' })).status, 'pass');
  // Characters, not UTF-16 units: 70 emoji are 70 characters.
  assert.equal((await item(FM(`title: "${'😀'.repeat(70)}"`), 'title-length')).status, 'pass');
});

test('description: 50–160 characters', async () => {
  assert.equal((await item(GOOD, 'description')).status, 'pass');
  assert.equal((await item(FM('title: T\ndescription: Too short.'), 'description')).messageId, 'description.short');
  assert.equal((await item(FM(`title: T\ndescription: ${'word '.repeat(40)}`), 'description')).messageId, 'description.long');
  const missing = await item(FM('title: T'), 'description');
  assert.equal(missing.messageId, 'description.missing');
  assert.equal(missing.fix?.kind, 'add-front-matter-fields');
});

// ── dimension, tags, date ──

test('dimension: known ids, names and aliases pass; unknown and missing fail', async () => {
  assert.equal((await item(GOOD, 'dimension')).message, 'Growth dimension: Technical Expertise.');
  assert.equal((await item(FM('title: T\ndimension: 领导力'), 'dimension')).status, 'pass');
  const unknown = await item(FM('title: T\ndimension: cooking'), 'dimension');
  assert.deepEqual([unknown.status, unknown.messageId, unknown.line], ['fail', 'dimension.unknown', 3]);
  const custom = '{"dimensions":[{"id":"cooking","name":"Cooking"}]}';
  assert.equal((await item(FM('title: T\ndimension: cooking'), 'dimension', { config: custom })).status, 'pass');
  assert.equal((await item(FM('title: T'), 'dimension')).messageId, 'dimension.missing');
});

test('tags: 1–5, lists, comma strings and TOML arrays', async () => {
  assert.equal((await item(GOOD, 'tags')).status, 'pass');
  assert.equal((await item(FM('title: T\ntags: a, b, c'), 'tags')).message, '3 tags (1–5).');
  assert.equal((await item(FM('title: T\ntags: [a, b, c, d, e, f]'), 'tags')).messageId, 'tags.many');
  assert.equal((await item('+++\ntitle = "T"\ntags = ["a"]\n+++\n', 'tags')).status, 'pass');
  const none = await item(FM('title: T'), 'tags');
  assert.equal(none.messageId, 'tags.missing');
  assert.equal(applyFix(FM('title: T'), none), FM('title: T\ntags: []'));
});

test('date: parses; a future date fails only when publishing now; dates from the file name or path', async () => {
  assert.equal((await item(GOOD, 'date')).message, 'Date: 2026-03-02.');
  assert.equal((await item(FM('title: T\ndate: soon'), 'date')).messageId, 'date.invalid');
  const future = FM('title: T\ndate: 2026-07-01');
  assert.equal((await item(future, 'date')).messageId, 'date.future');
  assert.equal((await item(future, 'date', { publishingNow: false })).status, 'pass');
  assert.equal((await item(FM('title: T'), 'date', { path: '_posts/2024-05-01-hello.md' })).message, 'Date: 2024-05-01 (from the file name or path).');
  assert.equal((await item('+++\ntitle = "T"\npath = "2014/12/12/1.0-Timeline"\n+++\n', 'date')).message, 'Date: 2014-12-12 (from the file name or path).');
  const missing = await item(FM('title: T'), 'date', { platform: 'astro' });
  assert.equal(missing.messageId, 'date.missing');
  assert.equal(applyFix(FM('title: T'), missing), FM('title: T\npubDate: 2026-06-15'));
});

// ── lint-errors, clarity, word-count ──

test('lint-errors: error-severity findings fail, with each located', async () => {
  assert.equal((await item(GOOD + '\nA clear sentence.\n', 'lint-errors')).status, 'pass');
  const config = '{"rules":{"hedge":"error"}}';
  const text = GOOD + '\nI think it works. I guess it does.\n';
  const i = await item(text, 'lint-errors', { config });
  assert.equal(i.status, 'fail');
  assert.equal(i.locations?.length, 2);
  assert.equal(i.line, 9);
  assert.match(i.message, /^2 error-severity lint findings; first: hedge: /);
});

test('clarity: the score against the target, naming the weakest component', async () => {
  assert.equal((await item(GOOD + '\nShort and clear. It reads well.\n', 'clarity')).message, 'Clarity score 100 (target 60).');
  const long = Array.from({ length: 6 }, () => 'This sentence goes on and on with many words that add little and keep going well past the point where a reader would like it to stop.').join(' ');
  const i = await item(GOOD + `\n${long}\n`, 'clarity', { config: '{"checklist":{"checks":{"clarity":["recommended",{"target":90}]}}}' });
  assert.equal(i.status, 'warn');
  assert.match(i.messageId, /^clarity\.low\./);
  assert.match(i.message, /below the target 90; weakest part: /);
});

test('word-count: counted as the status bar counts (Chinese characters are words), per type', async () => {
  const words = (n: number): string => Array.from({ length: n }, () => 'word').join(' ');
  assert.equal((await item(GOOD + words(600), 'word-count')).message, '600 words (600–3000 for blog).');
  assert.equal((await item(GOOD + words(599), 'word-count')).messageId, 'word-count.short');
  assert.equal((await item(GOOD + words(3001), 'word-count')).messageId, 'word-count.long');
  const til = FM('title: T\ntype: til');
  assert.equal((await item(til + words(150), 'word-count')).message, '150 words (100–800 for til).');
  // 120 Han characters are 120 words, as in the status bar.
  const zh = til + '这是一个关于分布式追踪的简短笔记。'.repeat(8) + '\n';
  const i = await item(zh, 'word-count');
  assert.equal(i.data['words'], 128);
  assert.equal(i.status, 'pass');
});

// ── headings ──

test('headings: skipped levels, H1 with a front-matter title, empty headings; code blocks ignored', async () => {
  assert.equal((await item(GOOD + '\n## A\n\n### B\n\n## C\n', 'headings')).status, 'pass');
  const text = GOOD + '\n## A\n\n#### Deep\n\n##### Deeper\n\n```md\n# not a heading\n```\n\n~~~\n# nor this\n~~~\n';
  const i = await item(text, 'headings');
  assert.deepEqual([i.status, i.messageId, i.line, i.locations?.length], ['warn', 'headings.skipped', 11, 1]);
  assert.equal(applyFix(text, i), text.replace('#### Deep', '### Deep').replace('##### Deeper', '#### Deeper'));
  assert.equal((await item(GOOD + '\n# Again\n', 'headings')).messageId, 'headings.h1WithTitle');
  assert.equal((await item('# One\n\n# Two\n', 'headings')).messageId, 'headings.manyH1');
  assert.equal((await item('# One\n\n## \n', 'headings')).messageId, 'headings.empty');
  // Without a front-matter title one H1 is fine.
  assert.equal((await item('# One\n\n## Two\n', 'headings')).status, 'pass');
});

// ── image-alt ──

test('image-alt: Markdown, reference-style and HTML images', async () => {
  const ok = GOOD + '\n![A chart](a.png) ![Ref][r] <img src="b.png" alt="B">\n\n[r]: c.png\n';
  assert.equal((await item(ok, 'image-alt')).message, 'Every image has alt text (3).');
  const bad = GOOD + '\n![](a.png)\n\n![][r]\n\n<img src="b.png">\n\n<p><img alt="" src="c.png"></p>\n\n[r]: d.png\n';
  const i = await item(bad, 'image-alt');
  assert.equal(i.status, 'fail');
  assert.deepEqual(i.locations?.map((l) => [l.line, l.data['src']]), [[9, 'a.png'], [11, 'd.png'], [13, 'b.png'], [15, 'c.png']]);
});

// ── links ──

test('links: relative files, anchors in this and other files (GitHub slugs), empty links; external skipped', async () => {
  const files = { 'posts/other.md': '---\ntitle: O\n---\n# Other\n\n## Setting up `otel` — fast!\n\n## Setup\n\n## Setup\n', 'posts/img/a.png': '' };
  const text = GOOD + '\n## Why this matters\n\n[why](#why-this-matters) [o](other.md#setting-up-otel--fast) [dup](./other.md#setup-1) '
    + '![A](img/a.png) [ext](https://example.com/x) [mail](mailto:a@b.c)\n';
  assert.equal((await item(text, 'links', { files })).status, 'pass');
  const bad = GOOD + '\n[a](missing.md) [b](#nowhere) [c](other.md#nope) [d]() ![B](img/none.png) [e][ref]\n\n[ref]: ../outside/../../x.md\n';
  const i = await item(bad, 'links', { files });
  assert.equal(i.status, 'fail');
  assert.deepEqual(i.locations?.map((l) => l.messageId), ['links.missingFile', 'links.missingAnchor', 'links.missingAnchor', 'links.empty', 'links.missingFile', 'links.missingFile']);
  assert.deepEqual(i.locations?.map((l) => l.column), [1, 17, 31, 50, 56, 75]);
});

test('links: page-style links find the Markdown file; site-rooted files are looked up in static/ and public/', async () => {
  const files = { 'posts/next/index.md': '# Next\n', 'static/images/x.png': '' };
  assert.equal((await item(GOOD + '\n[next](next/) [img](/images/x.png) [page](/doc/go1.2) [blog](/blog/2024/x/)\n', 'links', { files })).status, 'pass');
  const i = await item(GOOD + '\n![gone](/images/gone.png)\n', 'links', { files });
  assert.equal(i.messageId, 'links.missingFile');
});

test('links: a [text][label] reference without a definition is reported; defined, collapsed, code and footnotes are not', async () => {
  const text = GOOD + '\nSee [the docs][docs], [the spec][Spec  Two], [Guide][] and ![chart][fig].\n\n'
    + 'Not links: `[a][b]` in code, [^1][^2] footnotes, [sic] and [x] shortcuts.\n\n[docs]: ./other.md\n[spec two]: https://example.com/spec\n';
  const i = await item(text, 'links', { files: { 'posts/other.md': '# Other\n' } });
  assert.equal(i.status, 'fail');
  assert.deepEqual(i.locations?.map((l) => [l.messageId, l.message]), [
    ['links.undefinedReference', 'Reference “Guide” is not defined.'],
    ['links.undefinedReference', 'Reference “fig” is not defined.'],
  ]);
  const line = text.split('\n').findIndex((l) => l.startsWith('See [the docs]'));
  assert.deepEqual(i.locations?.map((l) => [l.line, l.column]), [[line + 1, 46], [line + 1, 60]]);
  assert.equal((await item(GOOD + '\n[ok][r] and [R][]\n\n[r]: https://example.com\n', 'links')).status, 'pass');
});

test('links: Zola @/ internal links resolve from content/; a heading\'s own {#id} is its anchor', async () => {
  const files = { 'content/blog/other.md': '+++\ntitle = "O"\n+++\n## Setting up {#setup}\n', 'content/about.md': '# About\n' };
  const text = GOOD + '\n## Why it matters {#why}\n\n[o](@/blog/other.md) [s](@/blog/other.md#setup) [a](@/about.md) [w](#why)\n';
  assert.equal((await item(text, 'links', { files })).status, 'pass');
  const bad = await item(GOOD + '\n## Why {#why}\n\n[g](@/blog/gone.md) [x](@/blog/other.md#setting-up) [y](#why-why)\n', 'links', { files });
  assert.deepEqual(bad.locations?.map((l) => l.message), [
    'Linked file does not exist: @/blog/gone.md',
    'No heading for “#setting-up” in @/blog/other.md.',
    'No heading for “#why-why” in post.md.',
  ]);
});

// ── link-text, placeholders, code-language, canonical ──

test('link-text: vague texts warn, descriptive ones pass', async () => {
  assert.equal((await item(GOOD + '\nSee [the tracing guide](https://x.dev).\n', 'link-text')).status, 'pass');
  const i = await item(GOOD + '\nClick [here](https://x.dev) or read [More…](https://y.dev).\n', 'link-text');
  assert.deepEqual(i.locations?.map((l) => l.data['text']), ['here', 'More…']);
});

test('placeholders: TODO, TK, lorem ipsum, {{variables}}, tab stops, guidance comments; not in code', async () => {
  assert.equal((await item(GOOD + '\nDone. Tkinter is fine. `TODO` in code is fine.\n\n```js\n// TODO later\n```\n<!-- more -->\n<!-- lectern-disable hedge -->\n', 'placeholders')).status, 'pass');
  const text = FM('title: "{{title}}"') + '\nTODO: intro. Lorem ipsum dolor. TK {{ .Title }} {{pitch|One line}}\n\n${1:Summary}\n\n<!-- The smallest example that shows it: a command, a snippet,\n     before and after. -->\n\n<!-- my own note -->\n';
  const i = await item(text, 'placeholders');
  assert.deepEqual(i.locations?.map((l) => l.data['text']), ['{{title}}', 'TODO', 'Lorem ipsum', 'TK', '{{pitch|One line}}', '${1:Summary}', '<!-- The smallest example that shows it: a command, a sni…']);
  assert.equal(i.line, 2);
  // Marp speaker notes are comments too.
  assert.equal((await item(FM('title: T\nmarp: true') + '\n<!-- The smallest example that shows it: a command, a snippet, before and after. -->\n', 'placeholders')).status, 'pass');
});

test('code-language: ``` and ~~~ fences without a language', async () => {
  assert.equal((await item(GOOD + '\n```go\nx\n```\n\n~~~ python\ny\n~~~\n\n    indented code has no fence\n', 'code-language')).status, 'pass');
  const i = await item(GOOD + '\n```\nx\n```\n\n~~~\ny\n~~~\n\n````\n```go\n````\n', 'code-language');
  assert.deepEqual(i.locations?.map((l) => l.line), [9, 13, 17]);
});

test('canonical: absolute https URLs where present', async () => {
  assert.equal((await item(GOOD, 'canonical')).message, 'No canonical URL set.');
  assert.equal((await item(FM('title: T\ncanonical_url: https://blog.dev/a'), 'canonical')).status, 'pass');
  assert.equal((await item(FM('title: T\nurl: http://blog.dev/a'), 'canonical')).messageId, 'canonical.invalid');
  assert.equal((await item(FM('title: T\ncanonicalUrl: /a/b'), 'canonical')).messageId, 'canonical.invalid');
});

// ── platforms ──

test('devto: at most 4 lowercase alphanumeric tags, cover_image absolute, canonical_url when published elsewhere', async () => {
  const opts = { platform: 'devto' as const };
  assert.equal((await item(FM('title: T\ntags: go, webdev'), 'devto-tags', opts)).status, 'pass');
  const tags = await item(FM('title: T\ntags: [a, b, c, d, Web-Dev]'), 'devto-tags', opts);
  assert.deepEqual(tags.locations?.map((l) => l.messageId), ['devto-tags.many', 'devto-tags.bad']);
  assert.equal((await item(FM('title: T\ncover_image: ./cover.png'), 'devto-cover-image', opts)).status, 'fail');
  assert.equal((await item(FM('title: T\ncover_image: https://x.dev/c.png'), 'devto-cover-image', opts)).status, 'pass');
  assert.equal((await item(FM('title: T\nurl: https://myblog.dev/p'), 'devto-canonical-url', opts)).messageId, 'devto-canonical-url.missing');
  assert.equal((await item(FM('title: T\ncanonical_url: https://myblog.dev/p'), 'devto-canonical-url', opts)).status, 'pass');
  // Platform checks only run for their platform.
  assert.ok(!(await check(GOOD)).items.some((i) => i.id.startsWith('devto-')));
});

test('hashnode: slug and tags present; medium: at most 5 tags of at most 25 characters', async () => {
  assert.equal((await item(FM('title: T'), 'hashnode-slug', { platform: 'hashnode' })).status, 'fail');
  assert.equal((await item(FM('title: T\nslug: t'), 'hashnode-slug', { platform: 'hashnode' })).status, 'pass');
  assert.equal((await item(FM('title: T'), 'hashnode-tags', { platform: 'hashnode' })).status, 'fail');
  const m = await item(FM('title: T\ntags: [a, b, c, d, e, f, a-very-long-tag-name-over-25]'), 'medium-tags', { platform: 'medium' });
  assert.deepEqual(m.locations?.map((l) => l.messageId), ['medium-tags.many', 'medium-tags.long']);
});

test('hugo and zola: drafts and future dates fail when publishing now', async () => {
  const hugo = { platform: 'hugo' as const };
  assert.equal((await item('+++\ntitle = "T"\ndraft = true\n+++\n', 'hugo-draft', hugo)).status, 'fail');
  assert.equal((await item('+++\ntitle = "T"\ndraft = false\n+++\n', 'hugo-draft', hugo)).status, 'pass');
  const future = await item(FM('title: T\npublishDate: 2027-01-01'), 'hugo-date', hugo);
  assert.deepEqual([future.status, future.message], ['fail', '“publishDate” 2027-01-01 is in the future: Hugo does not publish the post before then.']);
  assert.equal((await item(FM('title: T\ndate: 2027-01-01'), 'hugo-date', { ...hugo, publishingNow: false })).status, 'pass');
  assert.equal((await item('+++\ntitle = "T"\ndraft = true\n+++\n', 'zola-draft', { platform: 'zola' })).status, 'fail');
  assert.equal((await item('+++\ntitle = "T"\ndate = 2027-01-01\n+++\n', 'zola-date', { platform: 'zola' })).status, 'warn');
});

test('jekyll: a published post lives in _posts/ with a dated name; the fix is a rename', async () => {
  const jekyll = { platform: 'jekyll' as const };
  assert.equal((await item(FM('title: T'), 'jekyll-post-file', { ...jekyll, path: '_posts/2026-01-02-t.md' })).status, 'pass');
  const name = await item(FM('title: T\ndate: 2026-01-02'), 'jekyll-post-file', { ...jekyll, path: '_posts/t.md' });
  assert.deepEqual([name.messageId, name.fix], ['jekyll-post-file.name', { kind: 'rename', label: name.fix!.label, to: '_posts/2026-01-02-t.md' }]);
  const draft = await item(FM('title: T'), 'jekyll-post-file', { ...jekyll, path: 'blog/_drafts/t.md' });
  assert.equal(draft.messageId, 'jekyll-post-file.folder');
  assert.deepEqual(draft.fix && draft.fix.kind === 'rename' ? draft.fix.to : null, 'blog/_posts/2026-06-15-t.md');
});

test('astro: pubDate and description present', async () => {
  const astro = { platform: 'astro' as const };
  assert.equal((await item(FM('title: T\npubDate: Jul 08 2022\ndescription: D'), 'astro-pub-date', astro)).status, 'pass');
  assert.equal((await item(FM('title: T'), 'astro-pub-date', astro)).status, 'fail');
  assert.equal((await item(FM('title: T'), 'astro-description', astro)).status, 'fail');
});

// ── the result ──

test('the result: levels from config, off left out, requiredPassed, manual items last', async () => {
  const text = GOOD + '\n' + Array.from({ length: 140 }, (_, k) => `Sentence number ${k} reads well.`).join(' ') + '\n';
  const r = await check(text, { config: '{"checklist":{"checks":{"canonical":"off","code-language":"required"}}}' });
  assert.ok(!r.items.some((i) => i.id === 'canonical'));
  assert.equal(r.items.find((i) => i.id === 'code-language')!.level, 'required');
  assert.equal(r.requiredPassed, true, JSON.stringify(r.items.filter((i) => i.status === 'fail')));
  assert.deepEqual(r.items.slice(-4).map((i) => i.level), ['manual', 'manual', 'manual', 'manual']);
  assert.equal(r.type, 'blog');
  assert.equal(r.platformSource, 'default');
  const fails = await check(GOOD + '\nTODO\n');
  assert.equal(fails.requiredPassed, false);
});

test('no input makes it throw: binary-looking, empty and odd texts', async () => {
  for (const text of ['', '\u0000\u0001\u0002', '---', '+++', '---\n---\n', '---\n- a\n- b\n---\n', '[x]: <>\n![', '<img', '#'.repeat(10)]) {
    const r = await check(text);
    assert.ok(r.items.length > 0, JSON.stringify(text));
  }
  const list = await check('---\n- a\n---\n');
  assert.equal(list.items[0]!.status, 'fail');
});
