import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';
import { MemoryFs, Capture } from '../helpers/memory-fs';

async function run(fs: MemoryFs, argv: string[], cwd = '/ws') {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main({ argv, cwd, fs, stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const POST = `---
title: Error budgets that teams use
dimension: leadership
description: How SLOs became weekly decisions.
---
## Why budgets fail

## What changed
`;

const WORKSPACE_TEMPLATE = `---
id: rfc
kind: other
type: rfc
dimension: 技术专长
name:
  en: Design RFC
  zh: 设计 RFC
description:
  en: A design proposal
  zh: 设计提案
---
## Context

\${1:Why}
`;

function workspace(extra: Record<string, string> = {}): MemoryFs {
  return new MemoryFs({
    '/ws/.lectern/config.json': '{"contentFolders": ["blog", "talks"], "author": "Ada"}',
    '/ws/blog/error-budgets.md': POST,
    ...extra,
  });
}

test('lectern templates --format json: exactly {templates:[{id,kind,type,name,dimension}]}, workspace ones included', async () => {
  const fs = workspace({ '/ws/.lectern/templates/rfc.md': WORKSPACE_TEMPLATE, '/ws/.lectern/templates/bad.md': '---\nid: bad\n---\nx\n' });
  const r = await run(fs, ['templates', '--format', 'json']);
  assert.equal(r.code, 0);
  assert.equal(r.stderr, '.lectern/templates/bad.md:1:1: warning "kind" must be one of blog, talk, other.\n');
  const json = JSON.parse(r.stdout) as { templates: Array<Record<string, unknown>> };
  assert.deepEqual(Object.keys(json), ['templates']);
  assert.equal(json.templates.length, 21);
  assert.deepEqual(json.templates[0], { id: 'tutorial', kind: 'blog', type: 'blog', name: 'Tutorial', dimension: 'expertise' });
  assert.deepEqual(json.templates.at(-1), { id: 'rfc', kind: 'other', type: 'rfc', name: 'Design RFC', dimension: 'expertise' });
  for (const t of json.templates) assert.deepEqual(Object.keys(t), ['id', 'kind', 'type', 'name', 'dimension']);
});

test('lectern templates: a text table', async () => {
  const r = await run(new MemoryFs({ '/ws/x.md': '' }), ['templates']);
  assert.equal(r.code, 0);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 21);
  assert.match(lines[0]!, /^ID +KIND +TYPE +DIMENSION +NAME$/);
  assert.match(lines.find((l) => l.startsWith('cfp-proposal'))!, /^cfp-proposal +talk +talk +influence +CFP proposal$/);
  assert.equal((await run(new MemoryFs(), ['templates', '--format', 'xml'])).stderr, 'lectern templates: --format xml: expected text or json\n');
});

test('lectern new: creates the file in the first content folder with the front matter, prints its path', async () => {
  const fs = workspace();
  const r = await run(fs, ['new', '--template', 'tutorial', '--title', 'Hello, World!', '--at', '2026-11-20']);
  assert.deepEqual(r, { code: 0, stdout: 'blog/2026-11-20-hello-world.md\n', stderr: '' });
  const text = fs.text('/ws/blog/2026-11-20-hello-world.md');
  assert.ok(text.startsWith('---\ntitle: Hello, World!\ndate: 2026-11-20\nstatus: draft\ntype: blog\ndimension: expertise\ntags: []\ndescription: ""\n---\n\n<!-- Promise'));
  assert.deepEqual(fs.operations, ['create /ws/blog/2026-11-20-hello-world.md']);
  // Never overwrites: -2, then -3.
  assert.equal((await run(fs, ['new', '--template', 'tutorial', '--title', 'Hello World', '--at', '2026-11-20'])).stdout, 'blog/2026-11-20-hello-world-2.md\n');
  assert.equal((await run(fs, ['new', '--template=tutorial', '--title=Hello world', '--at=2026-11-20'])).stdout, 'blog/2026-11-20-hello-world-3.md\n');
  assert.equal(fs.text('/ws/blog/2026-11-20-hello-world.md'), text);
});

test('lectern new: --dimension by name, --dir, Chinese title, config newPost folders and pattern', async () => {
  const fs = workspace({ '/ws/.lectern/config.json': '{"contentFolders": ["blog"], "newPost": {"talksFolder": "talks", "fileName": "{{year}}/{{slug}}.md"}}' });
  const talk = await run(fs, ['new', '--template', 'talk-outline', '--title', '如何做技术演讲', '--dimension', '领导力', '--at', '2026-11-20']);
  assert.deepEqual(talk, { code: 0, stdout: 'talks/2026/如何做技术演讲.md\n', stderr: '' });
  assert.match(fs.text('/ws/talks/2026/如何做技术演讲.md'), /^title: 如何做技术演讲\ndate: 2026-11-20\nstatus: draft\ntype: talk\ndimension: leadership\n/m);
  const dir = await run(fs, ['new', '--template', 'til', '--title', 'con', '--dir', 'notes/new', '--at', '2026-11-20'], '/ws/blog');
  assert.deepEqual(dir, { code: 0, stdout: 'notes/new/2026/con-post.md\n', stderr: '' });
  assert.ok(fs.has('/ws/blog/notes/new/2026/con-post.md'));
});

test('lectern new --from-post: a CFP proposal from the post (title, pitch, outline, related, dimension); --title wins', async () => {
  const fs = workspace();
  const r = await run(fs, ['new', '--from-post', 'blog/error-budgets.md', '--at', '2026-11-20']);
  assert.deepEqual(r, { code: 0, stdout: 'talks/2026-11-20-error-budgets-that-teams-use.md\n', stderr: '' });
  const text = fs.text('/ws/talks/2026-11-20-error-budgets-that-teams-use.md');
  assert.match(text, /^title: Error budgets that teams use\n[^]*^type: talk\ndimension: leadership\n[^]*^related: \[blog\/error-budgets\.md\]\nevent: ""\ncfp: true\n---\n/m);
  assert.match(text, /How SLOs became weekly decisions\./);
  assert.match(text, /- \(15 min\) Why budgets fail\n- \(15 min\) What changed/);
  assert.match(text, /^Ada is …$/m);
  const titled = await run(fs, ['new', '--template', 'lightning-talk', '--from-post', 'blog/error-budgets.md', '--title', 'Budgets in 5', '--dimension', 'influence', '--at', '2026-11-20']);
  assert.equal(titled.stdout, 'talks/2026-11-20-budgets-in-5.md\n');
  assert.match(fs.text('/ws/talks/2026-11-20-budgets-in-5.md'), /^title: Budgets in 5\n[^]*dimension: influence\n[^]*related: \[blog\/error-budgets\.md\]/m);
});

test('lectern new: exit 2 with one line for an unknown template or dimension, a missing post, no title', async () => {
  const fs = workspace();
  const cases: Array<[string[], RegExp]> = [
    [['new', '--template', 'nope', '--title', 'x'], /^lectern new: unknown template 'nope'\. Templates: tutorial, deep-dive, .*newsletter\n$/],
    [['new', '--template', 'til', '--title', 'x', '--dimension', 'cooking'], /^lectern new: unknown dimension 'cooking'\. Dimensions: expertise, insight, cross-domain, leadership, influence\n$/],
    [['new', '--from-post', 'blog/missing.md'], /^lectern new: --from-post blog\/missing\.md: no such post\n$/],
    [['new', '--template', 'til'], /^lectern new: a title is required: --title "…"\n$/],
    [['new', '--template', 'til', '--title', '   '], /^lectern new: a title is required: --title "…"\n$/],
    [['new', '--title', 'x'], /^lectern new: --template is required \(see `lectern templates`\)\n$/],
    [['new', '--template'], /^lectern new: --template needs a value\n$/],
    [['new', '--bogus', 'x'], /^lectern new: unknown option '--bogus'\n$/],
  ];
  const before = fs.list();
  for (const [argv, stderr] of cases) {
    const r = await run(fs, argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, stderr);
  }
  assert.deepEqual(fs.list(), before, 'nothing written');
});

test('lectern new uses a workspace template that replaces a built-in', async () => {
  const fs = workspace({ '/ws/.lectern/templates/til.md': WORKSPACE_TEMPLATE.replace('id: rfc', 'id: til') });
  const r = await run(fs, ['new', '--template', 'til', '--title', 'Mine', '--at', '2026-01-02']);
  assert.equal(r.code, 0);
  assert.equal(fs.text('/ws/blog/2026-01-02-mine.md'), '---\ntitle: Mine\ndate: 2026-01-02\nstatus: draft\ntype: rfc\ndimension: expertise\ntags: []\ndescription: ""\n---\n\n## Context\n\nWhy\n');
});
