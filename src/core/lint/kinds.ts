/**
 * The two generic kinds behind the word-list rules (data in ./data, rules in ./rules/wordlist-*.ts):
 * - EXISTENCE: the phrase itself is the problem (weasel words, hedges, clichés, condescending words); optionally the
 *   fix deletes it and tidies the spaces.
 * - SUBSTITUTION: the phrase has a better alternative; the first replacement is the fix when the entry is safe, the
 *   rest are suggestions. Replacements keep the capitalisation of what they replace (Utilize → Use, API → …).
 * Matching is on whole words, case-insensitive, across any run of whitespace inside one sentence (markup such as
 * `**` is already blanked, so "in **order** to" matches "in order to"). The longest phrase wins at each position.
 */
import type { ExistenceEntry, SubstitutionEntry } from './data/types';
import { sentenceRule, type AnyRule, type RuleFinding, type RuleFix, type SentenceContext, type Word } from './rule-types';
import type { MessageData, SeveritySetting } from './types';
import { firstPhraseWord, phraseWords } from './tokenize';

interface Compiled<E> {
  words: string[];
  /** `words` joined by single spaces: what a match folds to (lower case, one space between words). */
  phrase: string;
  entry: E;
  /** Exception phrases, with where the match sits inside each. */
  except: Array<{ words: string[]; offset: number }>;
}

/**
 * A table's phrases by first word (lower case), longest first. A first word's phrases are compiled (tokenized, their
 * exceptions placed) the first time a text has that word: a CLI run that lints one post compiled all ~1,750 phrases of
 * the built-in tables before, ~10 ms of its start-up in the interpreter; now it reads each phrase's first word only.
 * `get` also takes the next word of the sentence (undefined at its end) and returns only the phrases that can match
 * there: the one-word phrases and those whose second word it is, in the same order. "the", "a" and "in" open dozens of
 * phrases each, and comparing every one of them at every "the" was most of the word-list rules' time.
 */
export interface Matcher<E> {
  get(firstWord: string, nextWord: string | undefined): readonly Compiled<E>[] | undefined;
}

/** The compiled phrases of one first word: the one-word ones, and by second word the ones that can match before it. */
interface FirstWord<E> {
  single: readonly Compiled<E>[];
  bySecond: ReadonlyMap<string, readonly Compiled<E>[]>;
}

class LazyMatcher<E extends { match: string[]; except?: string[] }> implements Matcher<E> {
  private readonly compiled = new Map<string, FirstWord<E>>();
  /** First word → the phrases (and their entries) starting with it, in table order, not compiled yet. */
  readonly pending = new Map<string, Array<{ entry: E; phrase: string }>>();

  get(firstWord: string, nextWord: string | undefined): readonly Compiled<E>[] | undefined {
    let done = this.compiled.get(firstWord);
    if (done === undefined) {
      const raw = this.pending.get(firstWord);
      if (raw === undefined) return undefined;
      this.pending.delete(firstWord);
      done = compileFirstWord(raw);
      this.compiled.set(firstWord, done);
    }
    if (nextWord === undefined) return done.single;
    return done.bySecond.get(nextWord) ?? done.single;
  }
}

/**
 * One first word's phrases, longest first (table order among equals). Each list `get` returns is this list without
 * the phrases that cannot match, so the first phrase that matches is the same one.
 */
function compileFirstWord<E extends { match: string[]; except?: string[] }>(raw: ReadonlyArray<{ entry: E; phrase: string }>): FirstWord<E> {
  const list: Compiled<E>[] = [];
  for (const { entry, phrase } of raw) list.push(compilePhrase(entry, phraseWords(phrase)));
  list.sort((a, b) => b.words.length - a.words.length);
  // Longest first puts the one-word phrases last: each second word's list is its phrases in order, then those.
  const bySecond = new Map<string, Compiled<E>[]>();
  const single: Compiled<E>[] = [];
  for (const c of list) {
    const second = c.words[1];
    if (second === undefined) { single.push(c); continue; }
    const into = bySecond.get(second);
    if (into) into.push(c);
    else bySecond.set(second, [c]);
  }
  for (const into of bySecond.values()) for (const c of single) into.push(c);
  return { single, bySecond };
}

function compilePhrase<E extends { match: string[]; except?: string[] }>(entry: E, words: string[]): Compiled<E> {
  const except: Compiled<E>['except'] = [];
  for (const ex of entry.except ?? []) {
    const exWords = phraseWords(ex);
    for (let j = 0; j + words.length <= exWords.length; j++) {
      if (words.every((w, k) => exWords[j + k] === w)) { except.push({ words: exWords, offset: j }); break; }
    }
  }
  return { words, phrase: words.join(' '), entry, except };
}

