// One build script for every bundle, so the extension, the CLI, the tests and the benchmark all see the same code.
//   node scripts/build.mjs               extension + CLI (development: source maps)
//   node scripts/build.mjs --production  minified, no source maps (what `npm run package` ships)
//   node scripts/build.mjs --tests       also unit tests, host tests and the host runner
//   node scripts/build.mjs --bench       also the benchmark
//   node scripts/build.mjs --watch       rebuild extension + CLI on change
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { asciiOutput } from './ascii-output.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const withTests = args.has('--tests');
const withBench = args.has('--bench');

/** Every file under `dir` (relative to the repo root) whose name matches `pattern`. */
function filesUnder(dir, pattern) {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)));
}

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  // Markdown-it and friends ship both ESM and CJS; prefer the ESM entry so tree-shaking works.
  mainFields: ['module', 'main'],
  // The built-in templates (templates/*.md) are embedded as strings: the pure core never reads files.
  loader: { '.md': 'text' },
};

/**
 * retext-equality (inclusive-language, off by default) is its own file, dist/retext-equality.js, which the extension
 * and the CLI require on the rule's first run: ~140 KB that a start (CLI) or an activation (editor) never reads.
 * The sources keep a plain lazy `require('../core/lint/retext-equality')`; for the shipped bundles this plugin points
 * it at that file (tests bundle it as usual).
 */
const retextApart = {
  name: 'retext-apart',
  setup(build) {
    build.onResolve({ filter: /\/core\/lint\/retext-equality$/ }, (a) =>
      (/src[\\/](cli|extension)[\\/]/.test(a.importer) ? { path: './retext-equality.js', external: true } : undefined));
  },
};

/**
 * `import * as vscode from 'vscode'` in each of ~70 adapter modules would otherwise make esbuild copy the whole API
 * object (~400 properties, one getter each) once per module at load: tens of milliseconds of activation. Instead every
 * adapter module imports one ES module that reads, once, the API members the sources name (`vscode.window` …), so
 * each use is a plain variable. A member missing from the list fails the build ("No matching export").
 */
const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (a) => (a.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => {
      const used = new Set();
      for (const file of filesUnder('src/extension', /\.ts$/)) {
        for (const m of readFileSync(join(root, file), 'utf8').matchAll(/\bvscode\.([A-Za-z_$][\w$]*)/g)) used.add(m[1]);
      }
      return {
        loader: 'js',
        resolveDir: root,
        contents: ['const api = require("vscode");', ...[...used].sort().map((n) => `export const ${n} = api.${n};`)].join('\n'),
      };
    });
  },
};

/**
 * The extension's lazy chunks. dist/extension.js holds only the adapter (src/extension) and the few small, stateless
 * core modules it needs to register its contributions; the rest of the core (engine, config, front matter, goals,
 * checklist, templates, markdown-it …) is dist/core.js and `yaml` is dist/yaml.js, each required the first time one of
 * its exports is read, so activation neither reads nor runs them.
 * A file belongs to the first chunk whose pattern matches its path (relative to the repo root, `/`-separated); a file
 * no chunk owns is bundled wherever it is imported (so only small modules without state stay unowned).
 * The sources keep plain imports: when a bundle imports a file that another chunk owns, `lazyChunks` replaces it with a
 * stub whose exports are getters that require that chunk on first access (esbuild reads imported bindings through the
 * module object at each use, so `new Linter()` in the adapter loads dist/core.js then, not at start).
 * Two rules keep that sound, and test/unit/foundation/lazy-chunks.test.ts checks both on the built files: no adapter
 * module reads a chunk's export at its top level (loading dist/extension.js loads no chunk), and chunks never require
 * each other in a cycle (a chunk's top level could then see the other half-initialised; hence one core chunk, since
 * the config, the engine, goals, checklist and templates import each other).
 */
