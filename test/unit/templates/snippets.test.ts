import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_TEMPLATES, buildCatalog, snippetToPlain, templateSnippetsJson } from '../../../src/core/templates/index';
import { repoRoot } from '../helpers/repo';

const root = repoRoot();
type Snippets = Record<string, { prefix: string | string[]; description: string; body: string[] }>;
const read = (file: string): Snippets => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Snippets;

test('snippets/templates.json is what the build generates from templates/*.md', () => {
  const fresh = templateSnippetsJson(buildCatalog(BUILTIN_TEMPLATES, []).templates);
  assert.equal(fs.readFileSync(path.join(root, 'snippets/templates.json'), 'utf8'), fresh, 'run `npm run build` to regenerate it');
});

test('at least 20 lectern- snippets: every template and the small pieces, all contributed and well formed', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { snippets: Array<{ language: string; path: string }> } };
  const files = manifest.contributes.snippets.filter((s) => s.language === 'markdown').map((s) => s.path.replace(/^\.\//, ''));
  assert.deepEqual(files.sort(), ['snippets/markdown.json', 'snippets/templates.json']);
  const all = Object.assign({}, ...files.map(read)) as Snippets;
  const prefixes = Object.values(all).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix])).filter((p) => p.startsWith('lectern-'));
  assert.ok(prefixes.length >= 20, `${prefixes.length} lectern- prefixes`);
  for (const id of BUILTIN_TEMPLATES.map((t) => t.path.replace(/\.md$/, ''))) assert.ok(prefixes.includes(`lectern-${id}`), id);
  for (const piece of ['lectern-post', 'lectern-cfp-fields', 'lectern-cta', 'lectern-takeaways', 'lectern-timed-section', 'lectern-slide', 'lectern-disable', 'lectern-disable-next-line', 'lectern-disable-file']) {
    assert.ok(prefixes.includes(piece), piece);
  }
  for (const [name, s] of Object.entries(all)) {
    assert.equal(snippetToPlain(s.body.join('\n')).unclosedAt, null, `${name} is a well-formed snippet`);
    assert.ok(s.description.length > 10, name);
  }
  assert.match(all['Lectern template: Slide deck (Marp)']!.body.join('\n'), /^marp: true$/m);
  assert.match(all['Lectern template: Slide deck (Marp)']!.body.join('\n'), /^# \$\{TM_FILENAME_BASE\}$/m);
});
