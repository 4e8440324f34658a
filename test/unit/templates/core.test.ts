import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  BUILTIN_TEMPLATES,
  buildCatalog,
  isWorkspaceTemplatePath,
  collisionCandidate,
  fileNamePatternProblem,
  newPostFolder,
  newPostPath,
  parseTemplate,
  renderNewPost,
  slugify,
  snippetToPlain,
  substituteVariables,
  templateValues,
  type Template,
} from '../../../src/core/templates/index';
import { readFrontMatter } from '../../../src/core/frontmatter-edit';
import { resolveDimensions } from '../../../src/core/goals/dimensions';
import { PostIndex, fixedClock } from '../../../src/core/goals/api';
import { parseConfig } from '../../../src/core/config';
import { repoRoot } from '../helpers/repo';

const dims = resolveDimensions(null);
const dim = (id: string) => dims.find((d) => d.id === id)!;
const builtins = buildCatalog(BUILTIN_TEMPLATES, []);
const template = (id: string): Template => builtins.templates.find((t) => t.id === id)!;

const MINIMAL = (over: Record<string, string> = {}) => {
  const meta: Record<string, string> = {
    id: 'id: mine',
    kind: 'kind: blog',
    type: 'type: blog',
    dimension: 'dimension: expertise',
    name: 'name:\n  en: Mine\n  zh: 我的',
    description: 'description:\n  en: My template\n  zh: 我的模板',
    ...over,
  };
  return `---\n${Object.values(meta).filter(Boolean).join('\n')}\n---\n## Section\n\n\${1:Text}\n`;
};

test('every file in templates/ is a built-in, and all 20 parse without a problem', () => {
  const files = fs.readdirSync(path.join(repoRoot(), 'templates')).filter((f) => f.endsWith('.md')).sort();
  assert.deepEqual(BUILTIN_TEMPLATES.map((t) => t.path).sort(), files);
  assert.deepEqual(builtins.problems, []);
  const byKind = (k: string) => builtins.templates.filter((t) => t.kind === k).map((t) => t.id);
  assert.deepEqual(byKind('blog'), ['tutorial', 'deep-dive', 'opinion', 'case-study', 'postmortem', 'release-announcement', 'til', 'interview', 'conference-recap', 'review']);
  assert.deepEqual(byKind('talk'), ['cfp-proposal', 'talk-outline', 'lightning-talk', 'marp-deck', 'workshop-plan', 'meetup-talk']);
  assert.deepEqual(byKind('other'), ['consulting-brief', 'training-plan', 'oss-contribution', 'newsletter']);
});

