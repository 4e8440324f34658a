// Proves that a change finds exactly what it found before on real posts: lints every Markdown file of a folder (the
// calm defaults, and lectern:strict with inclusive-language on) and prints one digest of all findings (ids, ranges,
// messages, fixes), per the same canonical form as the unit test over the generated drafts
// (test/unit/helpers/findings-digest.ts).
//
//   node scripts/corpus-digest.mjs <folder> [--save file.json] [--compare file.json]
//
// Typical use: `--save out/digest-before.json` on main, then `--compare out/digest-before.json` after the change;
// the comparison names each file and preset whose findings differ. Exit code 1 when they differ, 2 when the folder
// is missing. The corpus is not part of the repo: pass its path (e.g. ../shared/corpus/en).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { corpusFolder, bundleCore, markdownFiles, scriptArgs } from './corpus-kit.mjs';

const { option, folder } = scriptArgs();
const dir = corpusFolder('corpus-digest', folder, '<folder of .md files> [--save file.json] [--compare file.json]');

// The core and the digest helper, bundled from the current sources exactly like the CLI bundles the core.
const core = await bundleCore('corpus-digest-core',
  "export * from './src/core/lint/index'; export { runRetextEquality } from './src/core/lint/retext-equality';"
  + " export { digestOf, digestDifference } from './test/unit/helpers/findings-digest';");
const providers = { retextEquality: core.runRetextEquality };
const strict = core.defaultConfig('lectern:strict');
if (strict.rules['inclusive-language']?.severity === 'off') strict.rules['inclusive-language'].severity = 'warning';
const presets = { recommended: [core.defaultConfig(), undefined], 'strict+inclusive': [strict, providers] };
// No per-document time budget: on a busy machine it would stop long posts early, and the digest would measure the load.
const noBudget = { ms: Infinity, now: () => 0 };

const files = markdownFiles(dir);
const perFile = {};
const all = { recommended: [], 'strict+inclusive': [] };
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const name = relative(dir, file);
  for (const [preset, [config, prov]] of Object.entries(presets)) {
    const result = core.lintText(text, config, prov, noBudget);
    all[preset].push(result);
    perFile[`${name} · ${preset}`] = core.digestOf([result]);
  }
}
const total = Object.fromEntries(Object.entries(all).map(([preset, results]) => [preset, core.digestOf(results)]));
for (const [preset, d] of Object.entries(total)) console.log(`${preset}: ${d.sha256} (${files.length} files, ${d.findings} findings)`);

const save = option('--save');
if (save) {
  mkdirSync(dirname(resolve(save)), { recursive: true });
  writeFileSync(save, JSON.stringify({ total, perFile }, null, 2) + '\n');
  console.log(`corpus-digest: saved to ${save}`);
}
const compare = option('--compare');
if (compare) {
  if (!existsSync(compare)) {
    console.error(`corpus-digest: ${compare}: no such file (make it first with --save)`);
    process.exit(2);
  }
  const before = JSON.parse(readFileSync(compare, 'utf8'));
  const differences = Object.entries(perFile).flatMap(([name, d]) => core.digestDifference(name, before.perFile[name], d));
  for (const name of Object.keys(before.perFile)) if (!(name in perFile)) differences.push(`${name}: in the saved digest, not linted now`);
  if (differences.length) {
    console.log(differences.join('\n'));
    console.log(`corpus-digest: findings DIFFER from ${compare}`);
    process.exit(1);
  }
  console.log(`corpus-digest: identical to ${compare} (${files.length} files, both presets)`);
}