/*
 * Module state, and why it is safe: a pure memo. `firstWordTables`, `tableBits`, `compilers` and `allCompiled` are
 * derived only from the word-list tables, which are constants of the code; no config, text or host goes in (and so is
 * a matcher's cache of compiled phrases: which first words a text asked for changes when a phrase is compiled, never
 * what it compiles to). They only ever grow, and a table bit too many only makes a block word a candidate that the matcher then does not match, so
 * what a lint returns never depends on which tables were compiled or when.
 */
/**
 * First word of some phrase → a bit per built-in table that has a phrase starting with it, so each block is scanned
 * once (one lookup per word) for all word-list rules, and each rule then looks up only the words of its own table.
 */
const firstWordTables = new Map<string, number>();
/** Each built-in table's bit; tables after the 30th share the last bit (more candidates, same matches). */
const tableBits = new WeakMap<Matcher<unknown>, number>();
let sharedTables = 0;
/** Every table's compiler: the first rule used compiles them all, so `firstWordTables` is complete before any scan. */
const compilers: Array<() => unknown> = [];
let allCompiled = false;

/**
 * Per block: for each word, the bits of the word-list tables it starts a phrase of (`phraseStarts`), and the indexes
 * of the words with any bit (`phraseWords`, ascending: about one word in six). Computed once, shared by all.
 */
function candidates(block: SentenceContext['block']): Int32Array {
  let masks = block.phraseStarts;
  if (!masks) {
    if (!allCompiled) { allCompiled = true; for (const c of compilers) c(); }
    const words = block.words;
    masks = new Int32Array(words.length);
    let count = 0;
    for (let i = 0; i < words.length; i++) {
      const bits = firstWordTables.get(words[i]!.lower);
      if (bits !== undefined && bits !== 0) { masks[i] = bits; count++; }
    }
    const at = new Int32Array(count);
    for (let i = 0, k = 0; k < count; i++) if (masks[i] !== 0) at[k++] = i;
    block.phraseStarts = masks;
    block.phraseWords = at;
  }
  return masks;
}

