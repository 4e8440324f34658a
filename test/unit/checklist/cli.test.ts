/** `lectern check`: the JSON shape to the letter, the text format the problem matcher reads, exit codes, --status. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';
import { MemoryFs, Capture } from '../helpers/memory-fs';

const BODY = Array.from({ length: 100 }, (_, k) => `Sentence number ${k} reads well.`).join(' ');
const GOOD = `---\ntitle: Tracing at scale\ndescription: How we traced a million requests a day without drowning in spans or costs.\ndimension: expertise\ntags: [go, otel]\ndate: 2020-03-02\n---\n\n${BODY}\n`;
const NO_DIMENSION = '---\ntitle: Draft idea\nstatus: draft\n---\n\nTODO write it.\n';
const REVIEW_BAD = '---\ntitle: Almost\nstatus: review\ndimension: expertise\n---\n\n![](missing.png)\n';
const BROKEN = '---\ntitle: [unclosed\n---\n\nBody\n';

function workspace(extra: Record<string, string | Uint8Array> = {}): MemoryFs {
  return new MemoryFs({
    '/ws/.lectern/config.json': '{ "contentFolders": ["posts"] }',
    '/ws/posts/good.md': GOOD,
    ...extra,
  });
}

async function run(fs: MemoryFs, argv: string[], cwd = '/ws'): Promise<{ code: number; out: string; err: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main({ argv: ['check', ...argv], cwd, fs, stdout, stderr });
  return { code, out: stdout.text, err: stderr.text };
}

test('JSON: exactly {files:[{path, platform, items:[{id, level, status, message, line?}]}]}', async () => {
  const r = await run(workspace({ '/ws/posts/todo.md': NO_DIMENSION }), ['--format', 'json']);
  assert.equal(r.code, 1, r.err);
  const json = JSON.parse(r.out) as { files: Array<{ path: string; platform: string; items: Array<Record<string, unknown>> }> };
  assert.deepEqual(Object.keys(json), ['files']);
  assert.deepEqual(json.files.map((f) => f.path), ['posts/good.md', 'posts/todo.md']);
  for (const f of json.files) {
    assert.deepEqual(Object.keys(f), ['path', 'platform', 'items']);
    assert.equal(f.platform, 'generic');
    for (const i of f.items) {
      const keys = Object.keys(i);
      assert.deepEqual(keys.slice(0, 4), ['id', 'level', 'status', 'message']);
      assert.ok(keys.length === 4 || (keys.length === 5 && keys[4] === 'line'), keys.join());
      assert.ok(['required', 'recommended', 'manual'].includes(i['level'] as string));
      assert.ok(['pass', 'fail', 'warn', 'manual'].includes(i['status'] as string));
    }
  }
  const todo = json.files[1]!.items;
  assert.deepEqual(todo.find((i) => i['id'] === 'dimension'), {
    id: 'dimension', level: 'required', status: 'fail',
    message: 'No growth dimension: set “dimension” to one of expertise, insight, cross-domain, leadership, influence.', line: 1,
  });
  assert.deepEqual(todo.find((i) => i['id'] === 'placeholders'), { id: 'placeholders', level: 'required', status: 'fail', message: 'Left-over placeholder: TODO', line: 6 });
  assert.deepEqual(todo.find((i) => i['id'] === 'manual:reviewed'), { id: 'manual:reviewed', level: 'manual', status: 'manual', message: 'Someone reviewed it' });
  assert.ok(json.files[0]!.items.filter((i) => i['level'] === 'required').every((i) => i['status'] === 'pass'), JSON.stringify(json.files[0]));
});

test('exit codes: 0 when required items pass, 1 when one fails, --strict counts recommended ones', async () => {
  assert.equal((await run(workspace(), ['posts/good.md'])).code, 0);
  // good.md has recommended warnings (word count below 600): --strict fails it.
  const strict = await run(workspace(), ['--strict', 'posts/good.md']);
  assert.equal(strict.code, 1);
  assert.match(strict.out, /^posts\/good\.md:1:1: warning word-count \d+ words; a blog post needs at least 600\.$/m);
  const fail = await run(workspace({ '/ws/posts/bad.md': REVIEW_BAD }), ['posts/bad.md']);
  assert.equal(fail.code, 1);
  assert.match(fail.out, /^posts\/bad\.md:7:1: error image-alt Image without alt text: missing\.png$/m);
  assert.match(fail.out, /^posts\/bad\.md:7:1: error links Linked file does not exist: missing\.png$/m);
});

test('text lines match the $lectern problem matcher in package.json', async () => {
  const pkg = await import('../../../package.json');
  const pattern = new RegExp((pkg.contributes.problemMatchers[0]!.pattern as { regexp: string }).regexp);
  const r = await run(workspace({ '/ws/posts/bad.md': REVIEW_BAD }), ['posts/bad.md']);
  const lines = r.out.trim().split('\n');
  const problems = lines.slice(0, -1);
  assert.ok(problems.length >= 3);
  for (const line of problems) assert.match(line, pattern);
  // The summary line is not read as a problem.
  assert.doesNotMatch(lines[lines.length - 1]!, pattern);
});

test('--status checks only posts in those states, plus posts whose front matter does not parse', async () => {
  const fs = workspace({ '/ws/posts/draft.md': NO_DIMENSION, '/ws/posts/review.md': REVIEW_BAD, '/ws/posts/broken.md': BROKEN });
  const r = await run(fs, ['--status', 'review,scheduled,published', '--format', 'json']);
  const json = JSON.parse(r.out) as { files: Array<{ path: string; items: Array<{ id: string; status: string; line?: number }> }> };
  assert.deepEqual(json.files.map((f) => f.path), ['posts/broken.md', 'posts/good.md', 'posts/review.md']);
  const fm = json.files[0]!.items.find((i) => i.id === 'front-matter')!;
  assert.equal(fm.status, 'fail');
  assert.equal(fm.line, 3);
  assert.equal(r.code, 1);
  // The broken post is always checked, so it fails the run whatever the states asked for.
  assert.equal((await run(fs, ['--status', 'published'])).code, 1);
  const clean = workspace({ '/ws/posts/draft.md': NO_DIMENSION, '/ws/posts/review.md': REVIEW_BAD });
  assert.equal((await run(clean, ['--status', 'published'])).code, 0);
  assert.equal((await run(clean, ['--status', 'draft'])).code, 1);
  assert.match((await run(clean, ['--status', 'idea'])).out, /^No posts to check\.$/m);
});

test('usage errors, an unparsable config and unreadable files exit 2', async () => {
  assert.equal((await run(workspace(), ['--format', 'xml'])).code, 2);
  assert.equal((await run(workspace(), ['--platform', 'wordpress'])).code, 2);
  assert.equal((await run(workspace(), ['--status', 'done'])).code, 2);
  assert.equal((await run(workspace(), ['--bogus'])).code, 2);
  assert.equal((await run(workspace(), ['posts/nope.md'])).code, 2);
  const config = await run(workspace({ '/ws/.lectern/config.json': '{ "checklist": { "platform": 1 } }' }), []);
  assert.equal(config.code, 2);
  assert.match(config.err, /^\.lectern\/config\.json:1:30: "platform" must be one of/m);
  const binary = await run(workspace({ '/ws/posts/blob.md': new Uint8Array([0, 1, 2, 0, 255, 0]) }), []);
  assert.equal(binary.code, 2);
  assert.match(binary.err, /^posts\/blob\.md: error /m);
  // The other posts are still checked and reported.
  assert.match(binary.out, /Checked 1 post/);
});

test('--platform and the detected platform add their checks', async () => {
  const devto = await run(workspace({ '/ws/posts/d.md': '---\ntitle: T\ndimension: expertise\ntags: [a, b, c, d, Web-Dev]\n---\nBody\n' }), ['--platform', 'devto', '--format', 'json', 'posts/d.md']);
  const items = (JSON.parse(devto.out) as { files: Array<{ platform: string; items: Array<{ id: string; status: string }> }> }).files[0]!;
  assert.equal(items.platform, 'devto');
  assert.equal(items.items.find((i) => i.id === 'devto-tags')!.status, 'fail');
  const hugo = await run(workspace({ '/ws/hugo.toml': 'baseURL = "https://x.dev/"\n', '/ws/posts/h.md': '+++\ntitle = "T"\ndraft = true\n+++\nBody\n' }), ['posts/h.md']);
  assert.match(hugo.out, /posts\/h\.md:3:9: error hugo-draft /);
  assert.match(hugo.out, /for hugo \(detected\)/);
});

test('--locale zh-CN: messages and the summary in Chinese; severity, id and place stay for the problem matcher; JSON stays English', async () => {
  const fs = workspace({ '/ws/posts/todo.md': NO_DIMENSION });
  const zh = await run(fs, ['--locale', 'zh-CN', 'posts/todo.md']);
  assert.equal(zh.code, 1);
  const en = await run(fs, ['posts/todo.md']);
  const zhLines = zh.out.trimEnd().split('\n');
  const enLines = en.out.trimEnd().split('\n');
  assert.equal(zhLines.length, enLines.length);
  // Every problem line keeps "path:line:column: severity id", only the message changes language.
  const head = (l: string) => /^(\S+:\d+:\d+: (?:error|warning) \S+) /.exec(l)?.[1];
  assert.deepEqual(zhLines.slice(0, -1).map(head), enLines.slice(0, -1).map(head));
  assert.ok(zhLines.slice(0, -1).every((l) => head(l) !== undefined), zh.out);
  assert.match(zh.out, /^posts\/todo\.md:1:1: error dimension [^\n]*[\u4e00-\u9fff]/m);
  assert.ok(!zh.out.includes('No growth dimension'), zh.out);
  assert.equal(zhLines.at(-1), '按 generic（default）检查了 1 篇文章：1 篇有未通过的必需项。');
  assert.equal(enLines.at(-1), 'Checked 1 post for generic (default): 1 with failing required items.');
  const json = await run(fs, ['--locale', 'zh-CN', '--format', 'json', 'posts/todo.md']);
  assert.match(json.out, /No growth dimension/);
  assert.equal((await run(workspace({ '/ws/posts/readme.md': 'no front matter\n' }), ['--locale', 'zh-CN', '--status', 'review'])).out, '没有要检查的文章。\n');
});
