// Peer linters as live oracles: Lectern and other projects' prose linters judge the same sentences of a folder of
// real posts, and this script reports, for every Lectern rule with a peer counterpart,
//   - the false-flag rate on independent negatives: of the in-scope sentences no peer flags, the share Lectern flags;
//   - the recall on independent positives: of the sentences a peer flags, the share Lectern flags with that rule
//     (at any severity: the rules run under lectern:strict, so every finding is reachable);
// and then the same two figures after the disagreements are reviewed by class (scripts/peer-judgements.mjs: classes
// read by hand, each with the reason why the peer, or Lectern, is wrong there).
//
//   node scripts/eval-peers.mjs <folder> [--out report.md] [--samples file.txt] [--seed N]
//
// <folder> is e.g. ../shared/corpus/en (not part of the repo). --samples writes disagreement samples (corpus text:
// for reading, never for committing) to a file outside the repo or under the git-ignored out/. The Markdown report
// has counts, rule ids, flagged words and class names only, never a corpus sentence.
//
// Sentences come from the posts' prose, parsed with remark-parse (code, HTML, tables, front matter dropped) and cut
// by retext-english, both independent of Lectern's own Markdown masking and sentence splitter; a sentence with inline
// code is left out (Lectern masks inline code, the peers cannot).
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import retextEnglish from 'retext-english';
import { toString as nlcstToString } from 'nlcst-to-string';
import retextRepeatedWords from 'retext-repeated-words';
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextPassive from 'retext-passive';
import retextSimplify from 'retext-simplify';
import retextIntensify from 'retext-intensify';
import writeGood from 'write-good';
import { VFile } from 'vfile';
import { hedges as hedgeList } from 'hedges';
import { weasels as weaselList } from 'weasels';
import { JUDGEMENTS, judge } from './peer-judgements.mjs';
import { corpusFolder, bundleCore, markdownFiles, rng, scriptArgs } from './corpus-kit.mjs';

const { args, option, folder } = scriptArgs();
const reportOut = option('--out');
const samplesOut = option('--samples');
const seed = Number(option('--seed') ?? 10);

const dir = corpusFolder('eval-peers', folder, '<folder of .md posts, e.g. ../shared/corpus/en> [--out report.md] [--samples file] [--seed N]');

// ── Lectern, bundled from the current sources like the CLI ───────────────────────────────────────────────────────
const core = await bundleCore('eval-peers-core');
const strict = core.parseConfig('{ "extends": "lectern:strict" }').config;

// ── The peers, and which Lectern rule each of their checks corresponds to ────────────────────────────────────────
/** Peer check id → Lectern rule. A check id is `<package>` or `<package>:<its own rule id>`. */
const RETEXT_CHECKS = {
  'retext-repeated-words': 'repeated-word',
  'retext-indefinite-article': 'article',
  'retext-passive': 'passive-voice',
  'retext-simplify': 'simpler-word',
};
/** write-good's checks, run one at a time so each finding is attributed to its check. */
const WRITE_GOOD_CHECKS = {
  illusion: 'repeated-word',
  passive: 'passive-voice',
  tooWordy: 'simpler-word',
  weasel: 'weasel-word',
  cliches: 'cliche',
  thereIs: 'there-is',
};
const ALL_WG = ['weasel', 'illusion', 'so', 'thereIs', 'passive', 'adverb', 'tooWordy', 'cliches', 'eprime'];

const retext = unified().use(retextEnglish).use(retextRepeatedWords).use(retextIndefiniteArticle).use(retextPassive)
  .use(retextSimplify).use(retextIntensify);

/**
 * retext-intensify reports a word under one category (weasel before filler before hedge), but its lists overlap
 * ("probably" is on both): a word counts for hedge when it is on the hedges list and for weasel-word when it is on
 * the weasels list.
 */
const INTENSIFY_RULES = [['hedge', new Set(hedgeList)], ['weasel-word', new Set(weaselList)]];

