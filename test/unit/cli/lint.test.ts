import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { main } from '../../../src/cli/main';
import { MemoryFs, Capture } from '../helpers/memory-fs';

const repo = join(__dirname, '..', '..', '..', '..');

const A = 'The the report was written by the team.\n';
const CLEAN = 'A short clean line.\n';
const EMOJI = '😀 We ran ran the tests.\n';

function workspace(extra: Record<string, string | Uint8Array> = {}): MemoryFs {
  return new MemoryFs({
    '/ws/posts/a.md': A,
    '/ws/posts/clean.md': CLEAN,
    '/ws/posts/nested/b.markdown': EMOJI,
    '/ws/posts/notes.txt': 'the the is not Markdown\n',
    '/ws/posts/talk.mdx': CLEAN,
    '/ws/node_modules/pkg/readme.md': 'the the dependency\n',
    '/ws/.git/hooks/x.md': 'the the git\n',
    ...extra,
  });
}

async function lint(fs: MemoryFs, argv: string[], cwd = '/ws'): Promise<{ code: number; out: string; err: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main({ argv: ['lint', ...argv], cwd, fs, stdout, stderr });
  return { code, out: stdout.text, err: stderr.text };
}

test('text format: path:line:column: severity rule message, then the summary', async () => {
  const r = await lint(workspace(), ['posts']);
  assert.equal(r.out, [
    'posts/a.md:1:1: error repeated-word \'the\' is repeated.',
    'posts/a.md:1:16: warning passive-voice 100% of this post\'s sentences (1 of 1) are passive; keep it under 20%. \'was written\' is passive voice; say who does it.',
    'posts/nested/b.markdown:1:7: error repeated-word \'ran\' is repeated.',
    '3 problems (2 errors, 1 warning, 0 info) in 4 files.',
    '',
  ].join('\n'));
  assert.equal(r.err, '');
  assert.equal(r.code, 1);
});

test('the manifest\'s problem matcher reads every finding line and not the summary', async () => {
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const matcher = manifest.contributes.problemMatchers.find((m: { name: string }) => m.name === 'lectern');
  const re = new RegExp(matcher.pattern.regexp);
  const r = await lint(workspace(), ['posts']);
  const lines = r.out.trimEnd().split('\n');
  const m = re.exec(lines[1]!);
  assert.ok(m);
  assert.deepEqual([m[matcher.pattern.file], m[matcher.pattern.line], m[matcher.pattern.column], m[matcher.pattern.severity],
    m[matcher.pattern.code], m[matcher.pattern.message]],
  ['posts/a.md', '1', '16', 'warning', 'passive-voice', '100% of this post\'s sentences (1 of 1) are passive; keep it under 20%. \'was written\' is passive voice; say who does it.']);
  assert.equal(lines.slice(0, 3).every((l) => re.test(l)), true);
  assert.equal(re.test(lines[3]!), false, 'the summary line is not a finding');
  const info = re.exec('posts/x.md:3:5: info hedge \'perhaps\' hedges.');
  assert.equal(info?.[matcher.pattern.severity], 'info');
  assert.deepEqual(matcher.fileLocation, ['relative', '${workspaceFolder}']);
});

test('JSON format has exactly the documented shape; files without findings are listed with []', async () => {
  const r = await lint(workspace(), ['--format', 'json', 'posts']);
  assert.equal(r.code, 1);
  assert.deepEqual(JSON.parse(r.out), {
    files: [
      {
        path: 'posts/a.md',
        diagnostics: [
          { rule: 'repeated-word', severity: 'error', message: '\'the\' is repeated.', line: 1, column: 1, endLine: 1, endColumn: 8 },
          { rule: 'passive-voice', severity: 'warning', message: '100% of this post\'s sentences (1 of 1) are passive; keep it under 20%. \'was written\' is passive voice; say who does it.', line: 1, column: 16, endLine: 1, endColumn: 27 },
        ],
      },
      { path: 'posts/clean.md', diagnostics: [] },
      {
        path: 'posts/nested/b.markdown',
        diagnostics: [{ rule: 'repeated-word', severity: 'error', message: '\'ran\' is repeated.', line: 1, column: 7, endLine: 1, endColumn: 14 }],
      },
      { path: 'posts/talk.mdx', diagnostics: [] },
    ],
  });
  // Key order is part of "exactly this shape".
  assert.ok(r.out.startsWith('{"files":[{"path":"posts/a.md","diagnostics":[{"rule":"repeated-word","severity":"error","message":'));
  assert.ok(r.out.includes('"line":1,"column":1,"endLine":1,"endColumn":8}'));
});