test('every built-in teaches by example: headed sections, guidance comments, tab stops, a known dimension', () => {
  for (const t of builtins.templates) {
    assert.ok(/^#{1,3} /m.test(t.body), `${t.id} has headed sections`);
    assert.ok(/<!--[\s\S]+?-->/.test(t.body), `${t.id} has guidance in HTML comments`);
    assert.ok(/\$\{1[:|]/.test(t.body), `${t.id} has tab stops`);
    assert.ok(dims.some((d) => d.id === t.dimension), `${t.id} dimension ${t.dimension}`);
    assert.ok(t.name.en && t.name.zh && t.description.en && t.description.zh, `${t.id} names and descriptions in both languages`);
    assert.ok(/[\u4e00-\u9fff]/.test(t.name.zh + t.description.zh), `${t.id} Chinese text is Chinese`);
  }
});

test('the Marp deck and the CFP proposal have the shape the issue asks for', () => {
  const marp = renderNewPost({ template: template('marp-deck'), title: 'Scaling Postgres', dimension: dim('influence'), today: '2026-11-20', author: 'Ada' });
  assert.match(marp.frontMatter, /^marp: true$/m);
  assert.ok(marp.body.split(/\n---\n/).length >= 5, 'slides separated by ---');
  assert.match(marp.body, /<!--\n[^]*?-->/, 'speaker notes in HTML comments');
  assert.match(marp.body, /^# Scaling Postgres$/m);
  assert.match(marp.body, /Ada · Event · 2026-11-20/);
  const cfp = template('cfp-proposal').body;
  for (const section of ['Elevator pitch', 'Abstract', 'Level, format and duration', 'Audience', 'Three takeaways', 'Timed outline', 'Speaker bio']) {
    assert.match(cfp, new RegExp(`^## ${section}$`, 'm'), section);
  }
});

test('a new post: front matter in the agreed order, then the body with placeholders at their defaults', () => {
  const post = renderNewPost({ template: template('tutorial'), title: 'Deploy: with "zero" downtime', dimension: dim('expertise'), today: '2026-11-20', author: null });
  assert.equal(post.frontMatter, [
    '---',
    'title: \'Deploy: with "zero" downtime\'',
    'date: 2026-11-20',
    'status: draft',
    'type: blog',
    'dimension: expertise',
    'tags: []',
    'description: ""',
    '---',
    '',
  ].join('\n'));
  assert.equal(post.text.slice(post.bodyOffset), post.body);
  assert.ok(post.body.startsWith('<!-- Promise one concrete result'));
  assert.match(post.body, /^By the end of this post you will have a working …$/m);
  assert.ok(!post.body.includes('${'), 'no snippet syntax left in the file');
  assert.match(post.bodySnippet, /\$\{1:By the end/);
  const fm = readFrontMatter(post.text)!;
  assert.deepEqual(fm.problems, []);
  assert.equal(fm.data.title, 'Deploy: with "zero" downtime');
  // The new file is a post the goals index counts at once.
  const index = new PostIndex({ dimensions: dims, clock: fixedClock('2026-11-20') });
  const indexed = index.upsert('posts/2026-11-20-deploy.md', post.text)!;
  assert.deepEqual([indexed.status, indexed.type, indexed.dimension, indexed.problems.length], ['draft', 'blog', 'expertise', 0]);
});

test('template fields follow the standard keys, with variables filled', () => {
  const t = parseTemplate('x.md', MINIMAL({ fields: 'fields:\n  event: "{{year}} summit"\n  cfp: true\n  topics: [a, "{{slug}}"]' }), 'workspace');
  assert.ok(t.ok);
  const post = renderNewPost({ template: t.template, title: 'Hello World', dimension: null, today: '2026-03-04', author: null });
  assert.equal(post.frontMatter, '---\ntitle: Hello World\ndate: 2026-03-04\nstatus: draft\ntype: blog\ntags: []\ndescription: ""\nevent: 2026 summit\ncfp: true\ntopics: [a, hello-world]\n---\n');
});

test('variables: every one, fallbacks, snippet escaping of values, unknown names left alone', () => {
  const values = templateValues({ title: 'Cost $5 {ok}', dimension: dim('leadership'), today: '2026-07-09', author: 'Lin' });
  assert.deepEqual(values, {
    title: 'Cost $5 {ok}', slug: 'cost-5-ok', date: '2026-07-09', year: '2026', month: '07', author: 'Lin',
    dimension: 'Leadership', pitch: '', outline: '',
  });
  const text = '{{title}}|{{slug}}|{{date}}|{{year}}|{{month}}|{{author}}|{{dimension}}|{{pitch|Say why}}|{{ .Title }}|{{nope}}';
  assert.equal(substituteVariables(text, values), 'Cost $5 {ok}|cost-5-ok|2026-07-09|2026|07|Lin|Leadership|Say why|{{ .Title }}|{{nope}}');
  const t = parseTemplate('x.md', MINIMAL().replace('${1:Text}', '${1:{{title}}} costs \\$1'), 'workspace');
  assert.ok(t.ok);
  const post = renderNewPost({ template: t.template, title: 'Cost $5 {ok}', dimension: null, today: '2026-07-09', author: null });
  assert.match(post.bodySnippet, /\$\{1:Cost \\\$5 \{ok\\\}\} costs \\\$1/);
  assert.match(post.body, /^Cost \$5 \{ok\} costs \$1$/m);
});

test('snippet to plain text: tab stops, nested placeholders, choices, escapes, variables, unclosed', () => {
  assert.deepEqual(snippetToPlain('a $1 b ${2} c ${3:x ${4:y}} d ${5|one,two|} e \\$HOME \\} f $0'), { text: 'a  b  c x y d one e $HOME } f ', unclosedAt: null });
  assert.equal(snippetToPlain('${TM_FILENAME:doc} $CURRENT_YEAR and $ alone').text, 'doc  and $ alone');
  assert.equal(snippetToPlain('${1|a\\,b,c|}').text, 'a,b');
  assert.deepEqual(snippetToPlain('ok ${1:never closed'), { text: 'ok ${1:never closed', unclosedAt: 3 });
});

test('slugs: English, accents, punctuation, Chinese, mixed, emoji, reserved names, length', () => {
  assert.equal(slugify('Hello, World!'), 'hello-world');
  assert.equal(slugify("Don't Panic: a guide to on-call"), 'dont-panic-a-guide-to-on-call');
  assert.equal(slugify('Café déjà vu — naïve'), 'cafe-deja-vu-naive');
  assert.equal(slugify('  C++ / Rust?  '), 'c-rust');
  assert.equal(slugify('如何写好技术博客'), '如何写好技术博客');
  assert.equal(slugify('Kubernetes 入门：从零开始！'), 'kubernetes-入门-从零开始');
  assert.equal(slugify('ＦＵＬＬ　ＷＩＤＴＨ'), 'full-width');
  assert.equal(slugify('ガイド'), 'ガイド', 'kana keep their marks');
  assert.equal(slugify('🚀🔥'), 'untitled');
  assert.equal(slugify('?!'), 'untitled');
  assert.equal(slugify(''), 'untitled');
  assert.equal(slugify('CON'), 'con-post');
  assert.equal(slugify('nul'), 'nul-post');
  assert.equal(slugify('COM1'), 'com1-post');
  assert.equal(slugify('console'), 'console');
  const long = slugify('word '.repeat(40));
  assert.ok([...long].length <= 60 && !long.endsWith('-'), long);
  for (const s of ['a<b>c:d"e/f\\g|h?i*j', 'a. b.', 'trailing space ']) {
    assert.match(slugify(s), /^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u, s);
  }
});

test('file names: pattern, folders, collisions, reserved segments', () => {
  assert.equal(newPostPath('posts', '{{date}}-{{slug}}.md', '2026-11-20', 'hello'), 'posts/2026-11-20-hello.md');
  assert.equal(newPostPath('', '{{year}}/{{month}}/{{slug}}.md', '2026-11-20', 'hello'), '2026/11/hello.md');
  assert.equal(newPostPath('posts', '{{date}}-{{slug}}.md', '2026-11-20', 'hello', 2), 'posts/2026-11-20-hello-2.md');
  assert.equal(newPostPath('posts', '{{slug}}.md', '2026-11-20', 'hello', 3), 'posts/hello-3.md');
  assert.equal(collisionCandidate('a.b/c.md', 2), 'a.b/c-2.md');
  assert.equal(collisionCandidate('a/c.md', 1), 'a/c.md');
  assert.equal(fileNamePatternProblem('{{date}}-{{slug}}.md'), null);
  assert.match(fileNamePatternProblem('{{date}}.md')!, /must contain \{\{slug\}\}/);
  assert.match(fileNamePatternProblem('{{slug}}.txt')!, /\.md/);
  assert.equal(fileNamePatternProblem('{{slug}}.mdx'), null, 'any Markdown extension the content module knows');
  assert.match(fileNamePatternProblem('{{slug}}-{{author}}.md')!, /unknown variable \{\{author\}\}/);
  assert.match(fileNamePatternProblem('../{{slug}}.md')!, /inside/);
  assert.match(fileNamePatternProblem('{{slug}}?.md')!, /Windows/);
});

test('the folder: talks folder for talks, else the posts folder, else the first content folder, else the root', () => {
  const cfg = { folder: null, talksFolder: null, fileName: '' };
  assert.equal(newPostFolder(cfg, ['blog', 'talks'], 'blog'), 'blog');
  assert.equal(newPostFolder(cfg, [], 'talk'), '');
  assert.equal(newPostFolder(cfg, ['blog', 'content/talks'], 'talk'), 'content/talks');
  assert.equal(newPostFolder({ ...cfg, folder: 'posts' }, ['blog'], 'talk'), 'posts');
  assert.equal(newPostFolder({ ...cfg, folder: 'posts', talksFolder: 'talks' }, ['blog'], 'talk'), 'talks');
  assert.equal(newPostFolder({ ...cfg, folder: 'posts', talksFolder: 'talks' }, ['blog'], 'newsletter'), 'posts');
});

test('metadata validation: one located problem per broken file, in both languages', () => {
  const problem = (text: string) => {
    const r = parseTemplate('.lectern/templates/x.md', text, 'workspace');
    assert.ok(!r.ok, 'expected a problem');
    return { message: r.problem.message, at: text.slice(r.problem.range.start, r.problem.range.end) };
  };
  assert.deepEqual(problem(MINIMAL({ name: 'name:\n  en: Mine' })), { message: '"name" has no Chinese ("zh") text.', at: 'en: Mine' });
  assert.deepEqual(problem(MINIMAL({ description: 'description:\n  zh: 我的模板' })), { message: '"description" has no English ("en") text.', at: 'zh: 我的模板' });
  assert.equal(problem(MINIMAL({ name: 'name: Mine' })).message, '"name" must give the English and the Chinese text: name: { en: …, zh: … }.');
  assert.equal(problem(MINIMAL({ name: 'name:\n  en: Mine\n  zh: 我的\n  fr: Le mien' })).message, '"name" has an unknown language "fr"; use en and zh.');
  assert.deepEqual(problem(MINIMAL({ kind: 'kind: podcast' })), { message: '"kind" must be one of blog, talk, other.', at: 'podcast' });
  assert.deepEqual(problem(MINIMAL({ id: 'id: My Template' })), { message: '"id" must be lower-case letters, digits and dashes, e.g. "tutorial".', at: 'My Template' });
  assert.equal(problem(MINIMAL({ id: '' })).message, '"id" must be lower-case letters, digits and dashes, e.g. "tutorial".');
  assert.deepEqual(problem(MINIMAL({ type: 'type: [a]' })).message, '"type" must be a lower-case word such as blog or talk.');
  assert.equal(problem(MINIMAL({ extra: 'colour: red' })).message, 'Unknown template key "colour". Keys: id, kind, type, dimension, name, description, fields.');
  assert.equal(problem(MINIMAL({ fields: 'fields:\n  title: x' })).message, '"fields" cannot set "title": every new post gets it already.');
  assert.equal(problem(MINIMAL({ fields: 'fields:\n  deep: {a: 1}' })).message, '"fields.deep" must be a string, number, true/false or a list of strings.');
  assert.equal(problem('# no front matter\n').message, 'A template starts with YAML front matter holding its id, kind, type, name and description.');
  assert.match(problem('---\nid: [\n---\nbody\n').message, /^Front matter YAML/);
  assert.equal(problem(MINIMAL().replace(/---\n## Section[^]*$/, '---\n\n')).message, 'The template has no body after its front matter.');
  const unclosed = problem(MINIMAL().replace('${1:Text}', 'Price ${1:ten'));
  assert.equal(unclosed.message, 'A tab stop "${" is never closed with "}" (write \\$ for a literal dollar sign).');
  assert.equal(unclosed.at, '${');
});

test('workspace templates replace built-ins by id; a broken one is reported and the rest still offered', () => {
  const override = MINIMAL({ id: 'id: tutorial', name: 'name:\n  en: Our tutorial\n  zh: 我们的教程' });
  const extra = MINIMAL({ id: 'id: rfc', kind: 'kind: other', type: 'type: rfc' });
  const catalog = buildCatalog(BUILTIN_TEMPLATES, [
    { path: '.lectern/templates/tutorial.md', text: override },
    { path: '.lectern/templates/rfc.md', text: extra },
    { path: '.lectern/templates/broken.md', text: MINIMAL({ kind: 'kind: podcast' }) },
    { path: '.lectern/templates/twice.md', text: MINIMAL({ id: 'id: rfc' }) },
  ]);
  assert.equal(catalog.templates.length, 21);
  const tutorial = catalog.templates.find((t) => t.id === 'tutorial')!;
  assert.deepEqual([tutorial.name.en, tutorial.source, tutorial.file], ['Our tutorial', 'workspace', '.lectern/templates/tutorial.md']);
  assert.equal(catalog.templates[0]!.id, 'tutorial', 'the override keeps the built-in\'s place');
  assert.equal(catalog.templates.at(-1)!.id, 'rfc');
  assert.deepEqual(catalog.problems.map((p) => [p.file, p.message]), [
    ['.lectern/templates/broken.md', '"kind" must be one of blog, talk, other.'],
    ['.lectern/templates/twice.md', 'Template id "rfc" is already used by .lectern/templates/rfc.md; this file is ignored.'],
  ]);
});

test('config: author, newPost and cfp are read with located problems', () => {
  const text = '{"author": "Ada", "newPost": {"folder": "posts", "talksFolder": "talks", "fileName": "{{slug}}.md"}, "cfp": {"KubeCon": {"title": 70, "abstract": 1000}}}';
  const { config, problems } = parseConfig(text);
  assert.deepEqual(problems, []);
  assert.equal(config.author, 'Ada');
  assert.deepEqual(config.newPost, { folder: 'posts', talksFolder: 'talks', fileName: '{{slug}}.md' });
  assert.deepEqual(config.cfp, { kubecon: { title: 70, abstract: 1000 } });
  const bad = '{"author": 3, "newPost": {"fileName": "{{date}}.md", "folder": "../x", "other": 1}, "cfp": {"x": {"title": 0, "bio": 3}}}';
  const parsed = parseConfig(bad);
  assert.deepEqual(parsed.problems.map((p) => [bad.slice(p.range.start, p.range.end), p.message]), [
    ['3', '"author" must be a string (your name, for {{author}} in templates).'],
    ['"{{date}}.md"', '"newPost.fileName": the pattern must contain {{slug}}.'],
    ['"../x"', '"newPost.folder" "../x" must be relative to the workspace and stay inside it.'],
    ['"other"', 'Unknown "newPost" field "other". Fields: folder, talksFolder, fileName.'],
    ['0', '"title" of "x" must be a whole number of characters ≥ 1.'],
    ['"bio"', 'Unknown CFP field "bio". Fields: title, pitch, abstract.'],
  ]);
  assert.equal(parsed.config.newPost.fileName, '{{date}}-{{slug}}.md', 'the default stays for a broken part');
});

test('workspace templates are .lectern/templates/<name>.md, directly in the folder', () => {
  assert.equal(isWorkspaceTemplatePath('.lectern/templates/essay.md'), true);
  assert.equal(isWorkspaceTemplatePath('.lectern/templates/Essay.MD'), true);
  assert.equal(isWorkspaceTemplatePath('.lectern/templates/sub/essay.md'), false);
  assert.equal(isWorkspaceTemplatePath('.lectern/templates/essay.mdx'), false);
  assert.equal(isWorkspaceTemplatePath('posts/essay.md'), false);
});
