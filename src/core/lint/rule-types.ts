/**
 * The shape of a rule and of what a rule sees. Rules are pure: they read a prose block (a masked copy of the source
 * in which every non-prose character is a space, so offsets map 1:1 to the source) and return findings as data.
 */
import type { MessageData, Severity, SeveritySetting, TextEdit } from './types';
import type { TextRange } from '../text';
import type { LecternConfig } from '../config-types';
import type { LintProviders } from './providers';

/** A word as the tokenizer found it. Offsets are relative to the block's text. */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower case, with a typographic apostrophe (’) folded to '. */
  lower: string;
  /** A Han, kana or Hangul character (each one is its own word). English rules skip these. */
  cjk: boolean;
}

export interface Sentence {
  /** Offset of the first non-space character, relative to the block. */
  start: number;
  /** Exclusive end, after the closing punctuation when there is one. */
  end: number;
  /** Index of the first word in `BlockContext.words`, and how many words the sentence has. */
  firstWord: number;
  wordCount: number;
  /** English words only (CJK characters excluded). */
  latinWords: number;
  /**
   * Routing by script: true when at least half of the sentence's letters are CJK characters (each Latin letter counts
   * one). English sentence rules skip it; the Chinese clarity rules take it.
   */
  cjk: boolean;
}

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'table-cell';

/** What a block or sentence rule sees. */
export interface BlockContext {
  kind: BlockKind;
  /** Masked copy of the block's source: same length, non-prose replaced by spaces (line breaks kept). */
  text: string;
  /**
   * The block's source, same length and offsets: where `text` has a space that `source` does not, the space is markup
   * (`**`, `[`, `](`), not a space a reader sees.
   */
  source: string;
  words: readonly Word[];
  sentences: readonly Sentence[];
  /** Lower-cased words and phrases from the config's `allow` list. */
  allow: ReadonlySet<string>;
  /** The costly engines the host handed to this Linter (see providers.ts). */
  providers: LintProviders;
  /**
   * Scratch space of the word-list kinds (kinds.ts): per word, a bit for each word-list table that has a phrase
   * starting with it (0: none), computed once per block. It lives on the block, not in a module-level WeakMap: a WeakMap keyed by thousands of short-lived blocks
   * per lint made V8 keep and promote them, and doubled peak memory. Rules never read it.
   */
  phraseStarts?: Int32Array;
  /** Scratch space of the word-list kinds: the indexes of the words whose `phraseStarts` entry is not 0, ascending. */
  phraseWords?: Int32Array;
  /**
   * The engine's SentenceContext of each sentence (the ones every sentence rule gets), for the document rules that
   * judge sentences (share.ts) and the metrics: one context per sentence instead of one per user. Rules never read it.
   */
  sentenceContexts?: readonly SentenceContext[];
  /** Scratch space of syllables.ts (blockSyllables): the block's English syllables, once counted. Rules never read it. */
  syllables?: number;
  /**
   * Scratch space of zh.ts (`hasWideText`): whether the text has a character the Chinese typography rules look for
   * (U+3000 and up, or …), once tested. Rules never read it.
   */
  wide?: boolean;
}

export interface SentenceContext {
  block: BlockContext;
  sentence: Sentence;
  /** The sentence's words (a slice of block.words). */
  words: readonly Word[];
  /**
   * Scratch space of passive-voice.ts (`passivesOf`): the sentence's passive constructions, found once for the rule and
   * the metrics. Rules never read it.
   */
  passives?: ReadonlyArray<readonly [number, number]>;
}

/** A fix as a rule returns it: the title is a message id of the rule's catalog; the engine renders it. */
export interface RuleFix {
  titleId: string;
  data?: MessageData;
  edits: TextEdit[];
}

/**
 * A finding as a rule returns it: a message id of the rule's catalog (messages/en.ts, messages/zh-cn.ts) with its
 * placeholder values. The engine adds the rule id, the configured severity and the English rendering.
 */
export interface RuleFinding {
  messageId: string;
  data?: MessageData;
  range: TextRange;
  fix?: RuleFix;
  suggestions?: RuleFix[];
  /**
   * Shown as `hint` whatever the rule's severity: the detail behind a share-based document finding (each passive
   * sentence of a post that is over its passive share), reachable without adding to the Problems panel.
   */
  hint?: boolean;
  /**
   * Shown one severity below the rule's (warning → info, info → hint): the lower tier of a rule with two thresholds
   * (zh-sentence-length: over 60 is info, over 100 the rule's severity).
   */
  minor?: boolean;
}