test('columns count UTF-16 code units: an emoji before a finding counts 2, a BOM is not a column', async () => {
  const fs = new MemoryFs({
    '/ws/e.md': '😀😀 Tests ran ran.\n',
    '/ws/bom.md': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Tests ran ran.\n')]),
    '/ws/crlf.md': 'Line one.\r\n\r\n🚀 Tests ran ran.\r\n',
  });
  const r = await lint(fs, ['--format', 'json', 'e.md', 'bom.md', 'crlf.md']);
  const cols = JSON.parse(r.out).files.map((f: { diagnostics: Array<{ line: number; column: number; endColumn: number }> }) =>
    f.diagnostics.map((d) => [d.line, d.column, d.endColumn]));
  assert.deepEqual(cols, [[[1, 12, 19]], [[1, 7, 14]], [[3, 10, 17]]]);
});

test('exit 0 when no finding is an error (warnings and info do not fail CI)', async () => {
  const fs = workspace({ '/ws/warn.md': 'The report was written by the team.\n' });
  const r = await lint(fs, ['warn.md', 'posts/clean.md']);
  assert.equal(r.code, 0);
  assert.equal(r.out, 'warn.md:1:12: warning passive-voice 100% of this post\'s sentences (1 of 1) are passive; keep it under 20%. \'was written\' is passive voice; say who does it.\n1 problem (0 errors, 1 warning, 0 info) in 2 files.\n');
  const clean = await lint(fs, ['posts/clean.md']);
  assert.deepEqual(clean, { code: 0, out: 'No problems found in 1 file.\n', err: '' });
});

test('exit 2 with one line naming the path, the flag or the value', async () => {
  const fs = workspace();
  assert.deepEqual(await lint(fs, ['posts/missing.md']), { code: 2, out: '', err: 'lectern lint: posts/missing.md: no such file or folder\n' });
  assert.deepEqual(await lint(fs, ['--format', 'xml']), { code: 2, out: '', err: 'lectern lint: --format xml: expected text, json or sarif\n' });
  assert.deepEqual(await lint(fs, ['--format']), { code: 2, out: '', err: 'lectern lint: --format needs a value\n' });
  assert.deepEqual(await lint(fs, ['--frobnicate']), { code: 2, out: '', err: 'lectern lint: unknown option \'--frobnicate\'\n' });
  assert.deepEqual(await lint(fs, ['--config', 'nope.json']), { code: 2, out: '', err: 'lectern lint: --config nope.json: no such file\n' });
  assert.deepEqual(await lint(fs, ['drafts/**/*.md']), { code: 2, out: '', err: 'lectern lint: no Markdown file matches \'drafts/**/*.md\'\n' });
  fs.makeUnreadable('/ws/posts/a.md');
  const partly = await lint(fs, ['posts']);
  assert.equal(partly.err, 'posts/a.md: warning cannot read (EACCES)\n', 'an unreadable file is named, the others are linted');
  assert.equal(partly.code, 1);
  assert.deepEqual(await lint(fs, ['posts/a.md']), { code: 2, out: '', err: 'posts/a.md: warning cannot read (EACCES)\nlectern lint: the file could not be read.\n' });
});

test('folders are searched for .md, .markdown and .mdx, skipping node_modules and .git; no path means the current folder', async () => {
  const r = await lint(workspace(), ['--format', 'json']);
  assert.deepEqual(JSON.parse(r.out).files.map((f: { path: string }) => f.path),
    ['posts/a.md', 'posts/clean.md', 'posts/nested/b.markdown', 'posts/talk.mdx']);
  const named = await lint(workspace(), ['--format', 'json', 'posts/notes.txt']);
  assert.deepEqual(JSON.parse(named.out).files.map((f: { path: string }) => f.path), ['posts/notes.txt'], 'a file named explicitly is linted');
  const fromSub = await lint(workspace(), ['--format', 'json', '.'], '/ws/posts/nested');
  assert.deepEqual(JSON.parse(fromSub.out).files.map((f: { path: string }) => f.path), ['b.markdown']);
});

