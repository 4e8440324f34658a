// Lints every Markdown file of a folder of real posts and reports what a maintainer needs to tune the rules:
//   - crashes (an exception from lintText, a range outside the document or splitting a surrogate pair): must be none;
//   - findings per 1,000 words for each rule (which rules are noisy);
//   - findings that touch code, front matter, URLs or HTML, checked INDEPENDENTLY of the engine: the forbidden
//     spans come from remark-parse's positions (mdast `code`, `inlineCode`, `html`, link and image destinations,
//     `definition`), a front-matter scanner and a bare-URL scanner written here, not from Lectern's markdown-it masking.
//
//   node scripts/corpus-report.mjs <folder> [--preset recommended|strict] [--inclusive] [--samples N] [--json out.json]
//
// The rules run under a preset (default `lectern:recommended`, what a user gets without a config); `--inclusive` also
// turns on inclusive-language. Each rule's findings are split by
// severity, with the totals the targets are stated in: warnings + errors, and all findings, per 1,000 words.
//
// The corpus is not part of the repo: pass its path (e.g. ../shared/corpus/en). Exit code 1 on a crash or an
// overlap, 2 when the folder is missing.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { corpusFolder, bundleCore, markdownFiles, scriptArgs } from './corpus-kit.mjs';

const { args, option, folder } = scriptArgs();
const samplesPerRule = Number(option('--samples') ?? 3);
const preset = `lectern:${option('--preset') ?? 'recommended'}`;
const jsonOut = option('--json');

const dir = corpusFolder('corpus-report', folder, '<folder of .md files> [--preset recommended|strict] [--inclusive] [--samples N] [--json file]');

// The core, bundled from the current sources exactly like the CLI bundles it.
const core = await bundleCore('corpus-report-core',
  "export * from './src/core/lint/index'; export { runRetextEquality } from './src/core/lint/retext-equality';");
const providers = { retextEquality: core.runRetextEquality };

// ── Independent forbidden spans ──────────────────────────────────────────────────────────────────────────────────

/** Front matter: `---` on the first line (after an optional BOM) up to the next `---` or `...` line. */
function frontMatterSpan(text) {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const m = /^---[ \t]*\r?\n/.exec(text.slice(bom));
  if (!m) return null;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(bom + m[0].length);
  const c = close.exec(rest);
  if (!c) return null; // unterminated: not front matter for a Markdown reader either
  return { kind: 'front matter', start: 0, end: bom + m[0].length + c.index + c[0].length };
}

const BARE_URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>()[\]]*[^\s<>()[\].,;:!?'"*_~]/gi;
const EMAIL = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g;

/** Spans a prose rule must never touch, from remark's syntax tree of the text (front matter blanked first). */
function forbiddenSpans(text) {
  const spans = [];
  const fm = frontMatterSpan(text);
  let body = text;
  if (fm) {
    spans.push(fm);
    body = text.slice(0, fm.end).replace(/[^\r\n]/g, ' ') + text.slice(fm.end);
  }
  const tree = unified().use(remarkParse).parse(body);
  const visit = (node) => {
    const p = node.position;
    const start = p?.start.offset;
    const end = p?.end.offset;
    switch (node.type) {
      case 'code': spans.push({ kind: 'code block', start, end }); return;
      case 'inlineCode': spans.push({ kind: 'inline code', start, end }); return;
      case 'html': spans.push({ kind: 'HTML', start, end }); return;
      case 'definition': spans.push({ kind: 'link definition', start, end }); return;
      case 'link':
      case 'linkReference': {
        const kids = node.children ?? [];
        const textEnd = kids.length ? kids[kids.length - 1].position?.end.offset : undefined;
        // The destination: everything after the link text's closing bracket ("](url "title")" or "][ref]").
        if (node.type === 'link' && textEnd !== undefined) {
          const close = body.indexOf(']', textEnd);
          if (close >= 0 && close < end) spans.push({ kind: 'link URL', start: close + 1, end });
        }
        // An autolink <https://…> or a link whose text is the URL itself.
        if (node.type === 'link' && body[start] === '<') spans.push({ kind: 'autolink', start, end });
        break;
      }
      case 'image': {
        // ![alt](url): the alt text is prose, the destination is not.
        const src = body.slice(start, end);
        const close = src.indexOf('](');
        if (close >= 0) spans.push({ kind: 'image URL', start: start + close + 1, end });
        return;
      }
      default: break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  for (const re of [BARE_URL, EMAIL]) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(body));) spans.push({ kind: 'bare URL', start: m.index, end: m.index + m[0].length });
  }
  return spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start);
}

const SPAN_RULES = new Set(['long-sentence', 'readability', 'long-paragraph', 'heading-distance', 'zh-sentence-length', 'zh-comma-chain', 'zh-de-chain']);

function overlaps(range, spans) {
  return spans.find((s) => range.start < s.end && s.start < range.end);
}

// ── The run ──────────────────────────────────────────────────────────────────────────────────────────────────────