export type RuleOptions = Record<string, unknown>;

/** What a rule tells the world about itself (docs, hover, schema, README table, code actions). */
export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: SeveritySetting;
  fixable: boolean;
  /** Option name → default value. Also the source of the config schema (the type of each default). */
  options: RuleOptions;
  /**
   * What the `lectern:strict` preset changes: the severity and options the rule had before the calm defaults (every
   * rule on, every sentence judged). Absent: strict is the default. `calm` says, for the docs, why the default is calm.
   */
  strict?: { severity?: SeveritySetting; options?: RuleOptions; calm?: string };
  /** String options that take one of a few words: option name → the allowed values (config check and schema enum). */
  optionChoices?: Readonly<Record<string, readonly string[]>>;
  /** Why the rule exists, for the hover and the docs. */
  why: string;
  /** A bad → good example for the hover. */
  example: { bad: string; good: string };
  /** Details for docs/rules.md (Markdown): conventions, what is not flagged, how the range is chosen. */
  notes?: string;
  /**
   * The rule honours the config's `allow` list, so "Add '<word>' to the allow list" is a fix for its findings (the
   * word-list rules, undefined-acronym, inclusive-language). Absent: false.
   */
  allowListable?: boolean;
}

interface RuleBase<O extends RuleOptions> extends RuleMeta {
  options: O;
  strict?: { severity?: SeveritySetting; options?: Partial<O>; calm?: string };
  /**
   * Run by one generic unit test: every notOk text must give ≥1 finding of this rule, every ok text none; under
   * `config` (a .lectern/config.json text) when the rule needs one (house terms).
   */
  examples: { ok: string[]; notOk: string[]; config?: string };
  /**
   * Options that come from a top-level section of the configuration rather than from "rules" (the `term` rule's list
   * of house terms); not settable under "rules", not in the schema's rule options.
   */
  fromConfig?: (config: LecternConfig | undefined) => Partial<O>;
  /** Word-list rules: the table, listed in docs/rules.md. */
  entries?: ReadonlyArray<{ match: string[]; replace?: string[] }>;
  /**
   * Why the rule cannot run in this host, when a costly engine it needs was not provided (see providers.ts);
   * undefined when it can. The engine reports the reason as a host notice instead of silently finding nothing.
   */
  unavailable?: (providers: LintProviders) => string | undefined;
}

/** Runs once per sentence. Ranges are relative to the block. */
export interface SentenceRule<O extends RuleOptions = RuleOptions> extends RuleBase<O> {
  scope: 'sentence';
  check(ctx: SentenceContext, options: O): RuleFinding[];
}

/** Runs once per prose block. Ranges are relative to the block. */
export interface BlockRule<O extends RuleOptions = RuleOptions> extends RuleBase<O> {
  scope: 'block';
  check(ctx: BlockContext, options: O): RuleFinding[];
}

/** One prose block as a document rule sees it in `finish`. */
export interface DocumentItem<F> {
  /** Absolute offset of the block in the document. */
  start: number;
  kind: BlockKind;
  facts: F;
}

/**
 * A rule that needs the whole document (counts, first definitions, distances). `collect` runs per block and is
 * cached with the block, so after an edit only changed blocks are collected again; `finish` must be cheap
 * (linear in the number of blocks). `finish` returns ABSOLUTE ranges.
 */
export interface DocumentRule<O extends RuleOptions = RuleOptions, F = unknown> extends RuleBase<O> {
  scope: 'document';
  collect(ctx: BlockContext, options: O): F;
  finish(items: readonly DocumentItem<F>[], options: O): RuleFinding[];
}

/** The registry's element type: options and facts are erased so rules of every shape fit in one array. */
export type AnyRule = SentenceRule<RuleOptions> | BlockRule<RuleOptions> | DocumentRule<RuleOptions, unknown>;

/** Identity helpers that keep a rule's option type while letting it go into the registry. */
export function sentenceRule<O extends RuleOptions>(rule: SentenceRule<O>): AnyRule {
  return rule as unknown as AnyRule;
}
export function blockRule<O extends RuleOptions>(rule: BlockRule<O>): AnyRule {
  return rule as unknown as AnyRule;
}
export function documentRule<O extends RuleOptions, F>(rule: DocumentRule<O, F>): AnyRule {
  return rule as unknown as AnyRule;
}

export type { Severity };
