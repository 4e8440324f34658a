import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markPublished, publishDateKey, type PublishOptions } from '../../../src/core/checklist/publish';
import { fixedClock } from '../../../src/core/goals/api';
import { parsePost } from '../../../src/core/goals/posts';
import { BUILTIN_DIMENSIONS } from '../../../src/core/goals/dimensions';
import { applyFixes } from '../../../src/core/lint/fixes';

const TODAY = '2026-12-02';
const clock = fixedClock(TODAY);

function publish(text: string, platform: string, extra: Partial<PublishOptions> = {}): string {
  const r = markPublished(text, { platform, clock, ...extra });
  assert.ok(r.ok, r.ok ? '' : r.error);
  if (!r.ok) return text;
  assert.ok(r.edits.length <= 1, 'one edit, so the editor applies it as one undoable change');
  const applied = applyFixes(text, [{ title: 'publish', edits: r.edits }]).text;
  assert.equal(applied, r.text, 'the edit turns the old text into the returned text');
  return applied;
}

/** What the posts index makes of the result, today. */
function statusOf(text: string, path = 'posts/p.md'): { status: string; date: string | null; published: string | null } {
  const post = parsePost(path, text, BUILTIN_DIMENSIONS, clock);
  assert.ok(post);
  return { status: post.status, date: post.date, published: post.published };
}

test('the date key is where each platform reads it', () => {
  assert.deepEqual(['hugo', 'jekyll', 'devto', 'zola', 'astro', 'hashnode', 'medium', 'generic'].map(publishDateKey),
    ['date', 'date', 'date', 'date', 'pubDate', 'published', 'published', 'published']);
});

test('status: keeps its quoting and comment; today goes to published on a generic platform', () => {
  const before = '---\ntitle: Reviews\nstatus: "review"   # next: published\ndimension: expertise\n---\n\nBody.\n';
  const after = publish(before, 'generic');
  assert.equal(after, '---\ntitle: Reviews\nstatus: "published"   # next: published\ndimension: expertise\npublished: 2026-12-02\n---\n\nBody.\n');
  assert.deepEqual(statusOf(after), { status: 'published', date: null, published: TODAY });
});

test('Hugo draft: true → false; a past date stays', () => {
  const before = "---\ntitle: 'Design reviews'\ndate: 2026-11-01\ndraft: true # until reviewed\n---\nBody\n";
  assert.equal(publish(before, 'hugo'), "---\ntitle: 'Design reviews'\ndate: 2026-11-01\ndraft: false # until reviewed\n---\nBody\n");
});

test('Hugo draft without a date: today goes to date', () => {
  const before = '---\ntitle: T\ndraft: true\n---\n';
  const after = publish(before, 'hugo');
  assert.equal(after, '---\ntitle: T\ndraft: false\ndate: 2026-12-02\n---\n');
  assert.equal(statusOf(after).status, 'published');
});

test('a future date is moved to today (publishing now); today itself stays', () => {
  assert.equal(publish('---\ntitle: T\ndate: 2027-01-15\n---\n', 'jekyll'), '---\ntitle: T\ndate: 2026-12-02\n---\n');
  assert.equal(publish('---\ntitle: T\ndate: 2026-12-02\n---\n', 'jekyll'), '---\ntitle: T\ndate: 2026-12-02\n---\n');
  // A date with a time and offset that is already past in the writer's zone stays as written.
  const jekyll = '---\ntitle: T\ndate: 2026-11-30 10:30:00 +0800\n---\n';
  assert.equal(publish(jekyll, 'jekyll'), jekyll);
});

test('Jekyll and dev.to published: false → true, and the boolean never becomes a date', () => {
  const before = '---\ntitle: T\npublished: false\ntags: [a, b]\n---\n';
  assert.equal(publish(before, 'devto'), '---\ntitle: T\npublished: true\ntags: [a, b]\ndate: 2026-12-02\n---\n');
  // On a platform whose date key is `published`, the date goes to `date` instead of the flag.
  const generic = publish(before, 'generic');
  assert.equal(generic, '---\ntitle: T\npublished: true\ntags: [a, b]\ndate: 2026-12-02\n---\n');
  assert.deepEqual(statusOf(generic), { status: 'published', date: TODAY, published: null });
  const alreadyTrue = '---\ntitle: T\npublished: true\n---\n';
  assert.equal(publish(alreadyTrue, 'medium'), '---\ntitle: T\npublished: true\ndate: 2026-12-02\n---\n');
});

test('Astro: pubDate, keeping an existing past one', () => {
  assert.equal(publish('---\ntitle: T\ndescription: D\n---\n', 'astro'), '---\ntitle: T\ndescription: D\npubDate: 2026-12-02\n---\n');
  const dated = "---\ntitle: T\npubDate: 'Jul 08 2022'\ndraft: true\n---\n";
  assert.equal(publish(dated, 'astro'), "---\ntitle: T\npubDate: 'Jul 08 2022'\ndraft: false\n---\n");
});

test('a generic post with a future date: published gets today and date moves to today', () => {
  const before = '---\ntitle: T\ndate: 2027-03-01\n---\n';
  const after = publish(before, 'generic');
  assert.equal(after, '---\ntitle: T\ndate: 2026-12-02\npublished: 2026-12-02\n---\n');
  assert.equal(statusOf(after).status, 'published');
});

