/**
 * The extension manifest's basics (issue 2): identity, engines, activation, the view container and its icon,
 * categories, snippets, capabilities, localisation keys. Reads the real package.json and the files it points to.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/repo';

const root = repoRoot();
const raw = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
const pkg = JSON.parse(raw) as Record<string, any>;
const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;

test('identity: name, display name, publisher, licence, repository, icon', () => {
  assert.equal(pkg.name, 'lectern');
  assert.equal(pkg.displayName, 'Lectern');
  assert.match(pkg.publisher, /^[a-z0-9][a-z0-9-]*$/);
  assert.equal(pkg.license, 'MIT');
  assert.match(fs.readFileSync(path.join(root, 'LICENSE'), 'utf8'), /^MIT License/);
  assert.match(pkg.repository.url, /^https:\/\//);
  assert.ok(Array.isArray(pkg.categories) && pkg.categories.length > 0);
});

test('the marketplace icon is a 128×128 PNG', () => {
  assert.equal(pkg.icon, 'media/icon.png');
  const png = fs.readFileSync(path.join(root, pkg.icon));
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(png.toString('latin1', 12, 16), 'IHDR');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
});

test('engines: VS Code ^1.90.0, and the API types are not newer than that', () => {
  assert.equal(pkg.engines.vscode, '^1.90.0');
  // @types/vscode newer than the engine would let code use API that 1.90 does not have.
  assert.equal(pkg.devDependencies['@types/vscode'], '1.90.0');
});

test('activation: on Markdown and when the workspace has .lectern/', () => {
  assert.deepEqual([...pkg.activationEvents].sort(), ['onLanguage:markdown', 'workspaceContains:.lectern/*']);
  assert.equal(pkg.main, './dist/extension.js');
});

test('every command is in the category "Lectern" and has a localised title', () => {
  for (const c of pkg.contributes.commands as Array<{ command: string; title: string; category: string }>) {
    assert.match(c.command, /^lectern\.[a-zA-Z]+$/);
    assert.equal(c.category, 'Lectern', c.command);
    const key = /^%(.+)%$/.exec(c.title)?.[1];
    assert.ok(key && nls[key], `${c.command}: title ${c.title} is not a key of package.nls.json`);
  }
});

test('every %key% in package.json exists in package.nls.json (and in each translation)', () => {
  const keys = [...raw.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 10);
  for (const key of keys) assert.ok(key in nls, `package.nls.json lacks ${key}`);
  for (const file of fs.readdirSync(root).filter((f) => /^package\.nls\.[\w-]+\.json$/.test(f))) {
    const translated = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, string>;
    for (const key of Object.keys(translated)) assert.ok(key in nls, `${file} has ${key}, which package.nls.json does not`);
  }
});

test('the activity-bar container "Lectern" with a monochrome SVG icon and its four views', () => {
  const containers = pkg.contributes.viewsContainers.activitybar as Array<{ id: string; title: string; icon: string }>;
  const lectern = containers.find((c) => c.id === 'lectern');
  assert.ok(lectern);
  assert.equal(lectern.title, 'Lectern');
  const svg = fs.readFileSync(path.join(root, lectern.icon), 'utf8');
  assert.match(svg, /^<svg[^>]*viewBox="0 0 24 24"/);
  // Activity-bar icons are masks: one colour (currentColor), no fills or strokes in a fixed colour.
  assert.deepEqual(svg.match(/(fill|stroke)="#[0-9a-fA-F]+"/g), null);
  assert.deepEqual((pkg.contributes.views.lectern as Array<{ id: string }>).map((v) => v.id),
    ['lectern.goals', 'lectern.dimensions', 'lectern.pipeline', 'lectern.checklist']);
});

test('a Markdown snippets file with real snippets: tab stops, and choices for status and dimension', () => {
  const entry = (pkg.contributes.snippets as Array<{ language: string; path: string }>).find((s) => s.language === 'markdown');
  assert.ok(entry);
  const snippets = JSON.parse(fs.readFileSync(path.join(root, entry.path), 'utf8')) as
    Record<string, { prefix: string | string[]; body: string[]; description: string }>;
  const names = Object.keys(snippets);
  assert.ok(names.length >= 5, names.join(', '));
  for (const [name, s] of Object.entries(snippets)) {
    assert.ok(s.prefix.length > 0 && s.description.length > 10, name);
    assert.match(s.body.join('\n'), /\$\{?\d/, `${name} has tab stops`);
  }
  const post = snippets['Lectern blog post front matter'].body.join('\n');
  for (const key of ['title', 'type', 'status', 'dimension', 'date', 'tags']) assert.match(post, new RegExp(`^${key}: `, 'm'), key);
  assert.match(post, /status: \$\{\d+\|idea,draft,review,scheduled,published\|\}/);
  assert.match(post, /dimension: \$\{\d+\|expertise,insight,cross-domain,leadership,influence\|\}/);
  assert.match(snippets['Lectern talk front matter'].body.join('\n'), /^type: talk$/m);
});

test('capabilities: limited support in untrusted and virtual workspaces, with reasons', () => {
  const { untrustedWorkspaces, virtualWorkspaces } = pkg.capabilities;
  assert.equal(untrustedWorkspaces.supported, 'limited');
  assert.ok(nls[untrustedWorkspaces.description.replace(/%/g, '')]);
  assert.deepEqual(untrustedWorkspaces.restrictedConfigurations, ['lectern.contentFolders', 'lectern.maxFileSize']);
  assert.equal(virtualWorkspaces.supported, 'limited');
  assert.ok(nls[virtualWorkspaces.description.replace(/%/g, '')]);
});

test('a lectern.* configuration section', () => {
  const props = Object.keys(pkg.contributes.configuration.properties);
  assert.ok(props.length > 0);
  for (const p of props) assert.match(p, /^lectern\./);
});

test('the scripts the README and CI rely on', () => {
  for (const script of ['build', 'check', 'test', 'test:unit', 'test:host', 'test:electron', 'sandbox', 'package']) {
    assert.ok(pkg.scripts[script], `npm run ${script}`);
  }
  assert.match(pkg.scripts.test, /test:unit.*test:host/);
  assert.equal(pkg.bin.lectern, 'bin/lectern.js');
});