const files = markdownFiles(dir);
if (files.length === 0) {
  console.error(`corpus-report: ${folder}: no .md, .markdown or .mdx files`);
  process.exit(2);
}
const ids = core.rules.map((r) => r.id);
const parsed = core.parseConfig(JSON.stringify({ extends: preset, ...(args.includes('--inclusive') ? { rules: { 'inclusive-language': 'warning' } } : {}) }));
if (parsed.problems.length) { console.error(`corpus-report: ${parsed.problems[0].message}`); process.exit(2); }
const config = parsed.config;
const SEVERITIES = ['error', 'warning', 'info', 'hint'];
const perRule = new Map(ids.map((id) => [id, { count: 0, files: new Set(), samples: [], bySeverity: { error: 0, warning: 0, info: 0, hint: 0 } }]));
const crashes = [];
const leaks = [];
let words = 0;
let han = 0;
let bytes = 0;
const t0 = performance.now();
for (const file of files) {
  const name = relative(dir, file);
  const text = readFileSync(file, 'utf8');
  bytes += text.length;
  let result;
  try {
    result = core.lintText(text, config, providers);
    const metrics = core.computeMetrics(text, config);
    words += metrics.words;
    han += metrics.hanCharacters;
  } catch (err) {
    crashes.push({ file: name, error: String(err?.stack ?? err) });
    continue;
  }
  const spans = forbiddenSpans(text);
  for (const f of result.findings) {
    const { start, end } = f.range;
    const code = (i) => text.charCodeAt(i);
    const splitsPair = (i) => i > 0 && i < text.length && code(i - 1) >= 0xd800 && code(i - 1) <= 0xdbff && code(i) >= 0xdc00 && code(i) <= 0xdfff;
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length) || splitsPair(start) || splitsPair(end)) {
      crashes.push({ file: name, error: `bad range ${start}-${end} from ${f.rule} (length ${text.length})` });
      continue;
    }
    const entry = perRule.get(f.rule);
    entry.count++;
    entry.bySeverity[f.severity]++;
    entry.files.add(name);
    if (entry.samples.length < samplesPerRule && Math.random() < 0.25) {
      entry.samples.push(`${name}: ${JSON.stringify(text.slice(Math.max(0, start - 30), end + 30).replace(/\s+/g, ' '))} → ${f.message}`);
    }
    // Sentence- and block-wide findings (long-sentence, readability, long-paragraph, heading-distance) may contain
    // inline code or a link (even at their edges); they must not start or end strictly inside one, nor reach into
    // front matter or a code block.
    // Every other finding is about words and must not touch any forbidden span.
    const hit = SPAN_RULES.has(f.rule)
      ? spans.find((s) => (s.start < start && start < s.end) || (s.start < end && end < s.end))
        ?? overlaps(f.range, spans.filter((s) => s.kind === 'front matter' || s.kind === 'code block'))
      : overlaps(f.range, spans);
    if (hit) {
      leaks.push({ file: name, rule: f.rule, kind: hit.kind, range: [start, end], span: [hit.start, hit.end], found: text.slice(start, end).slice(0, 80), inside: text.slice(hit.start, hit.end).slice(0, 80) });
    }
  }
}
const seconds = (performance.now() - t0) / 1000;

// ── Report ───────────────────────────────────────────────────────────────────────────────────────────────────────

const rows = ids.map((id) => {
  const e = perRule.get(id);
  const per1kBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, words ? (e.bySeverity[s] * 1000) / words : 0]));
  return { rule: id, findings: e.count, files: e.files.size, per1k: words ? (e.count * 1000) / words : 0, per1kHan: han ? (e.count * 1000) / han : 0, bySeverity: e.bySeverity, per1kBySeverity, samples: e.samples };
}).sort((a, b) => b.per1k - a.per1k);
const total = rows.reduce((s, r) => s + r.findings, 0);
const per1k = (n) => (words ? (n * 1000) / words : 0).toFixed(2);
const sum = (sev) => rows.reduce((s, r) => s + r.bySeverity[sev], 0);
console.log(`Corpus: ${folder} — ${files.length} files, ${words.toLocaleString('en')} words (${han.toLocaleString('en')} of them Han characters), ${(bytes / 1024).toFixed(0)} KiB, linted in ${seconds.toFixed(2)} s (${preset}${args.includes('--inclusive') ? ' + inclusive-language' : ''})`);
console.log('');
// A Chinese corpus is also counted per 1,000 Han characters (a Han character is a word, so "per 1,000 words" mixes
// characters and English words).
console.log('| rule | findings | files | per 1,000 words | per 1,000 Han characters | error | warning | info | hint |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.rule} | ${r.findings} | ${r.files} | ${r.per1k.toFixed(2)} | ${r.per1kHan.toFixed(2)} | ${SEVERITIES.map((s) => r.per1kBySeverity[s].toFixed(2)).join(' | ')} |`);
console.log(`| **all** | ${total} | | ${per1k(total)} | ${(han ? (total * 1000) / han : 0).toFixed(2)} | ${SEVERITIES.map((s) => per1k(sum(s))).join(' | ')} |`);
console.log('');
console.log(`Warnings + errors per 1,000 words: ${per1k(sum('error') + sum('warning'))}; all findings: ${per1k(total)}.`);
console.log('');
console.log(`Crashes or bad ranges: ${crashes.length}`);
for (const c of crashes.slice(0, 20)) console.log(`  ${c.file}: ${c.error.split('\n')[0]}`);
console.log(`Findings inside code, front matter, URLs or HTML (independent check with remark-parse): ${leaks.length}`);
for (const l of leaks.slice(0, 30)) console.log(`  ${l.file}: ${l.rule} ${JSON.stringify(l.found)} inside ${l.kind} ${JSON.stringify(l.inside)}`);
if (samplesPerRule > 0) {
  console.log('');
  console.log('Samples (random):');
  for (const r of rows) for (const s of r.samples) console.log(`  [${r.rule}] ${s}`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ folder, preset, files: files.length, words, han, seconds, rows, crashes, leaks }, null, 2));
process.exitCode = crashes.length || leaks.length ? 1 : 0;