/** Peer hits in one sentence: [{ check, rule, phrase, after }] (`after`: the text from the hit on, for judging). */
function peerHits(sentence) {
  const hits = [];
  const file = new VFile(sentence);
  retext.runSync(retext.parse(file), file);
  for (const m of file.messages) {
    const start = m.place?.start?.offset ?? m.place?.offset ?? 0;
    const phrase = String(m.actual ?? '').toLowerCase();
    const at = { phrase, after: sentence.slice(start, start + 40), before: sentence.slice(Math.max(0, start - 20), start) };
    if (m.source === 'retext-intensify') {
      for (const [rule, list] of INTENSIFY_RULES) if (list.has(phrase)) hits.push({ check: `retext-intensify:${rule === 'hedge' ? 'hedge' : 'weasel'}`, rule, ...at });
      continue;
    }
    const rule = RETEXT_CHECKS[m.source];
    if (rule) hits.push({ check: m.source, rule, ...at });
  }
  for (const [check, rule] of Object.entries(WRITE_GOOD_CHECKS)) {
    const only = Object.fromEntries(ALL_WG.map((c) => [c, c === check]));
    for (const s of writeGood(sentence, only)) {
      hits.push({ check: `write-good:${check}`, rule, phrase: sentence.slice(s.index, s.index + s.offset).toLowerCase(),
        after: sentence.slice(s.index, s.index + 40), before: sentence.slice(Math.max(0, s.index - 20), s.index) });
    }
  }
  return hits;
}

/**
 * In scope for a rule's negatives: a sentence in which the rule could fire at all, judged with a plain pattern so
 * the denominator does not depend on either linter. Word-list rules can fire anywhere.
 */
