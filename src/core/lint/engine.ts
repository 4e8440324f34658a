/**
 * The lint pipeline: front matter out → chunks (chunks.ts) → markdown-it prose blocks (blocks.ts) → tokens
 * (tokenize.ts) → sentence and block rules, cached per chunk text → document rules over cached per-block facts →
 * suppression → findings sorted by offset. `lintText` and `Linter` run exactly the same code; the Linter only keeps
 * the per-chunk cache between calls.
 */
import type { LecternConfig } from '../config-types';
import type { FileProblem } from '../problems';
import { findFrontMatter } from '../frontmatter';
import { parseChunk, type RawComment } from './blocks';
import { chunkStarts } from './chunks';
import type { AnyRule, BlockContext, BlockKind, DocumentItem, RuleFinding, RuleFix, RuleOptions, SentenceContext } from './rule-types';
import { allRules } from './rules/index';
import { applySuppression, frontMatterDisables, readDirectives } from './suppress';
import { tokenize } from './tokenize';
import { NO_PROVIDERS, type LintProviders } from './providers';
import { addStats, blockStats, emptyStats, metricsFromStats, type BlockStats, type DocumentMetrics, type MetricsOptions } from './metrics';
import type { Finding, Fix, Severity, TextEdit } from './types';
import { renderMessage } from './messages/index';

/**
 * Something the host should know about the run itself, not about the text: a rule that is on but could not run in
 * this host (e.g. retext-equality was not provided). Not a finding and not a problem of the file, so the adapters
 * show it apart from both (the CLI on stderr, the extension in its log).
 */
export interface HostNotice {
  rule: string;
  message: string;
}

export interface LintResult {
  /** Sorted by offset; ranges are UTF-16 offsets into the linted text. */
  findings: Finding[];
  /** Problems with the in-file configuration (e.g. an unknown rule in a disable comment). */
  problems: FileProblem[];
  notices: HostNotice[];
}

/**
 * How long one lint of one document may spend in its rules (10 s by default, 2 s in the editor). The budget is
 * checked between rule calls (every block, and
 * every sentence of a block's sentence rules) and between chunks: when it runs out, the rest of the document gets no
 * rule findings (and is not parsed or tokenized, so its words are not counted in the metrics), document rules are not finished,
 * and the result carries one located problem (`budgetProblem`) where checking stopped. Parsing a chunk (markdown-it)
 * is not interrupted: one chunk is parsed whole. A document of ordinary prose at the
 * size limit (2 MB) lints in about 0.3 s; the budget is for what a hostile or machine-made file can do (a 1 MB table
 * is 100,000 blocks, one 200,000-word sentence feeds every sentence rule at once).
 */
export interface LintBudget {
  /** Milliseconds per `lint` call; Infinity for none. */
  ms: number;
  /** The clock (tests pass a fake one). */
  now: () => number;
  /**
   * When this call is one slice of a longer lint (the editor lints a large document in slices and yields between
   * them): the whole budget, which the located notice names. Default: `ms`.
   */
  of?: number;
}

/**
 * A wall-clock budget depends on the machine: on a loaded one an ordinary document takes longer, and a budget it meets
 * makes its findings depend on the load. So the default (CLI, workers, tests) is a generous 10 s that only a hostile
 * document reaches; the editor, where a long lint freezes typing, passes 2 s (EDITOR_LINT_BUDGET_MS) and completes a
 * cut-short document on the next edits.
 */
export const DEFAULT_LINT_BUDGET_MS = 10_000;
export const EDITOR_LINT_BUDGET_MS = 2000;
export const DEFAULT_LINT_BUDGET: LintBudget = { ms: DEFAULT_LINT_BUDGET_MS, now: () => Date.now() };

