/**
 * What the Chinese rules share: character classes, the reading of a masked block's spaces (a real space or markup),
 * routing a sentence to the Chinese or the English rules, and word boundaries from `Intl.Segmenter`.
 */
import type { BlockContext, Sentence } from './rule-types';
import { CONTENT_MARK } from './mask';

/** Han characters (CJK Unified Ideographs, Extension A, Compatibility): the "letters" of Chinese text. */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * Characters at U+3000 and above (CJK punctuation, kana, Han, Hangul, full-width forms, and the halves of astral
 * characters) and the ellipsis …: what the Chinese typography rules need before they can find anything. English prose
 * has none of them, and those rules then skip the block instead of scanning it (a tenth of a warm lint of English).
 */
const WIDE = /[\u2026\u3000-\uffff]/;

/** Whether the block's text has a character of `WIDE`; tested once per block (kept on it, see BlockContext.wide). */
export function hasWideText(ctx: Pick<BlockContext, 'text' | 'wide'>): boolean {
  return ctx.wide ??= WIDE.test(ctx.text);
}

/** Latin letters, half- and full-width (a full-width one is a Latin letter that fullwidth-alnum makes half-width). */
export function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
}

/** Digits, half- and full-width. */
export function isDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

/**
 * Full-width punctuation that no space may touch (zh-no-space-fullwidth), and that ends the Latin context of a
 * half-width mark (zh-fullwidth-punctuation). Curly quotes are shared with English and are handled apart
 * (`isChineseQuote`); the ellipsis …… is left out because English uses … too.
 */
export const FULLWIDTH_PUNCTUATION = '，。、；：！？（）《》「」『』【】〔〕〈〉';

export function isFullwidthPunctuation(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && FULLWIDTH_PUNCTUATION.includes(ch);
}

/** A curly quote at `i` that belongs to Chinese text: an opening one before a Han character, a closing one after. */
export function isChineseQuote(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\u201c' || c === '\u2018') return isHan(text.charCodeAt(i + 1));
  if (c === '\u201d' || c === '\u2019') return isHan(text.charCodeAt(i - 1));
  return false;
}

/** A space a reader sees (not markup that the mask blanked): space, tab or ideographic space in the source too. */
export function isRealSpace(ctx: Pick<BlockContext, 'text' | 'source'>, i: number): boolean {
  const c = ctx.text[i];
  return (c === ' ' || c === '\t' || c === '\u3000') && ctx.source[i] === c;
}

/**
 * Markup between two characters a reader sees as touching: emphasis markers and brackets (a space in the masked
 * text, not in the source), and a link destination (`](url)`, U+001F in the masked text opening with `(`).
 * `**React**的` and `[文档](https://x)中` read as touching; code and HTML tags stay opaque.
 */
export function isMarkupGap(ctx: Pick<BlockContext, 'text' | 'source'>, from: number, to: number): boolean {
  let k = from;
  while (k < to) {
    const c = ctx.text[k];
    const src = ctx.source[k];
    // HTML tags stay opaque (按<kbd>Ctrl</kbd>键 is a key name, not a word to space).
    if (c === ' ' && src !== ' ' && src !== '\t' && src !== '\n' && src !== '\r' && src !== '<' && src !== '>') { k++; continue; }
    if (c === CONTENT_MARK && ctx.source[k] === '(' && k > from && ctx.source[k - 1] === ']') {
      while (k < to && ctx.text[k] === CONTENT_MARK) k++;
      continue;
    }
    return false;
  }
  return true;
}