const IN_SCOPE = {
  'repeated-word': (s) => /\b([\p{L}\p{N}']+)\s+\1\b/iu.test(s),
  article: (s) => /\b(?:a|an)\s+\S/i.test(s),
  'passive-voice': (s) => /\b(?:am|is|are|was|were|be|been|being|isn't|aren't|wasn't|weren't|it's|that's|there's)\b/i.test(s),
  'there-is': (s) => /\bthere(?:\s+(?:is|are|was|were)|'s)\b/i.test(s),
  'simpler-word': () => true,
  hedge: () => true,
  'weasel-word': () => true,
  cliche: () => true,
};
const RULES = Object.keys(IN_SCOPE);
/** Rules whose finding spans a sentence or more: their range says nothing about which words they flag. */
const SPAN_RULES = new Set(['long-sentence', 'readability', 'long-paragraph', 'heading-distance']);

// ── Sentences of the corpus ──────────────────────────────────────────────────────────────────────────────────────
function stripFrontMatter(text) {
  const m = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** Plain text of a paragraph-like node; null when it holds inline code or HTML (masked by Lectern, not by peers). */
function plainText(node) {
  let out = '';
  let clean = true;
  const walk = (n) => {
    if (n.type === 'inlineCode' || n.type === 'html' || n.type === 'inlineMath') { clean = false; return; }
    if (n.type === 'text') { out += n.value; return; }
    if (n.type === 'break') { out += ' '; return; }
    if (n.type === 'image' || n.type === 'imageReference') { out += n.alt ?? ''; return; }
    for (const c of n.children ?? []) walk(c);
  };
  walk(node);
  return clean ? out.replace(/\s+/g, ' ').trim() : null;
}

const english = unified().use(retextEnglish);
function sentencesOf(text) {
  const out = [];
  const visit = (node) => {
    if (node.type === 'code' || node.type === 'html' || node.type === 'table' || node.type === 'math') return;
    if (node.type === 'paragraph' || node.type === 'heading') {
      const t = plainText(node);
      if (!t) return;
      const tree = english.parse(t);
      for (const p of tree.children) for (const s of p.children ?? []) {
        if (s.type !== 'SentenceNode') continue;
        const sentence = nlcstToString(s).trim();
        if (sentence.split(/\s+/).length >= 3) out.push(sentence);
      }
      return;
    }
    for (const c of node.children ?? []) visit(c);
  };
  visit(unified().use(remarkParse).parse(stripFrontMatter(text)));
  return out;
}

// ── The comparison ───────────────────────────────────────────────────────────────────────────────────────────────
//
// Two scorings of the same verdicts:
//   raw      — every peer hit is a positive, every sentence no peer flags (in scope) a negative;
//   reviewed — a peer hit in a class judged by hand as the peer's mistake or outside Lectern's documented scope is
//              dropped (a sentence left with no hit becomes a negative), and a Lectern-only flag in a class judged as
//              the peer's miss becomes a positive Lectern found. Anything no class matches counts against Lectern.
const files = markdownFiles(dir);
if (files.length === 0) {
  console.error(`eval-peers: ${folder}: no .md, .markdown or .mdx files`);
  process.exit(2);
}
const t0 = performance.now();
const blank = () => ({ negatives: 0, falseFlags: 0, positives: 0, found: 0 });
const per = Object.fromEntries(RULES.map((r) => [r, {
  inScope: 0, raw: blank(), reviewed: blank(),
  /** class id → { verdict, reason, kind, count, phrases: Map, cases: [] } */
  classes: new Map(),
}]));
function tally(rule, kind, j, phrase, c) {
  const classes = per[rule].classes;
  const id = `${kind}\u0000${j.id}`;
  if (!classes.has(id)) classes.set(id, { kind, id: j.id, verdict: j.verdict, reason: j.reason, count: 0, phrases: new Map(), cases: [] });
  const k = classes.get(id);
  k.count++;
  k.phrases.set(phrase, (k.phrases.get(phrase) ?? 0) + 1);
  k.cases.push(c);
}
const UNREVIEWED = { id: 'unreviewed', verdict: 'lectern', reason: 'no reviewed class matches: counts against Lectern' };
let sentenceCount = 0;
let words = 0;
for (const file of files) {
  const name = relative(dir, file);
  for (const sentence of sentencesOf(readFileSync(file, 'utf8'))) {
    sentenceCount++;
    words += sentence.split(/\s+/).length;
    const lectern = new Map();
    for (const f of core.lintText(sentence, strict).findings) {
      if (!lectern.has(f.rule)) lectern.set(f.rule, []);
      lectern.get(f.rule).push({ phrase: sentence.slice(f.range.start, f.range.end).toLowerCase(), after: sentence.slice(f.range.start, f.range.start + 40), before: sentence.slice(Math.max(0, f.range.start - 20), f.range.start) });
    }
    const peers = peerHits(sentence);
    for (const rule of RULES) {
      // What Lectern flags in the sentence under the other rules (a peer hit on those words is another rule's concern).
      const everything = [...lectern].filter(([id]) => id !== rule && !SPAN_RULES.has(id)).flatMap(([, fs]) => fs.map((f) => f.phrase));
      const e = per[rule];
      const mine = lectern.get(rule);
      const theirs = peers.filter((h) => h.rule === rule);
      const scoped = IN_SCOPE[rule](sentence);
      if (scoped) e.inScope++;
      // Raw.
      if (theirs.length) { e.raw.positives++; if (mine) e.raw.found++; } else if (scoped) { e.raw.negatives++; if (mine) e.raw.falseFlags++; }
      // Reviewed: each peer hit is judged; the dismissed ones leave.
      const kept = [];
      for (const h of theirs) {
        const j = judge(rule, 'peer-hit', h, sentence, everything);
        if (j && j.verdict !== 'lectern') {
          // Only a hit Lectern also misses is a disagreement worth listing.
          if (!mine) tally(rule, 'peer only', j, `${h.check}: ${h.phrase}`, { file: name, sentence, hit: h });
        } else kept.push(h);
      }
      if (kept.length) {
        e.reviewed.positives++;
        if (mine) e.reviewed.found++;
        else for (const h of kept) tally(rule, 'peer only', j0(rule, 'miss', h, sentence, everything), `${h.check}: ${h.phrase}`, { file: name, sentence, hit: h });
      } else if (mine) {
        const j = judge(rule, 'lectern-only', mine[0], sentence, everything) ?? UNREVIEWED;
        tally(rule, 'Lectern only', j, mine[0].phrase, { file: name, sentence, hit: mine[0] });
        if (j.verdict === 'peer') { e.reviewed.positives++; e.reviewed.found++; } else { e.reviewed.negatives++; e.reviewed.falseFlags++; }
      } else if (scoped || theirs.length) e.reviewed.negatives++;
    }
  }
}
/** A miss no class explains: Lectern's. */
function j0(rule, kind, h, sentence, everything) {
  return judge(rule, kind, h, sentence, everything) ?? { id: 'Lectern miss', verdict: 'lectern', reason: 'the peer is right and Lectern is silent' };
}
const seconds = (performance.now() - t0) / 1000;

function sample(list, n, random) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

const ratio = (a, b) => (b ? a / b : 0);
const fmt = (x) => x.toFixed(3);
const sumOf = (key, field) => RULES.reduce((n, r) => n + per[r][key][field], 0);
const lines = [];
const say = (s = '') => lines.push(s);
say('# Lectern against peer linters, sentence by sentence');
say();
say(`Corpus: ${files.length} posts, ${sentenceCount.toLocaleString('en')} prose sentences (${words.toLocaleString('en')} words; sentences with inline code or HTML left out), ${seconds.toFixed(0)} s.`);
say('Lectern runs under `lectern:strict` (every finding counts, at any severity). Peers: retext-repeated-words, retext-indefinite-article,');
say('retext-passive, retext-simplify, retext-intensify (its hedges and weasels lists), write-good (illusion, passive, tooWordy, weasel,');
say('cliches, thereIs). inclusive-language has no independent peer (alex runs retext-equality, which Lectern runs itself) and is not scored.');
say();
say('*False-flag rate*: of the in-scope sentences no peer flags (independent negatives), the share Lectern flags with the rule.');
say('*Recall*: of the sentences a peer flags (independent positives), the share Lectern flags with the rule, at any severity.');
say('*Raw* counts every disagreement against Lectern; *reviewed* applies the classes below, judged by hand on samples.');
say();
say('| rule | in-scope sentences | false-flag rate raw | false-flag rate reviewed | recall raw | recall reviewed |');
say('| --- | ---: | ---: | ---: | ---: | ---: |');
const cell = (a, b) => `${fmt(ratio(a, b))} (${a}/${b})`;
for (const r of RULES) {
  const { raw, reviewed, inScope } = per[r];
  say(`| ${r} | ${inScope} | ${cell(raw.falseFlags, raw.negatives)} | ${cell(reviewed.falseFlags, reviewed.negatives)} | ${cell(raw.found, raw.positives)} | ${cell(reviewed.found, reviewed.positives)} |`);
}
say(`| **all** | | ${cell(sumOf('raw', 'falseFlags'), sumOf('raw', 'negatives'))} | ${cell(sumOf('reviewed', 'falseFlags'), sumOf('reviewed', 'negatives'))} | ${cell(sumOf('raw', 'found'), sumOf('raw', 'positives'))} | ${cell(sumOf('reviewed', 'found'), sumOf('reviewed', 'positives'))} |`);
say();
say('## Disagreements by class');
say();
say('*Peer only*: a peer hit where Lectern is silent (counted per hit). *Lectern only*: a sentence Lectern flags and no kept peer hit covers.');
say('Verdict *peer*: the peer is wrong there; *scope*: outside what the Lectern rule documents (docs/rules.md); *lectern*: Lectern is');
say('wrong or silent where it should not be, and it counts against Lectern.');
/**
 * The words a class table shows: list entries (the peers' or Lectern's own) as they are; for passive-voice only the
 * participle and for article only the article, so no run of a post's words reaches the report.
 */
function shownPhrases(rule, phrases) {
  const out = new Map();
  for (const [p, n] of phrases) {
    const bare = p.replace(/^[^ ]+: /, '');
    const shown = rule === 'passive-voice' ? bare.split(/\s+/).pop() : rule === 'article' ? bare.split(/\s+/)[0] : bare;
    out.set(shown, (out.get(shown) ?? 0) + n);
  }
  return out;
}
const reviews = {};
for (const rule of RULES) {
  const classes = [...per[rule].classes.values()].sort((x, y) => (x.kind === y.kind ? y.count - x.count : x.kind < y.kind ? -1 : 1));
  reviews[rule] = classes;
  if (!classes.length) continue;
  say();
  say(`### ${rule}`);
  say();
  say('| disagreement | class | verdict | count | most frequent words | reason |');
  say('| --- | --- | --- | ---: | --- | --- |');
  for (const k of classes) {
    const top = [...shownPhrases(rule, k.phrases).entries()].sort((x, y) => y[1] - x[1]).slice(0, 6)
      .map(([p, n]) => `${p.replace(/\|/g, '\\|').slice(0, 32)} (${n})`).join('; ');
    say(`| ${k.kind} | ${k.id} | ${k.verdict} | ${k.count} | ${top} | ${k.reason} |`);
  }
}
say();
say(`${JUDGEMENTS.length} classes reviewed (scripts/peer-judgements.mjs). Generated by \`node scripts/eval-peers.mjs <corpus> --out <file>\`.`);
const report = lines.join('\n') + '\n';
if (reportOut) writeFileSync(reportOut, report);
console.log(report);

if (samplesOut) {
  const random = rng(seed);
  const out = [];
  for (const rule of RULES) for (const k of reviews[rule]) {
    out.push(`=== ${rule} ${k.kind} class=${k.id} (${k.count})`);
    for (const c of sample(k.cases, 12, random)) out.push(`  [${c.hit.check ?? 'lectern'}: ${c.hit.phrase}] ${c.sentence}`);
  }
  writeFileSync(samplesOut, out.join('\n') + '\n');
}
if (args.includes('--phrases')) {
  // Every class's words with their counts, for writing the review (words only, no sentences).
  for (const rule of RULES) for (const k of reviews[rule]) {
    console.error(`## ${rule} | ${k.kind} | ${k.id}: ${[...k.phrases].sort((x, y) => y[1] - x[1]).map(([p, n]) => `${p}=${n}`).join(', ')}`);
  }
}
