// A seeded sample of findings per rule on a folder of real posts, for judging by hand, and the precision per rule
// from those judgements.
//
//   node scripts/sample-findings.mjs <folder> [--per-rule 20] [--seed 10] [--preset strict|recommended]
//       prints each sampled finding with its context (the posts' text: read it, never commit it);
//   node scripts/sample-findings.mjs <folder> --judgements docs/hand-judged.tsv
//       (add --zh for the Chinese rules on ../shared/corpus/zh, --rules a,b for some rules; the verdicts of both
//       corpora share docs/hand-judged.tsv, each run checks those of the rules it samples)
//       checks that the judgements cover exactly the current sample and prints precision per rule as Markdown.
//
// docs/hand-judged.tsv holds one line per sampled finding: rule, file, offset, verdict (ok | wrong), and a short
// note in the judge's own words. It holds no text of the posts. The sample is drawn under lectern:strict by default
// (every finding reachable), the same way on every run: sorted findings, a seeded shuffle, the first N per rule.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { corpusFolder, bundleCore, markdownFiles, rng, scriptArgs } from './corpus-kit.mjs';

const { args, option, folder } = scriptArgs();
const perRule = Number(option('--per-rule') ?? 20);
const seed = Number(option('--seed') ?? 10);
const preset = `lectern:${option('--preset') ?? 'strict'}`;
const judgementsFile = option('--judgements');

const dir = corpusFolder('sample-findings', folder, '<folder of .md posts, e.g. ../shared/corpus/en> [--per-rule N] [--seed N] [--judgements file.tsv] [--zh] [--rules a,b]');

const core = await bundleCore('sample-findings-core');
const config = core.parseConfig(JSON.stringify({ extends: preset })).config;

/** Judged rules: the ones whose findings are about words, where a reader can say right or wrong. */
const ALL_JUDGED = args.includes('--zh')
  // `--zh`: the Chinese rules (typography and clarity), judged on ../shared/corpus/zh.
  ? core.rules.map((r) => r.id).filter((id) => id.startsWith('zh-') || id === 'fullwidth-alnum')
  : ['passive-voice', 'simpler-word', 'weasel-word', 'hedge', 'condescending', 'cliche', 'repeated-word',
    'article', 'there-is', 'nominalization', 'undefined-acronym', 'exclamation'];
/** `--rules a,b`: sample and judge only these rules (e.g. the ones re-judged after a fix). */
const JUDGED = option('--rules') ? ALL_JUDGED.filter((r) => option('--rules').split(',').includes(r)) : ALL_JUDGED;

const files = markdownFiles(dir);
const byRule = new Map(JUDGED.map((r) => [r, []]));
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const f of core.lintText(text, config).findings) {
    if (!byRule.has(f.rule)) continue;
    byRule.get(f.rule).push({ rule: f.rule, file: relative(dir, file), offset: f.range.start, end: f.range.end, message: f.message, text });
  }
}

/** Each rule has its own stream (seed and rule id), so a change to one rule does not move the others' samples. */
const streamFor = (rule) => rng([...rule].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261 ^ seed));
const sample = [];
for (const rule of JUDGED) {
  const all = byRule.get(rule);
  const random = streamFor(rule);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  sample.push(...all.slice(0, perRule).map((f) => ({ ...f, population: all.length })));
}

if (!judgementsFile) {
  for (const f of sample) {
    const ctx = f.text.slice(Math.max(0, f.offset - 120), f.end + 120).replace(/\s+/g, ' ');
    const flagged = f.text.slice(f.offset, f.end).replace(/\s+/g, ' ');
    console.log(`${f.rule}\t${f.file}\t${f.offset}\t[${flagged.slice(0, 80)}] ${f.message}\n    …${ctx}…`);
  }
  process.exit(0);
}

// ── Precision from the judgements ─────────────────────────────────────────────────────────────────────────────
const judged = new Map();
const problems = [];
readFileSync(judgementsFile, 'utf8').split('\n').forEach((line, i) => {
  if (!line.trim() || line.startsWith('#')) return;
  const [rule, file, offset, verdict, note = ''] = line.split('\t');
  // One file holds the verdicts of both corpora: a run checks those of the rules it samples.
  if (!byRule.has(rule)) return;
  if (verdict !== 'ok' && verdict !== 'wrong') problems.push(`${judgementsFile}:${i + 1}: verdict must be ok or wrong`);
  judged.set(`${rule}\t${file}\t${offset}`, { verdict, note });
});
const wanted = new Set(sample.map((f) => `${f.rule}\t${f.file}\t${f.offset}`));
for (const key of wanted) if (!judged.has(key)) problems.push(`not judged: ${key.replace(/\t/g, ' ')}`);
for (const key of judged.keys()) if (!wanted.has(key)) problems.push(`judged but not in the sample (rules or corpus changed?): ${key.replace(/\t/g, ' ')}`);
if (problems.length) {
  console.error(problems.slice(0, 30).join('\n'));
  process.exit(1);
}
console.log(`| rule | findings (${preset}) | judged | right | precision | what was wrong |`);
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
let right = 0;
let total = 0;
for (const rule of JUDGED) {
  const mine = sample.filter((f) => f.rule === rule);
  const verdicts = mine.map((f) => judged.get(`${f.rule}\t${f.file}\t${f.offset}`));
  const ok = verdicts.filter((v) => v.verdict === 'ok').length;
  right += ok;
  total += mine.length;
  const notes = [...new Set(verdicts.filter((v) => v.verdict === 'wrong').map((v) => v.note))].join('; ');
  console.log(`| ${rule} | ${byRule.get(rule).length} | ${mine.length} | ${ok} | ${mine.length ? (ok / mine.length).toFixed(2) : '—'} | ${notes} |`);
}
console.log(`| **all** | | ${total} | ${right} | ${(right / total).toFixed(2)} | |`);
