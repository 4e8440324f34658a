// What the dev scripts over a folder of real posts share (corpus-report, corpus-digest, eval-peers, sample-findings):
// their command line, the folder check, the lint core bundled from the current sources exactly like the CLI bundles
// it, the Markdown files of the folder, and a seeded generator. The corpus is never part of the repository, so every
// script takes its path and says clearly when it is absent.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The script's arguments: `option('--x')` reads a flag's value; `folder` is the first argument that is no flag's value. */
export function scriptArgs(argv = process.argv.slice(2)) {
  const option = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const folder = argv.find((a, i) => !a.startsWith('--') && !(i > 0 && argv[i - 1].startsWith('--')));
  return { args: argv, option, folder };
}

/** The folder of posts as an absolute path; exits 2 with the usage line, or with a clear message when it is absent. */
export function corpusFolder(script, folder, usage) {
  if (!folder) {
    console.error(`usage: node scripts/${script}.mjs ${usage}`);
    process.exit(2);
  }
  const dir = resolve(folder);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`${script}: ${folder}: no such folder. The corpus is not part of the repository: pass its path, e.g. ../shared/corpus/en`);
    process.exit(2);
  }
  return dir;
}

/** Bundles `contents` (exports from the sources, e.g. the lint facade) into out/scripts/<name>.cjs and loads it. */
export async function bundleCore(name, contents = "export * from './src/core/lint/index';") {
  const outfile = join(root, `out/scripts/${name}.cjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  await esbuild.build({
    absWorkingDir: root, outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    mainFields: ['module', 'main'], logLevel: 'warning', loader: { '.md': 'text' },
    stdin: { contents, resolveDir: root, sourcefile: `${name}.ts`, loader: 'ts' },
  });
  return createRequire(import.meta.url)(outfile);
}

/** Every Markdown file under `dir`, sorted, never inside node_modules or .git. */
export function markdownFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|markdown|mdx)$/i.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .filter((p) => !p.split(/[\\/]/).some((part) => part === 'node_modules' || part === '.git'))
    .sort();
}

/** A small seeded generator (mulberry32, as test/unit/helpers/prng.ts), so samples are the same on every run. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