const lazyChunkOwners = [
  // retext-equality has its own file already (retextApart); it is never part of a chunk.
  { chunk: 'core', owns: /^(src\/core\/(?!(lint\/retext-equality|text|text-bytes|content|problems)\.ts$)|templates\/[^/]+\.md$)/ },
  { chunk: 'yaml', owns: /^node_modules\/yaml\// },
];
const posixRel = (abs) => relative(root, abs).split(sep).join('/');
const chunkOf = (abs) => lazyChunkOwners.find((o) => o.owns.test(posixRel(abs)))?.chunk;
/** The key a chunk exports a module's namespace under, e.g. src_core_lint_index_ts. */
const chunkKey = (rel) => rel.replace(/[^A-Za-z0-9]/g, '_');

/**
 * Routes an import of a file another chunk owns to that chunk. `current` is the bundle being built ('extension' or a
 * chunk's name). With `found` (discovery), it records each such file per chunk and leaves it external; with `names`
 * (the real build), it loads the stub, which lists the file's export names.
 */
function lazyChunks(current, { found, names }) {
  return {
    name: 'lazy-chunks',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (a) => {
        if (a.pluginData?.lazyChunks || a.namespace === 'lazy-stub' || a.kind === 'entry-point') return undefined;
        if (a.path === 'vscode' || a.path.startsWith('node:')) return undefined;
        const r = await build.resolve(a.path, { kind: a.kind, importer: a.importer, resolveDir: a.resolveDir, pluginData: { lazyChunks: true } });
        if (r.errors.length > 0 || r.external || !r.path) return undefined;
        const chunk = chunkOf(r.path);
        if (!chunk || chunk === current) return r;
        const rel = posixRel(r.path);
        if (found) {
          (found.get(chunk) ?? found.set(chunk, new Set()).get(chunk)).add(rel);
          return { path: rel, external: true };
        }
        if (!names.has(rel)) return { errors: [{ text: `${rel} is imported across chunks but was not found by the discovery pass` }] };
        return { path: rel, namespace: 'lazy-stub', pluginData: { chunk } };
      });
      build.onResolve({ filter: /^\.\/[\w-]+\.js$/, namespace: 'lazy-stub' }, (a) => ({ path: a.path, external: true }));
      build.onLoad({ filter: /.*/, namespace: 'lazy-stub' }, (a) => ({
        loader: 'js',
        resolveDir: root,
        contents: [
          `// ${a.path}, in dist/${a.pluginData.chunk}.js: loaded on the first use of one of its exports.`,
          'let loaded;',
          `const load = () => (loaded ??= require('./${a.pluginData.chunk}.js').${chunkKey(a.path)});`,
          'const exports_ = Object.defineProperty({}, "__esModule", { value: true });',
          `for (const name of ${JSON.stringify(names.get(a.path))}) Object.defineProperty(exports_, name, { enumerable: true, get: () => load()[name] });`,
          'module.exports = exports_;',
        ].join('\n'),
      }));
    },
  };
}

/** A chunk's entry: every module of it that another bundle imports, each under its key. */
function chunkEntryPlugin(modules) {
  return {
    name: 'lazy-chunk-entry',
    setup(build) {
      build.onResolve({ filter: /^lazy-chunk-entry$/ }, () => ({ path: 'entry', namespace: 'lazy-chunk-entry' }));
      build.onLoad({ filter: /.*/, namespace: 'lazy-chunk-entry' }, () => ({
        loader: 'js',
        resolveDir: root,
        contents: [...modules].sort().map((rel) => `export * as ${chunkKey(rel)} from ${JSON.stringify(`./${rel}`)};`).join('\n'),
      }));
    },
  };
}

/** The export names of one module (an ESM build's metafile; a CommonJS package's own keys). */
async function exportNames(rel) {
  if (rel.startsWith('node_modules/')) return Object.keys(createRequire(join(root, 'package.json'))(join(root, rel)));
  const r = await esbuild.build({ ...common, entryPoints: [join(root, rel)], format: 'esm', packages: 'external', write: false, metafile: true, outdir: join(root, 'out/lazy-chunk-names') });
  return Object.values(r.metafile.outputs)[0].exports;
}

/**
 * The extension bundle and its chunks. A first pass (nothing written) finds which files each bundle imports from
 * another chunk, until no new one appears; the second builds them with stubs.
 */
async function extensionBuilds(base) {
  const found = new Map();
  let before = -1;
  const count = () => [...found.values()].reduce((n, s) => n + s.size, 0);
  while (count() !== before) {
    before = count();
    const bundles = [{ ...base, plugins: [retextApart, lazyChunks('extension', { found })] },
      ...[...found].map(([chunk, modules]) => chunkBuild(base, chunk, new Set(modules), lazyChunks(chunk, { found })))];
    await Promise.all(bundles.map((o) => esbuild.build({ ...o, write: false, minify: false, sourcemap: false })));
  }
  const names = new Map();
  await Promise.all([...found.values()].flatMap((s) => [...s]).map(async (rel) => names.set(rel, await exportNames(rel))));
  return [
    { ...base, plugins: [retextApart, vscodeOnce, lazyChunks('extension', { names })] },
    ...[...found].map(([chunk, modules]) => chunkBuild(base, chunk, modules, lazyChunks(chunk, { names }))),
  ];
}

function chunkBuild(base, chunk, modules, plugin) {
  return { ...base, entryPoints: { [chunk]: 'lazy-chunk-entry' }, plugins: [retextApart, chunkEntryPlugin(modules), plugin] };
}

/**
 * In the CLI bundle (dist/cli-main.js), `yaml` stays in the file but is initialised on first use: imports of it from
 * our sources get a stub whose exports are getters that run the bundled package the first time one is read. A
 * `lectern lint` of a file without front matter and without a YAML terms file never runs it (≈4 ms of a start). The
 * code stays in the one file the CLI's code cache covers (src/cli/node.ts); only its initialisation moves.
 */
const cliLazyYaml = {
  name: 'cli-lazy-yaml',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, (a) => (a.namespace === 'cli-lazy-yaml' ? undefined : { path: 'yaml', namespace: 'cli-lazy-yaml' }));
    build.onLoad({ filter: /.*/, namespace: 'cli-lazy-yaml' }, () => ({
      loader: 'js',
      resolveDir: root,
      contents: [
        'let loaded;',
        'const load = () => (loaded ??= require("yaml"));',
        'const exports_ = Object.defineProperty({}, "__esModule", { value: true });',
        `for (const name of ${JSON.stringify(Object.keys(createRequire(join(root, 'package.json'))('yaml')))}) Object.defineProperty(exports_, name, { enumerable: true, get: () => load()[name] });`,
        'module.exports = exports_;',
      ].join('\n'),
    }));
  },
};