/** The budget of one lint call. `expired()` reads the clock only every 16th call: it sits in the per-sentence loop. */
class Deadline {
  private readonly at: number;
  private calls = 0;
  /** Offset (absolute) of the first block whose rules did not all run, once the budget ran out. */
  stoppedAt: number | undefined;
  constructor(private readonly budget: LintBudget) {
    this.at = Number.isFinite(budget.ms) ? budget.now() + budget.ms : Infinity;
  }
  get exceeded(): boolean {
    return this.stoppedAt !== undefined;
  }
  /** True once the budget is spent (stays true). `offset`: where the caller is, remembered as the stopping point. */
  expired(offset: number): boolean {
    if (this.stoppedAt !== undefined) return true;
    if (this.at === Infinity || (++this.calls & 15) !== 0) return false;
    if (this.budget.now() <= this.at) return false;
    this.stoppedAt = offset;
    return true;
  }
}

/** The located notice of a lint that ran out of budget: at the start of the line where checking stopped. */
function budgetProblem(text: string, at: number, ms: number): FileProblem {
  let end = at;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  // Never end between the halves of a surrogate pair, never run past a huge line.
  end = Math.min(end, at + 200);
  if (end > at && end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
  return {
    severity: 'warning',
    range: { start: at, end },
    message: `Lectern stopped checking this document here: its rules took longer than ${ms} ms (the per-document time budget). Findings from here on are not shown; split the document or check it with fewer rules.`,
  };
}

interface ActiveRule {
  rule: AnyRule;
  severity: Severity;
  options: RuleOptions;
}

interface CachedBlock {
  /** Relative to the chunk. */
  start: number;
  kind: BlockKind;
  /** Per active sentence/block rule (same order as `Resolved.local`): findings relative to the block. */
  findings: RuleFinding[][];
  /** Per active document rule: what `collect` returned. */
  facts: unknown[];
  stats: BlockStats;
}

interface CachedChunk {
  /** The chunk's text (the cache key; V8 keeps its hash, so re-inserting it is cheap). */
  key: string;
  open: boolean;
  /** The budget ran out inside (or before) this chunk: some rules did not run. Never cached, never reused. */
  partial?: true;
  /** Sum of the blocks' stats. */
  stats: BlockStats;
  blocks: CachedBlock[];
  comments: RawComment[];
}

interface Resolved {
  local: ActiveRule[];
  document: ActiveRule[];
  allow: ReadonlySet<string>;
  metrics: MetricsOptions;
}

const knownIds = new Set(allRules.map((r) => r.id));

/** Severity and options of every rule under a config (missing entries use the rule's defaults). */
export function resolveRules(config?: LecternConfig): Resolved {
  const local: ActiveRule[] = [];
  const document: ActiveRule[] = [];
  for (const rule of allRules) {
    const setting = config?.rules[rule.id];
    const severity = setting?.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    const options = { ...rule.options, ...(setting?.options ?? {}), ...(rule.fromConfig?.(config) ?? {}) };
    (rule.scope === 'document' ? document : local).push({ rule, severity, options });
  }
  const allow = new Set((config?.allow ?? []).map((w) => w.toLowerCase().replace(/\u2019/g, "'").trim()));
  return { local, document, allow, metrics: resolveMetrics(config) };
}

/** The metrics' thresholds: the rules' resolved options, whether the rules are on or off (see MetricsOptions). */
export function resolveMetrics(config?: LecternConfig): MetricsOptions {
  return {
    longSentenceWords: numberOption(config, 'long-sentence', 'max'),
    longParagraphWords: numberOption(config, 'long-paragraph', 'max'),
    longChineseSentence: numberOption(config, 'zh-sentence-length', 'info'),
  };
}

function numberOption(config: LecternConfig | undefined, ruleId: string, name: string): number {
  const configured = config?.rules[ruleId]?.options[name];
  if (typeof configured === 'number') return configured;
  const fallback = allRules.find((r) => r.id === ruleId)?.options[name];
  if (typeof fallback !== 'number') throw new Error(`metrics: rule ${ruleId} has no numeric option ${name}`);
  return fallback;
}

/** Keeps a per-chunk cache: after an edit only changed blocks are linted again, with the same result as lintText. */
export class Linter {
  private readonly resolved: Resolved;
  private cache = new Map<string, CachedChunk>();
  private stats: BlockStats = emptyStats();
  /** How many chunks the last `lint` call had to parse and lint (the rest came from the cache). For tests. */
  parsedChunks = 0;
  /** How many chunks the last `lint` call linted to the end and cached: its progress when it ran out of budget. */
  finishedChunks = 0;
  /** Where the last `lint` call stopped because its budget ran out (see budgetProblem); undefined when it finished. */
  stoppedAt: number | undefined;
  /** The last text and its chunk groups, to reuse chunks outside the edited span without even hashing them. */
  private prevText = '';
  private prevGroups = objectList<Group>();
  /** The previous call's document-rule items and comments (absolute), reused for chunks that did not move. */
  private prevItems = objectList<DocumentItem<unknown>[]>();
  private prevComments = objectList<RawComment>();

  /**
   * `providers`: the costly engines some rules need (see providers.ts). `rulesOff` runs no rule at all (metrics only).
   * `budget`: how long one `lint` call may spend in rules (see LintBudget).
   */
  constructor(config?: LecternConfig, private readonly providers: LintProviders = NO_PROVIDERS, rulesOff = false,
    private readonly budget: LintBudget = DEFAULT_LINT_BUDGET) {
    this.resolved = rulesOff ? { local: [], document: [], allow: new Set(), metrics: resolveMetrics(config) } : resolveRules(config);
  }

  /** Metrics of the text given to the last `lint` call (from the per-block cache: no extra parse). */
  metrics(): DocumentMetrics {
    return metricsFromStats(this.stats);
  }

  /**
   * Lints `text` (the whole document). `budget`: this call's, instead of the constructor's. A call that runs out of
   * budget is resumable: the next call with the same text lints only the chunks this one did not finish.
   */
  lint(text: string, budget: LintBudget = this.budget): LintResult {
    const problems: FileProblem[] = [];
    const fm = findFrontMatter(text);
    const next = new Map<string, CachedChunk>();
    const deadline = new Deadline(budget);
    this.parsedChunks = 0;
    this.finishedChunks = 0;
    let base = 0;
    const lookup = (key: string): CachedChunk => {
      let entry = next.get(key) ?? this.cache.get(key);
      if (!entry && deadline.exceeded) {
        // Past the budget a chunk is not even parsed (the next call lints it): a slice of a sliced lint then costs
        // its budget, not a parse of the rest of the document.
        entry = { key, open: false, partial: true, stats: emptyStats(), blocks: [], comments: [] };
      } else if (!entry) {
        entry = lintChunk(detach(key), this.resolved, this.providers, deadline, base);
        this.parsedChunks++;
        if (!entry.partial && !entry.open) this.finishedChunks++;
      }
      next.set(entry.key, entry);
      return entry;
    };
    const findings = objectList<Finding>();
    const comments = objectList<RawComment>();
    const docItems = objectList<DocumentItem<unknown>[]>();
    for (let r = 0; r < this.resolved.document.length; r++) docItems.push(objectList<DocumentItem<unknown>>());
    const stats = emptyStats();
    // An unclosed front matter block runs to the end: nothing in it is prose.
    const from = fm ? (fm.closed ? fm.range.end : text.length) : text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const starts = from < text.length ? chunkStarts(text, from) : [];
    // The edited span: text[p, text.length - q) replaced prev[p, prev.length - q). Chunks wholly outside it are the
    // same text as a chunk of the previous call, found by position.
    const prev = this.prevText;
    const p = commonPrefix(prev, text);
    const q = commonSuffix(prev, text, Math.min(prev.length, text.length) - p);
    const delta = text.length - prev.length;
    const suffixStart = text.length - q;
    const prevGroups = this.prevGroups;
    let g = 0;
    const groups = objectList<Group>();
    let i = 0;
    while (i < starts.length) {
      base = starts[i]!;
      let j = i + 1;
      let end = j < starts.length ? starts[j]! : text.length;
      let entry: CachedChunk | undefined;
      if (end <= p || base >= suffixStart) {
        const shift = base >= suffixStart ? delta : 0;
        while (g < prevGroups.length && prevGroups[g]!.start < base - shift) g++;
        const old = prevGroups[g];
        if (old && old.start === base - shift && old.end === end - shift && !old.entry.partial) {
          entry = old.entry;
          next.set(entry.key, entry);
        }
      }
      if (!entry) {
        entry = lookup(text.slice(base, end));
        while (entry.open && j < starts.length) {
          j++;
          end = j < starts.length ? starts[j]! : text.length;
          entry = lookup(text.slice(base, end));
        }
      }
      // Absolute findings of the chunk: the previous call's objects when the chunk did not move, shifted copies when
      // it moved, built from the cached block findings when it is new.
      const old = prevGroups[g];
      let local: Finding[];
      if (old && old.entry === entry && old.start === base) local = old.findings;
      else if (old && old.entry === entry) local = shiftFindings(old.findings, base - old.start);
      else local = chunkFindings(entry, base, this.resolved.local);
      const item = docItems.length > 0 ? docItems[0]!.length : 0;
      const comment = comments.length;
      const unmoved = old !== undefined && old.entry === entry && old.start === base;
      // The previous call's group (and below its comment and item objects) when the chunk did not move, which is
      // every chunk before an edit: re-linting after a keystroke then allocates, and later collects, less.
      groups.push(unmoved && old.item === item && old.comment === comment ? old
        : { start: base, end, entry, findings: local, item, comment });
      for (let k = 0; k < local.length; k++) findings.push(local[k]!);
      addStats(stats, entry.stats);
      if (unmoved) {
        for (let k = 0; k < entry.comments.length; k++) comments.push(this.prevComments[old.comment + k]!);
        for (let r = 0; r < docItems.length; r++) {
          const from = this.prevItems[r]!;
          const into = docItems[r]!;
          for (let k = 0; k < entry.blocks.length; k++) into.push(from[old.item + k]!);
        }
      } else {
        for (const c of entry.comments) comments.push({ start: base + c.start, end: base + c.end, body: c.body });
        if (docItems.length > 0) {
          for (const block of entry.blocks) {
            const at = base + block.start;
            for (let r = 0; r < block.facts.length; r++) docItems[r]!.push({ start: at, kind: block.kind, facts: block.facts[r] });
          }
        }
      }
      i = j;
    }
    // Chunks the budget cut short are linted again next time (with the finished ones from the cache, so a document
    // that ran out of budget is completed by the next calls instead of starting over).
    if (deadline.exceeded) for (const [key, entry] of next) if (entry.partial) next.delete(key);
    this.prevText = text;
    this.prevGroups = groups;
    this.prevItems = docItems;
    this.prevComments = comments;
    this.cache = next;
    this.stats = stats;
    for (let r = 0; r < this.resolved.document.length; r++) {
      const active = this.resolved.document[r]!;
      if (active.rule.scope !== 'document') continue;
      // A document rule sees every block or none: with the budget spent it is not finished at all.
      if (deadline.expired(text.length)) break;
      for (const f of active.rule.finish(docItems[r]!, active.options)) findings.push(toFinding(f, 0, active));
    }
    this.stoppedAt = deadline.stoppedAt;
    if (deadline.stoppedAt !== undefined) problems.push(budgetProblem(text, deadline.stoppedAt, budget.of ?? budget.ms));
    findings.sort(byRange);
    const notices: HostNotice[] = [];
    for (const active of this.resolved.local.concat(this.resolved.document)) {
      const reason = active.rule.unavailable?.(this.providers);
      if (reason) notices.push({ rule: active.rule.id, message: reason });
    }
    const directives = readDirectives(comments, knownIds, problems);
    const fileDisabled = frontMatterDisables(text, fm, knownIds, problems);
    return { findings: applySuppression(text, findings, directives, fileDisabled), problems, notices };
  }
}

/** Lints a whole Markdown text. */
export function lintText(text: string, config?: LecternConfig, providers?: LintProviders, budget?: LintBudget): LintResult {
  return new Linter(config, providers, false, budget).lint(text);
}

/**
 * The metrics of a text under a config, without running any rule. Hosts that lint a document take the metrics from
 * its own incremental Linter (`Linter.metrics()`); this is for texts that are not being linted.
 */
export function computeMetrics(text: string, config?: LecternConfig): DocumentMetrics {
  const linter = new Linter(config, NO_PROVIDERS, true);
  linter.lint(text);
  return linter.metrics();
}

/**
 * A copy of `s` that does not keep its parent string alive. V8 makes a slice of a long string a view into it, so a
 * cached chunk key would otherwise pin a whole old version of the document in memory.
 */
function detach(s: string): string {
  return (s + ' ').slice(0, -1);
}

const NO_TOKENS: ReturnType<typeof tokenize> = Object.freeze({ words: Object.freeze([]), sentences: Object.freeze([]) }) as unknown as ReturnType<typeof tokenize>;

function lintChunk(chunk: string, resolved: Resolved, providers: LintProviders, deadline: Deadline, base: number): CachedChunk {
  const parsed = parseChunk(chunk);
  if (parsed.open) return { key: chunk, open: true, stats: emptyStats(), blocks: [], comments: [] };
  let partial = deadline.exceeded;
  const blocks: CachedBlock[] = parsed.blocks.map((raw) => {
    // Once the budget is spent the remaining blocks are not even tokenized (their words are not counted either).
    const { words, sentences } = deadline.exceeded ? NO_TOKENS : tokenize(raw.text);
    const ctx: BlockContext = { kind: raw.kind, text: raw.text, source: raw.source, words, sentences, allow: resolved.allow, providers, phraseStarts: undefined, phraseWords: undefined, sentenceContexts: undefined, syllables: undefined, wide: undefined };
    const sentenceCtxs = sentenceContexts(ctx);
    ctx.sentenceContexts = sentenceCtxs;
    const at = base + raw.start;
    const findings = resolved.local.map((active) => (deadline.expired(at) ? NO_FINDINGS : runLocal(active, ctx, sentenceCtxs, deadline, at)));
    const facts = resolved.document.map((active) =>
      active.rule.scope === 'document' && !deadline.expired(at) ? active.rule.collect(ctx, active.options) : undefined);
    if (deadline.exceeded) partial = true;
    return { start: raw.start, kind: raw.kind, findings, facts, stats: blockStats(ctx, resolved.metrics) };
  });
  const stats = emptyStats();
  for (const b of blocks) addStats(stats, b.stats);
  return partial ? { key: chunk, open: false, partial: true, stats, blocks, comments: parsed.comments }
    : { key: chunk, open: false, stats, blocks, comments: parsed.comments };
}

interface Group {
  start: number;
  end: number;
  entry: CachedChunk;
  /** The chunk's sentence and block rule findings at `start`, sorted. */
  findings: Finding[];
  /** Where the chunk's first document-rule item (per rule list) and first comment are in that call's lists. */
  item: number;
  comment: number;
}

function chunkFindings(entry: CachedChunk, base: number, local: readonly ActiveRule[]): Finding[] {
  const out = objectList<Finding>();
  for (const block of entry.blocks) {
    const at = base + block.start;
    for (let r = 0; r < block.findings.length; r++) {
      const list = block.findings[r]!;
      if (list.length === 0) continue;
      const active = local[r]!;
      for (const f of list) out.push(toFinding(f, at, active));
    }
  }
  return out.sort(byRange);
}

/**
 * An empty array in V8's elements kind for objects. A literal `[]` starts as a small-integer array and changes kind on
 * its first object, and `map` makes holey arrays: the lists the lint loop reads then had three kinds, and each kind
 * the optimised loop had not seen yet threw it away (deoptimised) while re-linting. Recompiling the loop took 30-70 ms
 * on a background thread each time, during which edits were linted by unoptimised code: that was the p95 of
 * re-linting. All lists the loop reads are made here or by `push` into one made here.
 */
function objectList<T>(): T[] {
  const list: unknown[] = [undefined];
  list.pop();
  return list as T[];
}

function shiftFindings(list: readonly Finding[], delta: number): Finding[] {
  const out = objectList<Finding>();
  for (let k = 0; k < list.length; k++) out.push(shiftFinding(list[k]!, delta));
  return out;
}

function shiftFinding(f: Finding, delta: number): Finding {
  const out: Finding = { rule: f.rule, severity: f.severity, messageId: f.messageId, data: f.data, message: f.message, range: { start: f.range.start + delta, end: f.range.end + delta } };
  if (f.fix) out.fix = shiftFix(f.fix, delta);
  if (f.suggestions) out.suggestions = shiftFixes(f.suggestions, delta);
  return out;
}

/** Length of the common prefix, compared a block at a time (native string equality) before the last block. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  const step = 1024;
  while (i + step <= max && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let k = 0;
  const step = 1024;
  while (k + step <= max && a.slice(a.length - k - step, a.length - k) === b.slice(b.length - k - step, b.length - k)) k += step;
  while (k < max && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}

/**
 * What a block keeps for a rule that found nothing (most rules in most blocks): one shared, frozen empty list instead
 * of a fresh array each, which was a quarter of what a 10k-word draft's cache holds while it is being linted.
 */
const NO_FINDINGS = Object.freeze([]) as unknown as RuleFinding[];

function runLocal(active: ActiveRule, ctx: BlockContext, sentences: readonly SentenceContext[], deadline: Deadline, at: number): RuleFinding[] {
  const rule = active.rule;
  if (rule.scope === 'block') {
    const found = rule.check(ctx, active.options);
    return found.length > 0 ? found : NO_FINDINGS;
  }
  if (rule.scope !== 'sentence') return NO_FINDINGS;
  let out: RuleFinding[] | undefined;
  for (const sctx of sentences) {
    if (deadline.expired(at + sctx.sentence.start)) break;
    const found = rule.check(sctx, active.options);
    if (found.length) (out ??= []).push(...found);
  }
  return out ?? NO_FINDINGS;
}

/**
 * One SentenceContext per sentence, built once per block and shared by every sentence rule. (Built by lintChunk and
 * passed down, not cached in a WeakMap keyed by the block: see BlockContext.phraseStarts for why.)
 */
function sentenceContexts(ctx: BlockContext): SentenceContext[] {
  return ctx.sentences.map((sentence) => ({ block: ctx, sentence, words: ctx.words.slice(sentence.firstWord, sentence.firstWord + sentence.wordCount), passives: undefined }));
}

const NO_DATA: Finding['data'] = Object.freeze({});

/** One severity down, for a rule's lower tier (RuleFinding.minor). */
const LOWER: Readonly<Record<Severity, Severity>> = { error: 'warning', warning: 'info', info: 'hint', hint: 'hint' };

/** A rule's finding as the world sees it: absolute range, rule id, severity, and the message rendered in English. */
function toFinding(f: RuleFinding, delta: number, active: ActiveRule): Finding {
  const id = active.rule.id;
  const data = f.data ?? NO_DATA;
  const finding: Finding = {
    rule: id,
    severity: f.hint ? 'hint' : f.minor ? LOWER[active.severity] : active.severity,
    messageId: f.messageId,
    data,
    message: renderMessage('en', id, f.messageId, data),
    range: { start: f.range.start + delta, end: f.range.end + delta },
  };
  if (f.fix) finding.fix = toFix(f.fix, delta, id);
  if (f.suggestions && f.suggestions.length) {
    const list = objectList<Fix>();
    for (const s of f.suggestions) list.push(toFix(s, delta, id));
    finding.suggestions = list;
  }
  return finding;
}

function toFix(fix: RuleFix, delta: number, ruleId: string): Fix {
  const data = fix.data ?? NO_DATA;
  return shiftFix({ title: renderMessage('en', ruleId, fix.titleId, data), titleId: fix.titleId, data, edits: fix.edits }, delta);
}

function shiftFix(fix: Fix, delta: number): Fix {
  if (delta === 0) return fix;
  const edits = objectList<TextEdit>();
  for (let k = 0; k < fix.edits.length; k++) {
    const e = fix.edits[k]!;
    edits.push({ range: { start: e.range.start + delta, end: e.range.end + delta }, newText: e.newText });
  }
  const out: Fix = { title: fix.title, edits };
  if (fix.titleId !== undefined) { out.titleId = fix.titleId; out.data = fix.data; }
  return out;
}

function shiftFixes(fixes: readonly Fix[], delta: number): Fix[] {
  const out = objectList<Fix>();
  for (let k = 0; k < fixes.length; k++) out.push(shiftFix(fixes[k]!, delta));
  return out;
}

function byRange(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