test('the URL goes to url (replacing an old one, keeping its quotes)', () => {
  assert.equal(publish('---\ntitle: T\nstatus: draft\n---\n', 'generic', { url: ' https://example.com/t ' }),
    '---\ntitle: T\nstatus: published\npublished: 2026-12-02\nurl: https://example.com/t\n---\n');
  assert.equal(publish("---\ntitle: T\nurl: 'https://old.example'\ndate: 2026-01-01\n---\n", 'hugo', { url: 'https://new.example/t' }),
    "---\ntitle: T\nurl: 'https://new.example/t'\ndate: 2026-01-01\n---\n");
  // An empty answer writes nothing.
  assert.equal(publish('---\ntitle: T\ndate: 2026-01-01\n---\n', 'hugo', { url: '' }), '---\ntitle: T\ndate: 2026-01-01\n---\n');
});

test('overrides go to lectern: {override: [ids]}, keeping what lectern: already holds', () => {
  const base = '---\ntitle: T\ndate: 2026-01-01\n';
  assert.equal(publish(`${base}---\n`, 'hugo', { override: ['links', 'image-alt'] }), `${base}lectern: {override: [links, image-alt]}\n---\n`);
  assert.equal(publish(`${base}lectern: { disable: [cliche] }\n---\n`, 'hugo', { override: ['links'] }),
    `${base}lectern: { disable: [cliche], override: [links] }\n---\n`);
  assert.equal(publish(`${base}lectern:\n  disable:\n    - cliche\n---\n`, 'hugo', { override: ['links'] }),
    `${base}lectern:\n  disable:\n    - cliche\n  override: [links]\n---\n`);
  assert.equal(publish(`${base}lectern: {override: [title]}\n---\n`, 'hugo', { override: ['links'] }),
    `${base}lectern: {override: [links]}\n---\n`);
  assert.equal(publish(`${base}lectern:\n---\n`, 'hugo', { override: ['links'] }), `${base}lectern: {override: [links]}\n---\n`);
  const r = markPublished(`${base}lectern: yes\n---\n`, { platform: 'hugo', clock, override: ['links'] });
  assert.ok(!r.ok);
});

test('CRLF stays CRLF, byte for byte, and a BOM stays in front', () => {
  const before = '\uFEFF---\r\ntitle: T # keep\r\nstatus: review\r\n---\r\n\r\nBody.\r\n';
  const after = publish(before, 'generic', { url: 'https://example.com/a', override: ['tags'] });
  assert.equal(after,
    '\uFEFF---\r\ntitle: T # keep\r\nstatus: published\r\npublished: 2026-12-02\r\nurl: https://example.com/a\r\nlectern: {override: [tags]}\r\n---\r\n\r\nBody.\r\n');
  assert.ok(!/[^\r]\n/.test(after), 'no bare LF');
});

test('TOML front matter (Hugo, Zola): draft = false, date, url and an inline lectern table', () => {
  const before = '+++\ntitle = "T"   # the title\ndraft = true\n\n[extra]\nauthor = "me"\n+++\nBody\n';
  assert.equal(publish(before, 'hugo', { url: 'https://example.com/t', override: ['links'] }),
    '+++\ntitle = "T"   # the title\ndraft = false\n\ndate = 2026-12-02\nurl = "https://example.com/t"\nlectern = { override = ["links"] }\n[extra]\nauthor = "me"\n+++\nBody\n');
  const crlf = '+++\r\ntitle = "T"\r\ndate = 2026-01-01\r\n[lectern]\r\ndisable = ["cliche"]\r\n+++\r\n';
  assert.equal(publish(crlf, 'zola', { override: ['links'] }),
    '+++\r\ntitle = "T"\r\ndate = 2026-01-01\r\n[lectern]\r\noverride = ["links"]\r\ndisable = ["cliche"]\r\n+++\r\n');
  assert.equal(publish('+++\ntitle = "T"\ndate = 2026-01-01\nlectern = { disable = ["x"] }\n+++\n', 'zola', { override: ['a'] }),
    '+++\ntitle = "T"\ndate = 2026-01-01\nlectern = { disable = ["x"], override = ["a"] }\n+++\n');
  // A future TOML date (a native TOML date) moves to today.
  assert.equal(publish('+++\ntitle = "T"\ndate = 2027-05-01\n+++\n', 'zola'), '+++\ntitle = "T"\ndate = 2026-12-02\n+++\n');
});

test('no front matter: front matter with the date is created', () => {
  assert.equal(publish('# Title\n\nBody.\n', 'generic'), '---\npublished: 2026-12-02\n---\n# Title\n\nBody.\n');
  assert.equal(publish('# Title\r\n', 'hugo', { override: ['title'] }), '---\r\ndate: 2026-12-02\r\nlectern: {override: [title]}\r\n---\r\n# Title\r\n');
});

test('front matter that does not parse is refused with a located error; nothing is written', () => {
  const broken = '---\ntitle: [unclosed\nstatus: draft\n---\nBody\n';
  const r = markPublished(broken, { platform: 'generic', clock });
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.match(r.error, /does not parse/);
  assert.ok(r.range.start >= 4 && r.range.start < broken.indexOf('\n---\nBody'), `located inside the front matter: ${r.range.start}`);
  const toml = markPublished('+++\ntitle = \n+++\n', { platform: 'hugo', clock });
  assert.equal(toml.ok, false);
  const unclosed = markPublished('---\ntitle: T\n\nBody\n', { platform: 'generic', clock });
  assert.equal(unclosed.ok, false);
});

test('an already published post with a past date and the same URL needs no edit', () => {
  const text = '---\ntitle: T\nstatus: published\npublished: 2026-01-01\nurl: https://e.com\n---\n';
  const r = markPublished(text, { platform: 'generic', clock, url: 'https://e.com' });
  assert.ok(r.ok);
  // status and url are rewritten with the same bytes: the minimal edit is empty.
  assert.deepEqual(r.ok && r.edits, []);
});
