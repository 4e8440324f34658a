/**
 * Localisation stays complete: l10n/bundle.l10n.json matches the `vscode.l10n.t` strings in src/extension (the same
 * export `npm run l10n:export` does), the Simplified Chinese bundle translates every one of them with the same
 * placeholders, and the manifest's `%key%` strings exist in package.nls.json and package.nls.zh-cn.json.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { filesUnder, repoRoot } from '../helpers/repo';

type L10nMessage = string | { message: string; comment: string[] };
type L10nJson = Record<string, L10nMessage>;

const root = repoRoot();
// Loaded at run time from node_modules (not bundled into the test): it finds its tree-sitter .wasm files next to itself.
const l10nDev = createRequire(__filename)('@vscode/l10n-dev') as {
  getL10nJson(files: Array<{ contents: string; extension: string }>): Promise<L10nJson>;
};

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as T;
const message = (m: L10nMessage): string => (typeof m === 'string' ? m : m.message);
const placeholders = (s: string): string[] => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort();
const codicons = (s: string): string[] => (s.match(/\$\([\w~-]+\)/g) ?? []).sort();
const sorted = (keys: Iterable<string>): string[] => [...keys].sort();

const bundle = readJson<L10nJson>('l10n/bundle.l10n.json');
const zhCn = readJson<L10nJson>('l10n/bundle.l10n.zh-cn.json');

test('l10n/bundle.l10n.json is up to date with the vscode.l10n.t strings in src/extension', async () => {
  // The same files the CLI's `export src/extension` globs: every .ts/.tsx/.js/.jsx below the folder.
  const sources = filesUnder(path.join(root, 'src/extension'), /\.(ts|tsx|js|jsx)$/);
  assert.ok(sources.length > 0, 'no sources under src/extension');
  const exported = await l10nDev.getL10nJson(sources.map((f) => ({ contents: fs.readFileSync(f, 'utf8'), extension: path.extname(f) })));
  const fresh = new Set(Object.keys(exported));
  const current = new Set(Object.keys(bundle));
  const missing = sorted([...fresh].filter((k) => !current.has(k)));
  const stale = sorted([...current].filter((k) => !fresh.has(k)));
  assert.deepEqual(
    { missing, stale },
    { missing: [], stale: [] },
    'l10n/bundle.l10n.json is out of date: run `npm run l10n:export` (then translate the new strings in l10n/bundle.l10n.zh-cn.json)',
  );
  for (const [key, value] of Object.entries(exported)) {
    assert.equal(message(bundle[key]), message(value), `bundle.l10n.json: the message for "${key}" differs from the source`);
  }
});

test('l10n/bundle.l10n.zh-cn.json translates every string and has no extra keys', () => {
  const keys = Object.keys(bundle);
  assert.ok(keys.length > 0);
  const untranslated = keys.filter((k) => !(k in zhCn) || message(zhCn[k]).trim().length === 0);
  assert.deepEqual(untranslated, [], 'strings without a zh-cn translation in l10n/bundle.l10n.zh-cn.json');
  const extra = Object.keys(zhCn).filter((k) => !(k in bundle));
  assert.deepEqual(extra, [], 'keys in l10n/bundle.l10n.zh-cn.json that bundle.l10n.json no longer has');
});

test('zh-cn translations keep the {n} placeholders and $(codicon) references', () => {
  for (const [key, value] of Object.entries(bundle)) {
    if (!(key in zhCn)) continue; // reported by the completeness test
    const source = message(value);
    const translated = message(zhCn[key]);
    assert.deepEqual(placeholders(translated), placeholders(source), `placeholders of "${key}"`);
    assert.deepEqual(codicons(translated), codicons(source), `codicons of "${key}"`);
  }
});

test('every %key% of package.json is in package.nls.json and package.nls.zh-cn.json, and vice versa', () => {
  const raw = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
  const used = new Set([...raw.matchAll(/"%([^"%\s]+)%"/g)].map((m) => m[1]));
  assert.ok(used.size > 0, 'package.json uses no %key% strings');
  const nls = readJson<Record<string, L10nMessage>>('package.nls.json');
  const nlsZhCn = readJson<Record<string, L10nMessage>>('package.nls.zh-cn.json');
  for (const [file, table] of [['package.nls.json', nls], ['package.nls.zh-cn.json', nlsZhCn]] as const) {
    const missing = sorted([...used].filter((k) => !(k in table) || message(table[k]).trim().length === 0));
    assert.deepEqual(missing, [], `%key% strings of package.json that ${file} lacks`);
    const unused = sorted(Object.keys(table).filter((k) => !used.has(k)));
    assert.deepEqual(unused, [], `keys in ${file} that package.json does not use`);
  }
  for (const key of used) {
    assert.deepEqual(placeholders(message(nlsZhCn[key])), placeholders(message(nls[key])), `placeholders of ${key} in package.nls.zh-cn.json`);
  }
});