/** The first position in `list` (ascending) whose value is at least `value`. */
function lowerBound(list: Int32Array, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One matcher for a table: phrases by first word, longest first, so a scan is one lookup per word whatever the
 * table's size. `shared` tables (the built-in ones) also add their first words to the block-wide candidate flags; a
 * table made per configuration (house terms) is matched without them.
 */
export function compileTable<E extends { match: string[]; except?: string[] }>(entries: readonly E[], shared = false): Matcher<E> {
  const matcher = new LazyMatcher<E>();
  const bit = shared ? 1 << Math.min(sharedTables++, 30) : 0;
  if (shared) tableBits.set(matcher as Matcher<unknown>, bit);
  for (const entry of entries) {
    for (const phrase of entry.match) {
      const first = firstPhraseWord(phrase);
      if (first === undefined) continue;
      const raw = matcher.pending.get(first);
      if (raw) raw.push({ entry, phrase });
      else matcher.pending.set(first, [{ entry, phrase }]);
      if (shared) firstWordTables.set(first, (firstWordTables.get(first) ?? 0) | bit);
    }
  }
  return matcher;
}

export interface WordMatch<E> {
  entry: E;
  /** Indexes of the first and last matched word in the sentence's words. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The matched source text, whitespace runs folded to one space. */
  text: string;
}

/** What `matches` and the kinds' checks return when nothing matched (most sentences): no array per call. */
const NOTHING = Object.freeze([]) as readonly never[];
const NO_FINDINGS = NOTHING as unknown as RuleFinding[];

/** The matches of a table in a sentence (longest phrase first at each word). `shared`: the table is a built-in one. */
export function matchTable<E>(matcher: Matcher<E>, ctx: SentenceContext, allow: readonly string[], shared = false): readonly WordMatch<E>[] {
  let out: WordMatch<E>[] | undefined;
  const { words } = ctx;
  const text = ctx.block.text;
  const masks = shared ? candidates(ctx.block) : undefined;
  const bit = masks ? tableBits.get(matcher as Matcher<unknown>) ?? -1 : 0;
  const offset = ctx.sentence.firstWord;
  // A built-in table visits only the block's candidate words (phraseWords) inside the sentence; any other table every word.
  const visit = masks ? ctx.block.phraseWords! : undefined;
  let v = visit ? lowerBound(visit, offset) : 0;
  for (let i = 0; i < words.length; i++) {
    if (visit) {
      // The next candidate at or after i (a match moved i past its last word).
      while (v < visit.length && visit[v]! - offset < i) v++;
      if (v >= visit.length || visit[v]! - offset >= words.length) break;
      i = visit[v]! - offset;
      v++;
      if ((masks![offset + i]! & bit) === 0) continue;
    }
    const list = matcher.get(words[i]!.lower, i + 1 < words.length ? words[i + 1]!.lower : undefined);
    if (!list) continue;
    for (let k = 0; k < list.length; k++) {
      const c = list[k]!;
      const last = i + c.words.length - 1;
      if (last >= words.length || !sameWords(words, i, c.words, text)) continue;
      // The words are equal to the phrase's and only whitespace separates them, so the match folded to lower case
      // with single spaces is `c.phrase`: no string is built for the (frequent) matches that are allowed or excepted.
      if (ctx.block.allow.has(c.phrase) || isAllowed(allow, c.phrase)) continue;
      if (isExcepted(c.except, words, i, text)) continue;
      const start = words[i]!.start;
      const end = words[last]!.end;
      (out ??= []).push({ entry: c.entry, first: i, last, start, end, text: c.words.length === 1 ? words[i]!.text : text.slice(start, end).replace(/\s+/g, ' ') });
      i = last;
      break;
    }
  }
  return out ?? NOTHING;
}

/** The rule's `allow` option (any case) holds `phrase` (lower case). */
function isAllowed(allow: readonly string[], phrase: string): boolean {
  for (let k = 0; k < allow.length; k++) if (allow[k]!.toLowerCase() === phrase) return true;
  return false;
}

/** The match at word `at` sits inside one of the entry's exception phrases ("just now", "a just cause"). */
function isExcepted(except: Compiled<unknown>['except'], words: readonly Word[], at: number, text: string): boolean {
  for (let k = 0; k < except.length; k++) {
    const ex = except[k]!;
    if (at - ex.offset >= 0 && sameWords(words, at - ex.offset, ex.words, text)) return true;
  }
  return false;
}

/** words[from…] spell `phrase`, separated only by whitespace. */
function sameWords(words: readonly Word[], from: number, phrase: readonly string[], text: string): boolean {
  if (from + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    if (words[from + k]!.lower !== phrase[k]) return false;
    if (k > 0 && !isBlank(text, words[from + k - 1]!.end, words[from + k]!.start)) return false;
  }
  return true;
}

function isBlank(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Gives `replacement` the capitalisation of `original`: "Utilize" → "Use", "UTILIZE" → "USE". */
export function matchCase(original: string, replacement: string): string {
  if (replacement.length === 0) return replacement;
  const letters = original.replace(/[^A-Za-z]/g, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  const first = original[0]!;
  if (first !== first.toLowerCase()) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}

/**
 * Deleting a phrase so the sentence still reads: remove one side's spaces, take a comma that only set the phrase off
 * ("It works, really." → "It works."; "Really, it works." → "It works."), and capitalise the next word when the
 * phrase opened the sentence. Next to other punctuation ("(really)", "very-") there is no safe deletion: no fix.
 */
function removalFix(ctx: SentenceContext, m: WordMatch<unknown>): RuleFix | undefined {
  const text = ctx.block.text;
  const titleId = 'fix.remove';
  const data = { text: m.text };
  const next = ctx.words[m.last + 1];
  const atSentenceStart = m.first === 0;
  const capitalised = m.text[0] !== m.text[0]!.toLowerCase();
  const after = text[m.end];
  let before = m.start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  const charBefore = before > 0 ? text[before - 1] : undefined;
  /** Removes [start, next word) and capitalises the next word when the phrase opened the sentence. */
  const upToNext = (start: number): RuleFix => {
    const word = next!;
    if (atSentenceStart && capitalised && word.text[0] !== word.text[0]!.toUpperCase()) {
      return { titleId, data, edits: [{ range: { start, end: word.start + 1 }, newText: word.text[0]!.toUpperCase() }] };
    }
    return { titleId, data, edits: [{ range: { start, end: word.start }, newText: '' }] };
  };
  if (next && isBlank(text, m.end, next.start)) {
    // "It is very fast" → "It is fast"; "…, really and" keeps the comma before it.
    return upToNext(m.start);
  }
  if (after === ',' && next && /^,\s+$/.test(text.slice(m.end, next.start))) {
    // "Really, it works." → "It works."; "works, really, and" → "works, and".
    if (atSentenceStart) return upToNext(m.start);
    if (charBefore === ',') return { titleId, data, edits: [{ range: { start: before - 1, end: m.end }, newText: '' }] };
    return undefined;
  }
  if (after === undefined || /[.!?;:]/.test(after)) {
    // "It works, really." → "It works."; "It works really." → "It works."
    if (charBefore === ',') return { titleId, data, edits: [{ range: { start: before - 1, end: m.end }, newText: '' }] };
    if (before < m.start && charBefore !== undefined && /[\p{L}\p{N}]/u.test(charBefore)) {
      return { titleId, data, edits: [{ range: { start: before, end: m.end }, newText: '' }] };
    }
  }
  return undefined;
}

/** Compiling a table tokenizes every phrase: done on first use, so loading the engine stays fast. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  const get = (): T => (value ??= make());
  compilers.push(get);
  // A table made after the first scan (not the built-in ones) is compiled now, so its first words are known.
  if (allCompiled) get();
  return get;
}

interface WordListRuleDef<E> {
  id: string;
  description: string;
  defaultSeverity: SeveritySetting;
  why: string;
  example: { bad: string; good: string };
  examples: { ok: string[]; notOk: string[] };
  entries: readonly E[];
  /**
   * The finding's message id (in the rule's catalog, messages/) and placeholder values; the default names the phrase
   * (and the replacement) plus the entry's note.
   */
  message?: (match: WordMatch<E>) => { messageId: string; data: MessageData };
  notes?: string;
  strict?: { severity?: SeveritySetting; calm?: string };
}

/**
 * What both kinds share: the rule's metadata, the `allow` option, staying out of Chinese sentences, and one finding per
 * match. Each kind says whether it can fix and how a match becomes a finding.
 */
function wordListRule<E extends ExistenceEntry | SubstitutionEntry>(
  def: WordListRuleDef<E>,
  fixable: boolean,
  findingFor: (m: WordMatch<E>, ctx: SentenceContext) => RuleFinding,
): AnyRule {
  const matcher = lazy(() => compileTable(def.entries, true));
  return sentenceRule<{ allow: string[] }>({
    id: def.id,
    description: def.description,
    defaultSeverity: def.defaultSeverity,
    fixable,
    scope: 'sentence',
    options: { allow: [] },
    why: def.why,
    example: def.example,
    examples: def.examples,
    notes: def.notes,
    ...(def.strict ? { strict: def.strict } : {}),
    allowListable: true,
    entries: def.entries,
    check(ctx, options) {
      if (ctx.sentence.cjk) return NO_FINDINGS;
      const found = matchTable(matcher(), ctx, options.allow, true);
      if (found.length === 0) return NO_FINDINGS;
      return found.map((m) => findingFor(m, ctx));
    },
  });
}

/** EXISTENCE kind. Option `allow`: phrases this rule never flags (on top of the config's `allow`). */
export function existenceRule(def: WordListRuleDef<ExistenceEntry>): AnyRule {
  return wordListRule(def, def.entries.some((e) => e.removable), (m, ctx) => {
    const finding: RuleFinding = {
      ...(def.message ? def.message(m)
        : m.entry.note ? { messageId: 'foundNote', data: { text: m.text, note: m.entry.note } } : { messageId: 'found', data: { text: m.text } }),
      range: { start: m.start, end: m.end },
    };
    const fix = m.entry.removable ? removalFix(ctx, m) : undefined;
    if (fix) finding.fix = fix;
    return finding;
  });
}

/** SUBSTITUTION kind. Option `allow` as for existence. */
export function substitutionRule(def: WordListRuleDef<SubstitutionEntry>): AnyRule {
  const fixable = def.entries.some((e) => e.safe !== false && e.replace.length > 0);
  return wordListRule(def, fixable, (m) => {
    const replacements = m.entry.replace.map((r) => matchCase(m.text, r));
    const fixes: RuleFix[] = replacements.map((r) => ({
      titleId: 'fix.replace',
      data: { replacement: r },
      edits: [{ range: { start: m.start, end: m.end }, newText: r }],
    }));
    const finding: RuleFinding = {
      ...(def.message ? def.message(m)
        : m.entry.note ? { messageId: 'replaceNote', data: { replacements, text: m.text, note: m.entry.note } }
          : { messageId: 'replace', data: { replacements, text: m.text } }),
      range: { start: m.start, end: m.end },
    };
    if (m.entry.safe !== false && fixes.length > 0) {
      finding.fix = fixes[0]!;
      if (fixes.length > 1) finding.suggestions = fixes.slice(1);
    } else if (fixes.length > 0) {
      finding.suggestions = fixes;
    }
    return finding;
  });
}
