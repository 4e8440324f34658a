/**
 * Word and sentence tokenizer for masked prose blocks. It is one regular-expression scan plus a pass over the
 * terminal punctuation, not parse-latin:
 * parse-latin builds a full syntax tree (~1 ms per 1k words) and our rules only need word spans and sentence
 * spans, which this gets in a fraction of that (see docs/engine.md for numbers).
 */
import type { Sentence, Word } from './rule-types';

/** Han, kana and Hangul: each character is a word of its own, and English rules ignore them. */
export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)
    || (code >= 0x3040 && code <= 0x30ff) || (code >= 0xac00 && code <= 0xd7af);
}

/** A CJK character or CJK / full-width punctuation (full-width letters and digits are letters and digits). */
function isCjkText(code: number): boolean {
  return isCjk(code) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xff0f) || (code >= 0xff1a && code <= 0xff20)
    || (code >= 0xff3b && code <= 0xff40) || (code >= 0xff5b && code <= 0xffef);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x3000;
}

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 41 || code === 93 || code === 0x201d || code === 0x2019
    || code === 0x300d || code === 0x300f || code === 0xff09 || code === 0x300b;
}

/** Abbreviations after which a period never ends a sentence. */
const NEVER_END = new Set(['e.g', 'i.e', 'mr', 'mrs', 'ms', 'dr', 'prof', 'vs', 'cf', 'fig', 'approx', 'no', 'st',
  'jr', 'sr', 'u.s', 'u.k', 'a.m', 'p.m', 'ph.d', 'op', 'vol', 'pp', 'ca', 'resp', 'incl', 'et al', 'al', 'ed', 'eq']);
/** Abbreviations that end a sentence only when the next word is capitalised ("…, etc. Then"). */
const MAYBE_END = new Set(['etc', 'inc', 'ltd', 'co', 'corp']);

export interface Tokens {
  words: Word[];
  sentences: Sentence[];
}

/**
 * One word per match: a single Han, kana or Hangul character (`isCjk`), or a run of word characters in which single
 * joiners may stand between two word characters (don't, e.g, 3.14, v1.2.3, state-of-the-art, snake_case).
 * A word character is an ASCII letter or digit, or a BMP letter, digit or mark (\p{L}, \p{N}, \p{M}) that is not CJK
 * and not CJK punctuation; astral characters (emoji, rare Han) are never word parts. The joiners are ' ’ . - _.
 * The scan runs inside the regular-expression engine, which is compiled code from the first call: the loop over char
 * codes it replaces (same words, checked on random Unicode text) ran interpreted for a third of the first lint in a
 * fresh process. One `match` call per block (WORD_RE) instead of two `test` calls per word halves what is left of it
 * (entering the regular-expression engine per word cost more than the scan itself). `new RegExp` because the `v` flag (class subtraction, Node 20) is newer than the TypeScript target.
 */
const CJK_CLASS = '[\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u3040-\\u30ff\\uac00-\\ud7af]';
const WORD_CLASS = '[[\\p{L}\\p{N}\\p{M}]--[\\u{10000}-\\u{10ffff}]--' + CJK_CLASS + '--[\\u3000-\\u303f\\uff00-\\uff0f]]';
/**
 * A whole word: a CJK character, or a word character and the rest of the word. Used with `String.prototype.match`,
 * which runs the whole scan of a block in one call and returns the words' texts (no match object per word).
 */
const WORD_RE = new RegExp(CJK_CLASS + '|' + WORD_CLASS + '+(?:[\'\\u2019._\\-]' + WORD_CLASS + '+)*', 'gv');
/** Terminal punctuation: where a sentence may end (see sentenceEnds). */
const TERMINAL_RE = /[.!?\u2026\u3002\uff01\uff1f]/g;

export function tokenize(text: string): Tokens {
  const words: Word[] = [];
  // Pass 1: words. The texts come from one `match` call; each word's offset is the first occurrence of its text at or
  // after the previous word's end: the gap between two words holds no word character (the scan would have started a
  // word there), so nothing in it can begin an earlier copy of the word.
  const found = text.match(WORD_RE);
  let pos = 0;
  // A typographic apostrophe is folded per word only when the block has one (most English blocks have none).
  const curly = text.indexOf('\u2019') >= 0;
  if (found !== null) {
    for (let k = 0; k < found.length; k++) {
      const t = found[k]!;
      const start = text.indexOf(t, pos);
      const end = start + t.length;
      pos = end;
      if (t.length === 1 && isCjk(t.charCodeAt(0))) {
        words.push({ start, end, text: t, lower: t, cjk: true });
        continue;
      }
      let lower = t.toLowerCase();
      if (curly && lower.indexOf('\u2019') >= 0) lower = lower.replace(/\u2019/g, "'");
      words.push({ start, end, text: t, lower, cjk: false });
    }
  }
  // Pass 2: sentence ends, then group the words.
  const ends = sentenceEnds(text, words);
  const sentences: Sentence[] = [];
  let w = 0;
  let from = 0;
  for (const end of ends) {
    const first = w;
    let latin = 0;
    let cjkChars = 0;
    while (w < words.length && words[w]!.start < end) {
      if (words[w]!.cjk) cjkChars++;
      else latin++;
      w++;
    }
    if (w > first) {
      let s = from;
      while (s < end && isSpace(text.charCodeAt(s))) s++;
      let e = end;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      const count = w - first;
      // Routing by script (issue 12): CJK when at least half of the sentence's letters are CJK characters, each
      // Latin letter counting one (digits and joiners are not letters).
      // Latin letters are counted only when there is a CJK character to weigh them against (English prose has none).
      sentences.push({ start: s, end: e, firstWord: first, wordCount: count, latinWords: latin, cjk: cjkChars > 0 && cjkChars >= latinLetters(words, first, w) });
    }
    from = end;
  }
  return { words, sentences };
}