const product = [
  ...(await extensionBuilds({
    ...common,
    entryPoints: { extension: 'src/extension/extension.ts' },
    outdir: 'dist',
    external: ['vscode'],
    minify: production,
    sourcemap: production ? false : 'linked',
  })),
  {
    ...common,
    entryPoints: { 'retext-equality': 'src/core/lint/retext-equality.ts' },
    outdir: 'dist',
    minify: production,
    sourcemap: production ? false : 'linked',
  },
  {
    ...common,
    // cli.js is a small loader that runs cli-main.js through V8's code cache (see src/cli/node.ts).
    // cli-lint-worker.js is one lint worker thread of a many-file run (src/cli/lint-pool.ts): the engine alone.
    entryPoints: { cli: 'src/cli/node.ts', 'cli-main': 'src/cli/node-main.ts', 'cli-lint-worker': 'src/cli/lint-worker.ts' },
    plugins: [retextApart, cliLazyYaml],
    outdir: 'dist',
    // Minified in development too: every CLI start reads and hashes the whole bundle, and half the bytes is a few
    // milliseconds on each run (the linked source map still gives readable stack traces).
    minify: true,
    sourcemap: production ? false : 'linked',
  },
];
if (existsSync(join(root, 'src/extension/webview'))) {
  // Each file directly in src/extension/webview is one webview script; shared/ holds the pure modules those scripts
  // share with the extension (bundled into both, never an entry of its own).
  for (const file of filesUnder('src/extension/webview', /\.ts$/)) {
    if (file.endsWith('.d.ts') || dirname(file) !== join('src', 'extension', 'webview')) continue;
    product.push({
      ...common,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      entryPoints: [file],
      outdir: 'dist/webview',
      minify: production,
      sourcemap: false,
    });
  }
}

// Every shipped bundle is pure ASCII (scripts/ascii-output.mjs says why: a two-byte bundle costs milliseconds at each
// start).
for (const options of product) options.plugins = [...(options.plugins ?? []), asciiOutput];

const extra = [];
if (withTests) {
  const unit = filesUnder('test/unit', /\.test\.ts$/);
  if (unit.length) {
    extra.push({ ...common, entryPoints: unit, outdir: 'out/test/unit', outbase: 'test/unit', sourcemap: 'inline' });
  }
  const hostSuite = filesUnder('test/host/suite', /\.ts$/);
  if (hostSuite.length) {
    // Runs inside the extension host: vscode is provided there, mocha is loaded from node_modules.
    extra.push({ ...common, entryPoints: hostSuite, outdir: 'out/test/host/suite', outbase: 'test/host/suite',
      external: ['vscode', 'mocha'], sourcemap: 'inline' });
  }
  const hostTools = filesUnder('test/host', /\.ts$/).filter((f) => !f.includes('/suite/'));
  if (hostTools.length) {
    // Runs in plain Node next to the workbench: keep npm packages (playwright-core) external.
    extra.push({ ...common, entryPoints: hostTools, outdir: 'out/test/host', outbase: 'test/host',
      packages: 'external', sourcemap: 'inline' });
  }
}
if (withBench) {
  const bench = filesUnder('bench', /\.ts$/);
  if (bench.length) {
    extra.push({ ...common, entryPoints: bench, outdir: 'out/bench', outbase: 'bench', packages: 'external' });
  }
}

async function postBuild() {
  // Generated artefacts (the config JSON schema) come from the built core, never from hand-kept copies.
  const gen = join(root, 'scripts/generate-schema.mjs');
  if (existsSync(gen)) {
    const r = spawnSync(process.execPath, [gen], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('schema generation failed');
  }
  // The template snippets (snippets/templates.json) come from templates/*.md the same way.
  const snippets = join(root, 'scripts/generate-snippets.mjs');
  if (existsSync(snippets)) {
    const r = spawnSync(process.execPath, [snippets], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('snippet generation failed');
  }
}

if (args.has('--watch')) {
  for (const opts of product) (await esbuild.context(opts)).watch();
  console.log('watching…');
} else {
  mkdirSync(join(root, 'dist'), { recursive: true });
  // Each entry builds on its own, so one broken test file does not hide the results of the others;
  // the build still fails at the end if anything failed.
  const jobs = [...product, ...extra].flatMap((o) =>
    Array.isArray(o.entryPoints) && o.entryPoints.length > 1 ? o.entryPoints.map((e) => ({ ...o, entryPoints: [e] })) : [o]);
  const results = await Promise.allSettled(jobs.map((o) => esbuild.build(o)));
  const failed = results.filter((r) => r.status === 'rejected');
  await postBuild();
  if (failed.length) {
    console.error(`build: ${failed.length} of ${jobs.length} bundles failed`);
    process.exitCode = 1;
  }
}