/** The sentence of `ctx` that contains offset `i`, or undefined (between sentences). */
export function sentenceAt(ctx: Pick<BlockContext, 'sentences'>, i: number): Sentence | undefined {
  const list = ctx.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (i < s.start) hi = mid - 1;
    else if (i >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * The Han-character-plus-Latin-word length of a sentence: each Han character and each Latin word count one. This is
 * the tokenizer's word count (it makes every CJK character a word of its own).
 */
export function sentenceLength(sentence: Sentence): number {
  return sentence.wordCount;
}

/**
 * Whether a word-list match at [start, end) is a word of its own: ICU's dictionary segmentation (`Intl.Segmenter`)
 * puts a word boundary at both ends. ICU reads a window of the match's sentence around it (`WINDOW` characters each
 * side), never the whole document or even the whole paragraph: ICU is superlinear on long inputs (100,000 characters
 * at once took 8 s in Node 20), and iterating every segment of a paragraph costs ~5 µs a segment, while
 * `containing()` asks only about the two ends. Line breaks are read first as a reader reads them (softBreaksRead,
 * offsets mapped back): ICU takes a single newline for a hard break.
 */
const WINDOW = 8;
let segmenter: Intl.Segmenter | undefined;

export function onWordBoundaries(ctx: Pick<BlockContext, 'text' | 'sentences'>, start: number, end: number): boolean {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const s = sentenceAt(ctx, start);
  const from = Math.max(s ? s.start : 0, start - WINDOW);
  const to = Math.min(s ? Math.max(s.end, end) : ctx.text.length, end + WINDOW);
  const { text, at } = softBreaksRead(ctx.text.slice(from, to));
  const segments = segmenter.segment(text);
  const a = at[start - from]!;
  const b = at[end - from]!;
  const first = segments.containing(a);
  const last = segments.containing(b - 1);
  return first !== undefined && last !== undefined && first.index === a && last.index + last.segment.length === b;
}

/**
 * A window of text as a reader reads it across soft line breaks: a line break (with the next line's indentation)
 * between two Han characters is no break at all (Chinese hard-wrapped at a fill column: 其实⏎现 reads 其实现, so 其实
 * is not a word there), any other line break is a space. `at[i]` is where offset `i` of the window lands.
 */
function softBreaksRead(window: string): { text: string; at: number[] } {
  if (!/[\r\n]/.test(window)) return { text: window, at: Array.from({ length: window.length + 1 }, (_, i) => i) };
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < window.length;) {
    const c = window[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      // A run of white space (the engine's text holds a CRLF's \r as a space): joined when it holds one line break
      // between two Han characters, else each line break read as a space.
      let j = i;
      while (j < window.length && ' \t\r\n'.includes(window[j]!)) j++;
      const run = window.slice(i, j);
      const breaks = run.replace(/\r\n/g, '\n').replace(/[^\r\n]/g, '').length;
      const join = breaks === 1 && i > 0 && isHan(window.charCodeAt(i - 1)) && isHan(window.charCodeAt(j));
      for (let m = i; m < j; m++) {
        at.push(text.length);
        if (!join) text += window[m] === '\r' || window[m] === '\n' ? ' ' : window[m];
      }
      i = j;
      continue;
    }
    at.push(text.length);
    text += c;
    i++;
  }
  at.push(text.length);
  return { text, at };
}

/** Whether the word at [start, …) is part of one of the `except` strings around it (非常 in 非常量). */
export function isExcepted(text: string, start: number, word: string, except: readonly string[] | undefined): boolean {
  if (!except) return false;
  for (const ex of except) {
    const at = ex.indexOf(word);
    if (at >= 0 && start - at >= 0 && text.startsWith(ex, start - at)) return true;
  }
  return false;
}

/** One alternation of the words, longest first, so a longer word wins over a word it contains. */
export function wordsPattern(words: readonly string[]): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}

/** A match of a sentence pattern: `at` indexes the sentence's own text, `start`/`end` the block's text. */
export interface SentenceMatch {
  match: RegExpExecArray;
  /** The sentence's text, for looking around the match (`at` indexes it). */
  text: string;
  at: number;
  start: number;
  end: number;
}

/**
 * Every match of a global `pattern` in one sentence, with its offsets in the block: the loop the word-list and
 * pattern rules of Chinese share. Routing by script (`Sentence.cjk`, at least half of the letters Han) stays with each
 * rule, because some apply at every Han–Latin boundary.
 */
export function sentenceMatches(ctx: { block: Pick<BlockContext, 'text'>; sentence: Sentence }, pattern: RegExp): SentenceMatch[] {
  const { block, sentence } = ctx;
  const text = block.text.slice(sentence.start, sentence.end);
  const out: SentenceMatch[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = sentence.start + m.index;
    out.push({ match: m, text, at: m.index, start, end: start + m[0].length });
  }
  return out;
}