/** Letters of the non-CJK words among words[from, to). */
function latinLetters(words: readonly Word[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (!words[k]!.cjk) n += letterCount(words[k]!.text);
  return n;
}

/** Letters of a non-CJK word: its length without digits and joiners. */
function letterCount(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || c === 39 || c === 0x2019 || c === 46 || c === 95 || c === 45)) n++;
  }
  return n;
}

/** Offsets just after each sentence's last character; the last one is the text's length. */
function sentenceEnds(text: string, words: readonly Word[]): number[] {
  const ends: number[] = [];
  const n = text.length;
  let w = 0; // index of the first word that starts at or after i
  // Jump from one terminal punctuation mark to the next (see WORD_RE for why the scan is a regular expression).
  TERMINAL_RE.lastIndex = 0;
  for (let i = 0; i < n; i++) {
    TERMINAL_RE.lastIndex = i;
    if (!TERMINAL_RE.test(text)) break;
    i = TERMINAL_RE.lastIndex - 1; // the match is one character
    const c = text.charCodeAt(i);
    // CJK full stops end a sentence with no space after them.
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) {
      let j = i + 1;
      while (j < n && (isCloser(text.charCodeAt(j)) || text.charCodeAt(j) === 0x3002 || text.charCodeAt(j) === 0xff01 || text.charCodeAt(j) === 0xff1f)) j++;
      // 。。。 is an ellipsis typed with full stops: it ends a sentence where …… would (zh-ellipsis turns one into the
      // other, and the sentences must not change with it).
      if (c === 0x3002 && text.startsWith('\u3002\u3002\u3002', i) && j < n && !isSpace(text.charCodeAt(j)) && !isCjk(text.charCodeAt(j))) { i = j - 1; continue; }
      ends.push(j);
      i = j - 1;
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue;
    // A run of terminal punctuation and closing quotes.
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 46 || d === 33 || d === 63 || d === 0x2026 || isCloser(d)) j++;
      else break;
    }
    // A sentence ends before a space, or before CJK text (中文.下一句, React.《书》: Chinese puts no space there).
    if (j < n && !isSpace(text.charCodeAt(j)) && !isCjkText(text.charCodeAt(j))) { i = j - 1; continue; }
    while (w < words.length && words[w]!.end <= i) w++;
    const prev = w > 0 ? words[w - 1]! : undefined;
    const next = nextWord(words, w, j);
    const run = text.slice(i, j);
    const isPeriodOnly = c === 46 && !/[!?]/.test(run) && !run.startsWith('..');
    if (prev && prev.end === i && isPeriodOnly) {
      if (NEVER_END.has(prev.lower)) { i = j - 1; continue; }
      if (prev.text.length === 1 && prev.text >= 'A' && prev.text <= 'Z' && next && isCapitalised(next)) { i = j - 1; continue; } // initials: J. Smith
      if (MAYBE_END.has(prev.lower) && !(next && isCapitalised(next))) { i = j - 1; continue; }
    }
    // An ellipsis ends a sentence only when a capitalised word follows.
    if ((c === 0x2026 || run.startsWith('...')) && !/[!?]/.test(run) && next && !isCapitalised(next)) { i = j - 1; continue; }
    ends.push(j);
    i = j - 1;
  }
  if (ends.length === 0 || ends[ends.length - 1]! < n) ends.push(n);
  return ends;
}

function nextWord(words: readonly Word[], from: number, after: number): Word | undefined {
  for (let k = from; k < words.length; k++) if (words[k]!.start >= after) return words[k];
  return undefined;
}

function isCapitalised(word: Word): boolean {
  const c = word.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || word.cjk || (c > 127 && word.text[0] !== word.text[0]!.toLowerCase());
}

/** A phrase of plain ASCII words, single spaces between them (each word: letters and digits, single joiners inside). */
const PLAIN_PHRASE = /^[A-Za-z0-9]+(?:['._-][A-Za-z0-9]+)*(?: [A-Za-z0-9]+(?:['._-][A-Za-z0-9]+)*)*$/;

/**
 * Tokenizes a phrase from a word list the same way prose is tokenized, so matching compares like with like. Nearly
 * every phrase is plain ASCII words, for which the tokenizer's words are exactly the space-separated pieces: those
 * skip it (the word lists' thousands of phrases are compiled on the first lint of every CLI run).
 */
export function phraseWords(phrase: string): string[] {
  if (PLAIN_PHRASE.test(phrase)) return phrase.toLowerCase().split(' ');
  return tokenize(phrase).words.map((w) => w.lower);
}

/** `phraseWords(phrase)[0]` (undefined for a phrase without words), without splitting a plain phrase. */
export function firstPhraseWord(phrase: string): string | undefined {
  if (!PLAIN_PHRASE.test(phrase)) return tokenize(phrase).words[0]?.lower;
  const space = phrase.indexOf(' ');
  return (space < 0 ? phrase : phrase.slice(0, space)).toLowerCase();
}
