/**
 * Precision and recall of the lint rules on the labelled set in test/fixtures/labelled/ (sentences written for
 * Lectern, plus small Markdown documents for block and document rules). Shared by the unit test
 * (labelled.test.ts) and `node scripts/evaluate.mjs`, so both report the same numbers.
 *
 * Scoring: each case has the exact set of rule ids a careful reader expects. A rule that fires on a case (≥1
 * finding) counts as a true positive when expected and a false positive when not; an expected rule that does not
 * fire is a false negative. Overall numbers are micro-averaged over every rule.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintText, parseConfig, rules } from '../../../src/core/lint/index';
import { runRetextEquality } from '../../../src/core/lint/retext-equality';
import type { LecternConfig } from '../../../src/core/config-types';

// The hosts hand retext-equality to the engine (src/core/lint/providers.ts); the evaluation does the same.
const providers = { retextEquality: runRetextEquality };

export interface LabelledCase {
  /** Where the case comes from, e.g. "sentences.tsv:12" or "docs/readability.md". */
  source: string;
  text: string;
  expected: ReadonlySet<string>;
}

export interface RuleScore {
  rule: string;
  /** Cases in which the rule is expected. */
  support: number;
  tp: number;
  fp: number;
  fn: number;
  /** null when the rule never fired (no predictions to judge). */
  precision: number | null;
  /** null when the rule is never expected. */
  recall: number | null;
}

export interface Mistake {
  source: string;
  text: string;
  missing: string[];
  extra: string[];
}

export interface Evaluation {
  cases: number;
  sentences: number;
  documents: number;
  perRule: RuleScore[];
  overall: { tp: number; fp: number; fn: number; precision: number; recall: number };
  mistakes: Mistake[];
}

/** The labelled set lints with every rule on (lectern:strict: every finding reachable, at any severity). */
export const EVALUATION_CONFIG_JSON = '{ "extends": "lectern:strict", "rules": { "inclusive-language": "warning" } }';

function evaluationConfig(): LecternConfig {
  return parseConfig(EVALUATION_CONFIG_JSON).config;
}

function parseIds(field: string, source: string, known: ReadonlySet<string>): Set<string> {
  const ids = field.trim() === '-' ? [] : field.split(',').map((s) => s.trim()).filter(Boolean);
  for (const id of ids) if (!known.has(id)) throw new Error(`${source}: unknown rule id '${id}'`);
  return new Set(ids);
}

export function loadCases(fixturesDir: string): LabelledCase[] {
  const known = new Set(rules.map((r) => r.id));
  const cases: LabelledCase[] = [];
  const tsv = readFileSync(join(fixturesDir, 'sentences.tsv'), 'utf8').split('\n');
  tsv.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const source = `sentences.tsv:${i + 1}`;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`${source}: expected "<rule ids>\\t<text>"`);
    const text = line.slice(tab + 1).replace(/\\n/g, '\n');
    cases.push({ source, text, expected: parseIds(line.slice(0, tab), source, known) });
  });
  const docsDir = join(fixturesDir, 'docs');
  for (const name of readdirSync(docsDir).filter((n) => n.endsWith('.md')).sort()) {
    const source = `docs/${name}`;
    const text = readFileSync(join(docsDir, name), 'utf8');
    const m = /<!--\s*expect:\s*([^>]*?)\s*-->/.exec(text);
    if (!m) throw new Error(`${source}: missing <!-- expect: rule, rule --> comment`);
    cases.push({ source, text, expected: parseIds(m[1]!, source, known) });
  }
  return cases;
}

/** The set of rule ids with at least one finding in `text`. */
export function firedRules(text: string, config: LecternConfig = evaluationConfig()): Set<string> {
  return new Set(lintText(text, config, providers).findings.map((f) => f.rule));
}

export function evaluate(cases: readonly LabelledCase[]): Evaluation {
  const config = evaluationConfig();
  const ids = rules.map((r) => r.id);
  const counts = new Map(ids.map((id) => [id, { support: 0, tp: 0, fp: 0, fn: 0 }]));
  const mistakes: Mistake[] = [];
  for (const c of cases) {
    const fired = firedRules(c.text, config);
    const missing: string[] = [];
    const extra: string[] = [];
    for (const id of ids) {
      const k = counts.get(id)!;
      const want = c.expected.has(id);
      const got = fired.has(id);
      if (want) k.support++;
      if (want && got) k.tp++;
      else if (got) { k.fp++; extra.push(id); }
      else if (want) { k.fn++; missing.push(id); }
    }
    if (missing.length || extra.length) mistakes.push({ source: c.source, text: c.text, missing, extra });
  }
  const perRule: RuleScore[] = ids.map((rule) => {
    const k = counts.get(rule)!;
    return {
      rule,
      ...k,
      precision: k.tp + k.fp === 0 ? null : k.tp / (k.tp + k.fp),
      recall: k.support === 0 ? null : k.tp / k.support,
    };
  });
  const tp = perRule.reduce((s, r) => s + r.tp, 0);
  const fp = perRule.reduce((s, r) => s + r.fp, 0);
  const fn = perRule.reduce((s, r) => s + r.fn, 0);
  return {
    cases: cases.length,
    sentences: cases.filter((c) => c.source.startsWith('sentences')).length,
    documents: cases.filter((c) => c.source.startsWith('docs/')).length,
    perRule,
    overall: { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) },
    mistakes,
  };
}

function pct(x: number | null): string {
  return x === null ? '—' : x.toFixed(2);
}

/** A Markdown table (readable in a terminal and pasteable into the README). */
export function formatEvaluation(e: Evaluation, withMistakes = true): string {
  const lines = [
    `Labelled set: ${e.cases} cases (${e.sentences} sentences, ${e.documents} documents)`,
    '',
    '| rule | expected | TP | FP | FN | precision | recall |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...e.perRule.map((r) => `| ${r.rule} | ${r.support} | ${r.tp} | ${r.fp} | ${r.fn} | ${pct(r.precision)} | ${pct(r.recall)} |`),
    `| **overall** | ${e.overall.tp + e.overall.fn} | ${e.overall.tp} | ${e.overall.fp} | ${e.overall.fn} | ${pct(e.overall.precision)} | ${pct(e.overall.recall)} |`,
  ];
  if (withMistakes && e.mistakes.length) {
    lines.push('', `Disagreements (${e.mistakes.length}):`);
    for (const m of e.mistakes) {
      const what = [m.missing.length ? `missed ${m.missing.join(', ')}` : '', m.extra.length ? `extra ${m.extra.join(', ')}` : '']
        .filter(Boolean).join('; ');
      const shown = m.text.length > 100 ? `${m.text.slice(0, 97).replace(/\n/g, ' ')}…` : m.text.replace(/\n/g, ' ');
      lines.push(`- ${m.source}: ${what} — ${shown}`);
    }
  }
  return lines.join('\n');
}
