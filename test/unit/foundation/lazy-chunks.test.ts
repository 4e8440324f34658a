/**
 * Activation reads only dist/extension.js: the core (engine, config, goals, checklist, templates) and `yaml` are lazy
 * chunks (scripts/build.mjs, lazyChunkOwners) that load on first use. These tests load the built bundle (written by the same
 * `node scripts/build.mjs --tests` that builds the unit tests) under a stand-in `vscode` and check that no chunk
 * loads with it, and that every chunk the bundles name exists and exports what they ask it for.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import { repoRoot } from '../helpers/repo';

const dist = path.join(repoRoot(), 'dist');
// The built files, loaded at run time (not bundled into the test).
const load = createRequire(__filename);

/** `require("./<chunk>.js")` and the keys read from it, per file of dist/ that a bundle requires. */
function chunkRequires(file: string): Map<string, Set<string>> {
  const text = fs.readFileSync(path.join(dist, file), 'utf8');
  const out = new Map<string, Set<string>>();
  for (const m of text.matchAll(/require\(["']\.\/([\w-]+\.js)["']\)(?:\.([A-Za-z_$][\w$]*))?/g)) {
    const keys = out.get(m[1]!) ?? out.set(m[1]!, new Set()).get(m[1]!)!;
    if (m[2]) keys.add(m[2]);
  }
  return out;
}

/** A `vscode` whose every member is a callable, constructible, indexable stand-in (enough to load, not to run). */
function fakeVscode(): unknown {
  const any: unknown = new Proxy(function () {}, {
    get: (_t, key) => (key === '__esModule' || typeof key === 'symbol' ? undefined : any),
    apply: () => any,
    construct: () => any as object,
  });
  return new Proxy({}, { get: (_t, key) => (typeof key === 'symbol' ? undefined : any) });
}

test('loading dist/extension.js loads no lazy chunk', () => {
  const extension = path.join(dist, 'extension.js');
  const loaded: string[] = [];
  const mod = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
  const original = mod._load;
  mod._load = function (request, parent, isMain) {
    if (request === 'vscode') return fakeVscode();
    if (/^\.\/[\w-]+\.js$/.test(request)) loaded.push(request);
    return original.call(this, request, parent, isMain);
  };
  try {
    const exports = load(extension) as { activate?: unknown };
    assert.equal(typeof exports.activate, 'function');
  } finally {
    mod._load = original;
    delete load.cache[extension];
  }
  assert.deepEqual(loaded, [], 'a chunk export used at the top level of an adapter module loads that chunk at activation');
});

test('every chunk the extension requires exists, exports the modules asked of it, and no chunks require each other in a cycle', () => {
  const edges = new Map<string, string[]>();
  const queue = ['extension.js'];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (edges.has(file)) continue;
    const required = chunkRequires(file);
    edges.set(file, [...required.keys()]);
    for (const [chunk, keys] of required) {
      assert.ok(fs.existsSync(path.join(dist, chunk)), `dist/${chunk}, required by dist/${file}, exists`);
      if (keys.size > 0) {
        const exported = load(path.join(dist, chunk)) as Record<string, unknown>;
        for (const key of keys) assert.notEqual(exported[key], undefined, `dist/${chunk} exports ${key} (asked by dist/${file})`);
      }
      queue.push(chunk);
    }
  }
  // The core is among them: were it not, it would be back in dist/extension.js.
  assert.ok(edges.has('core.js'), [...edges.keys()].join(', '));
  // A cycle would let one chunk's top level see another half-initialised (undefined exports, no error).
  const visiting: string[] = [];
  const done = new Set<string>();
  const visit = (file: string): void => {
    if (done.has(file)) return;
    assert.ok(!visiting.includes(file), `chunks require each other in a cycle: ${[...visiting.slice(visiting.indexOf(file)), file].join(' → ')}`);
    visiting.push(file);
    for (const next of edges.get(file) ?? []) visit(next);
    visiting.pop();
    done.add(file);
  };
  visit('extension.js');
});