test('globs select Markdown files with picomatch; every file is linted once', async () => {
  const one = await lint(workspace(), ['--format', 'json', 'posts/**/*.md']);
  assert.deepEqual(JSON.parse(one.out).files.map((f: { path: string }) => f.path), ['posts/a.md', 'posts/clean.md']);
  const two = await lint(workspace(), ['--format', 'json', '**/*.{markdown,mdx}', 'posts/a.md', './posts/*.md']);
  assert.deepEqual(JSON.parse(two.out).files.map((f: { path: string }) => f.path),
    ['posts/nested/b.markdown', 'posts/talk.mdx', 'posts/a.md', 'posts/clean.md']);
  const deps = await lint(workspace(), ['--format', 'json', '**/*.md']);
  assert.ok(!deps.out.includes('node_modules') && !deps.out.includes('.git'), deps.out);
});

test('--quiet prints only errors and no summary', async () => {
  const r = await lint(workspace(), ['--quiet', 'posts']);
  assert.equal(r.out, 'posts/a.md:1:1: error repeated-word \'the\' is repeated.\nposts/nested/b.markdown:1:7: error repeated-word \'ran\' is repeated.\n');
  assert.equal(r.code, 1);
  const json = await lint(workspace(), ['--quiet', '--format=json', 'posts/a.md']);
  assert.deepEqual(JSON.parse(json.out).files[0].diagnostics.map((d: { rule: string }) => d.rule), ['repeated-word']);
  const quietClean = await lint(workspace({ '/ws/w.md': 'The report was written by the team.\n' }), ['--quiet', 'w.md']);
  assert.deepEqual(quietClean, { code: 0, out: '', err: '' });
});

test('a config problem exits 2 with file:line:column: message, found by walking up to the .lectern/ folder', async () => {
  const fs = workspace({ '/ws/.lectern/config.json': '{\n  // comments are fine\n  "rules": { "nope": "error" }\n}\n' });
  assert.deepEqual(await lint(fs, ['posts']), { code: 2, out: '', err: '.lectern/config.json:3:14: Unknown rule "nope".\n' });
  assert.deepEqual(await lint(fs, ['.'], '/ws/posts/nested'), { code: 2, out: '', err: '../../.lectern/config.json:3:14: Unknown rule "nope".\n' });
  const broken = workspace({ '/ws/.lectern/config.json': '{ "rules": ' });
  const r = await lint(broken, ['posts']);
  assert.equal(r.code, 2);
  assert.equal(r.out, '');
  assert.equal(r.err, '.lectern/config.json:1:12: JSON syntax error: value expected.\n'
    + '.lectern/config.json:1:12: JSON syntax error: close brace expected.\n');
});

test('the config applies: severities from .lectern/config.json or --config', async () => {
  const fs = workspace({
    '/ws/.lectern/config.json': '{ "rules": { "repeated-word": "warning", "passive-voice": "off" } }',
    '/ws/strict.json': '{ "rules": { "passive-voice": "error" } }',
  });
  const found = await lint(fs, ['posts/a.md']);
  assert.equal(found.out, 'posts/a.md:1:1: warning repeated-word \'the\' is repeated.\n1 problem (0 errors, 1 warning, 0 info) in 1 file.\n');
  assert.equal(found.code, 0);
  const explicit = await lint(fs, ['--config', 'strict.json', '--quiet', 'posts/a.md']);
  assert.equal(explicit.out, 'posts/a.md:1:1: error repeated-word \'the\' is repeated.\nposts/a.md:1:16: error passive-voice 100% of this post\'s sentences (1 of 1) are passive; keep it under 20%. \'was written\' is passive voice; say who does it.\n');
  // A .lectern/ folder without config.json is still the workspace root: defaults, and the walk stops there.
  const stop = workspace({ '/ws/.lectern/config.json': '{ "rules": { "nope": 1 } }', '/ws/posts/.lectern/goals.yaml': '' });
  assert.equal((await lint(stop, ['a.md'], '/ws/posts')).code, 1);
});

