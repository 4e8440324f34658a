// One build script for every bundle, so the extension, the CLI, the tests and the benchmark all see the same code.
//   node scripts/build.mjs               extension + CLI (development: source maps)
//   node scripts/build.mjs --production  minified, no source maps (what `npm run package` ships)
//   node scripts/build.mjs --tests       also unit tests, host tests and the host runner
//   node scripts/build.mjs --bench       also the benchmark
//   node scripts/build.mjs --watch       rebuild extension + CLI on change
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, mkdirSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

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

const product = [
  {
    ...common,
    entryPoints: { extension: 'src/extension/extension.ts', 'retext-equality': 'src/core/lint/retext-equality.ts' },
    plugins: [retextApart],
    outdir: 'dist',
    external: ['vscode'],
    minify: production,
    sourcemap: production ? false : 'linked',
  },
  {
    ...common,
    // cli.js is a small loader that runs cli-main.js through V8's code cache (see src/cli/node.ts).
    // cli-lint-worker.js is one lint worker thread of a many-file run (src/cli/lint-pool.ts): the engine alone.
    entryPoints: { cli: 'src/cli/node.ts', 'cli-main': 'src/cli/node-main.ts', 'cli-lint-worker': 'src/cli/lint-worker.ts' },
    plugins: [retextApart],
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