test('--fix writes fixed files atomically, keeps BOM and CRLF, never touches other files, reports what is left', async () => {
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('# Title\r\n\r\nRestart the the server. It was written by me.\r\n')]);
  const fs = workspace({ '/ws/posts/bom.md': bom });
  const before = Object.fromEntries(fs.list().map((p) => [p, { mtime: fs.mtime(p), bytes: fs.bytes(p) }]));
  const r = await lint(fs, ['--fix', 'posts']);
  // Columns are those of the fixed text, the one now on disk.
  assert.equal(r.out, [
    'posts/a.md:1:12: warning passive-voice 100% of this post\'s sentences (1 of 1) are passive; keep it under 20%. \'was written\' is passive voice; say who does it.',
    'posts/bom.md:3:24: warning passive-voice 33% of this post\'s sentences (1 of 3) are passive; keep it under 20%. \'was written\' is passive voice; say who does it.',
    '2 problems (0 errors, 2 warnings, 0 info) in 5 files.',
    'Fixed 1 problem in posts/a.md.',
    'Fixed 1 problem in posts/bom.md.',
    'Fixed 1 problem in posts/nested/b.markdown.',
    'Fixed 3 problems in 3 files; 2 left.',
    '',
  ].join('\n'));
  assert.equal(r.code, 0, 'the only error-severity findings were fixed');
  assert.equal(fs.text('/ws/posts/a.md'), 'The report was written by the team.\n');
  assert.deepEqual([...fs.bytes('/ws/posts/bom.md').slice(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.equal(fs.text('/ws/posts/bom.md'), '\ufeff# Title\r\n\r\nRestart the server. It was written by me.\r\n');
  assert.equal(fs.text('/ws/posts/nested/b.markdown'), '😀 We ran the tests.\n');
  assert.deepEqual(fs.operations, [
    'write /ws/posts/.a.md.tmp', 'rename /ws/posts/.a.md.tmp -> /ws/posts/a.md',
    'write /ws/posts/.bom.md.tmp', 'rename /ws/posts/.bom.md.tmp -> /ws/posts/bom.md',
    'write /ws/posts/nested/.b.markdown.tmp', 'rename /ws/posts/nested/.b.markdown.tmp -> /ws/posts/nested/b.markdown',
  ]);
  for (const p of fs.list()) {
    if (['/ws/posts/a.md', '/ws/posts/bom.md', '/ws/posts/nested/b.markdown'].includes(p)) continue;
    assert.equal(fs.mtime(p), before[p]!.mtime, `${p} untouched`);
    assert.deepEqual(fs.bytes(p), before[p]!.bytes, `${p} unchanged`);
  }
  // Nothing left to fix: a second run writes nothing.
  const again = await lint(fs, ['--fix', 'posts']);
  assert.equal(fs.operations.length, 6);
  assert.ok(again.out.endsWith('Fixed 0 problems in 0 files; 2 left.\n'), again.out);
});

test('--fix with JSON keeps stdout parsable and reports the fixes on stderr', async () => {
  const fs = workspace();
  const r = await lint(fs, ['--fix', '--format', 'json', 'posts/a.md']);
  assert.deepEqual(JSON.parse(r.out).files[0].diagnostics.map((d: { rule: string }) => d.rule), ['passive-voice']);
  assert.equal(r.err, 'Fixed 1 problem in posts/a.md.\nFixed 1 problem in 1 file; 1 left.\n');
});

test('SARIF output is valid SARIF 2.1.0 (official schema) with rules metadata, regions and fixes', async () => {
  const r = await lint(workspace(), ['--format', 'sarif', 'posts']);
  assert.equal(r.code, 1);
  const log = JSON.parse(r.out);
  const schema = JSON.parse(readFileSync(join(repo, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // The official schema's language-tag pattern is not valid with the `u` flag Ajv uses by default.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => { try { new URL(s); return true; } catch { return false; } });
  ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const validate = ajv.compile(schema);
  assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
  // The validator does reject what the schema forbids (so the check above can fail).
  const broken = structuredClone(log);
  broken.runs[0].results[0].level = 'fatal';
  broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
  assert.equal(validate(broken), false);

  const run = log.runs[0];
  assert.equal(log.version, '2.1.0');
  assert.equal(run.tool.driver.name, 'Lectern');
  assert.equal(run.columnKind, 'utf16CodeUnits');
  const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'repeated-word');
  assert.equal(rule.helpUri, 'https://github.com/lectern-dev/lectern/blob/main/docs/rules.md#repeated-word');
  assert.equal(rule.shortDescription.text, 'The same word twice in a row, as in "the the".');
  assert.deepEqual(rule.defaultConfiguration, { level: 'error' });
  assert.equal(run.results.length, 3);
  const first = run.results[0];
  assert.equal(first.ruleId, 'repeated-word');
  assert.equal(run.tool.driver.rules[first.ruleIndex].id, 'repeated-word');
  assert.equal(first.level, 'error');
  assert.deepEqual(first.locations[0].physicalLocation, {
    artifactLocation: { uri: 'posts/a.md', uriBaseId: 'SRCROOT', index: 0 },
    region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 8 },
  });
  assert.deepEqual(first.fixes[0].artifactChanges[0].replacements, [
    { deletedRegion: { startLine: 1, startColumn: 4, endLine: 1, endColumn: 8 }, insertedContent: { text: '' } },
  ]);
  assert.equal(run.results[1].level, 'warning');
  assert.deepEqual(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri),
    ['posts/a.md', 'posts/clean.md', 'posts/nested/b.markdown', 'posts/talk.mdx']);
  assert.equal(run.originalUriBaseIds.SRCROOT.uri, 'file:///ws/');
});

test('lint --help prints the usage and exits 0', async () => {
  const r = await lint(workspace(), ['--help']);
  assert.equal(r.code, 0);
  assert.ok(r.out.startsWith('Usage: lectern lint [paths or globs…] [--format text|json|sarif] [--config file] [--fix] [--quiet]\n'));
});

test('problems with a file\'s own directives are reported as rule "suppression" in every format', async () => {
  const fs = new MemoryFs({ '/ws/d.md': '<!-- lectern-disable nope -->\nFine text here.\n' });
  const text = await lint(fs, ['d.md']);
  assert.equal(text.out, 'd.md:1:22: warning suppression Unknown Lectern rule \'nope\'.\n1 problem (0 errors, 1 warning, 0 info) in 1 file.\n');
  assert.equal(text.code, 0);
  const sarif = JSON.parse((await lint(fs, ['--format', 'sarif', 'd.md'])).out);
  const result = sarif.runs[0].results[0];
  assert.equal(result.ruleId, 'suppression');
  assert.equal(sarif.runs[0].tool.driver.rules[result.ruleIndex].id, 'suppression');
});

test('a host notice (a rule on that this host cannot run) goes to stderr once per run, never into the report', async () => {
  const fs = workspace({ '/ws/.lectern/config.json': '{ "rules": { "inclusive-language": "warning" } }' });
  const r = await lint(fs, ['posts', '--format', 'json']);
  const notice = 'lectern: inclusive-language is on, but this host did not load retext-equality, so the rule did not run.\n';
  assert.equal(r.err, notice);
  assert.ok(!r.out.includes('retext-equality'), r.out);
  assert.ok(!r.out.includes('"suppression"'), r.out);
  assert.equal(r.code, 1); // the repeated words are errors; the notice changes nothing
});

test('house terms from .lectern/terms.yaml apply next to config.json\'s; a broken entry is located in terms.yaml', async () => {
  const fs = workspace({
    '/ws/.lectern/config.json': '{ "terms": [{ "use": "sign in", "instead": "login" }] }',
    '/ws/.lectern/terms.yaml': '- avoid: whitelist\n  message: say allow list.\n',
    '/ws/posts/t.md': 'Use login and the whitelist.\n',
  });
  const r = await lint(fs, ['posts/t.md']);
  assert.equal(r.out.split('\n').filter((l) => l.includes(' term ')).join('\n'), [
    "posts/t.md:1:5: warning term Use 'sign in' instead of 'login' (house term).",
    "posts/t.md:1:19: warning term Avoid 'whitelist': say allow list.",
  ].join('\n'));
  const bad = workspace({ '/ws/.lectern/terms.yaml': '- avoid: ok\n- use: x\n' });
  const b = await lint(bad, ['posts/clean.md']);
  assert.equal(b.code, 2);
  assert.match(b.err, /^\.lectern\/terms\.yaml:2:3: A substitution needs "instead"/);
});
