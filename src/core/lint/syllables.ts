/**
 * Syllable count by the usual vowel-group heuristic with English corrections: silent final e (but -le is a
 * syllable), -ed silent except after t/d, a leading y is a consonant, and a few vowel pairs that are two beats
 * (ratio, actual, being, idea). Off by at most one on most words, which is plenty for Flesch scores.
 */
import type { BlockContext } from './rule-types';

/**
 * A pure memo for the words `countAscii` does not take (a word's count depends on the word alone); bounded so a huge
 * corpus cannot grow it without end.
 */
const cache = new Map<string, number>();

export function syllables(word: string): number {
  const fast = countAscii(word);
  if (fast >= 0) return fast;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const count = countByPatterns(word);
  if (cache.size < 50000) cache.set(word, count);
  return count;
}

/**
 * The reference definition (regular expressions over the lower-cased letters a–z). `countAscii` gives the same count
 * for every word of ASCII characters without allocating; this one serves the rest (where lower-casing can add or
 * remove ASCII letters, e.g. the Kelvin sign or a dotted capital I), and the test that checks the two agree.
 */
export function countByPatterns(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return word.length > 0 ? 1 : 0; // numbers, symbols: one beat
  if (w.length <= 3) return 1;
  const s = w.replace(/(?:[^laeiouy]es|[^laeiouy]e)$/, (m) => m[0]!).replace(/([^td])ed$/, '$1').replace(/^y/, '');
  let count = (s.match(/[aeiouy]{1,2}/g) ?? []).length;
  count += (s.match(/[^aeiou](?:ia|ua|iu)/g) ?? []).length; // ratio, actual, medium
  if (/[aeiouy]ing$/.test(s)) count++; // being, going
  if (/[^aeiou]ea$/.test(s)) count++; // idea, area
  return Math.max(1, count);
}

/**
 * Letters a–z of the word being counted, lower case, as char codes: module scratch space (words longer than it go to
 * countByPatterns). Counting a word is the hottest loop of a first lint after tokenizing; this version allocates
 * nothing, where the patterns built five strings and two arrays per word.
 */
const letters = new Uint8Array(64);

/** a e i o u (y is a vowel for groups, not for the ia/ua/iu and -ea corrections). */
function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
}

/** `countByPatterns` for a word of ASCII characters, step for step; -1 for any other word. */
function countAscii(word: string): number {
  if (word.length > letters.length) return -1;
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c > 127) return -1;
    if (c >= 97 && c <= 122) letters[n++] = c;
  }
  if (n === 0) return word.length > 0 ? 1 : 0;
  if (n <= 3) return 1;
  // Silent final e: -Xes → X, -Xe → X (X not l, a vowel or y).
  let from = 0;
  let end = n;
  if (letters[end - 1] === 115 && letters[end - 2] === 101 && !isVowel(letters[end - 3]!) && letters[end - 3] !== 108 && letters[end - 3] !== 121) end -= 2;
  else if (letters[end - 1] === 101 && !isVowel(letters[end - 2]!) && letters[end - 2] !== 108 && letters[end - 2] !== 121) end -= 1;
  // Silent -ed except after t or d.
  if (end >= 3 && letters[end - 1] === 100 && letters[end - 2] === 101 && letters[end - 3] !== 116 && letters[end - 3] !== 100) end -= 2;
  // A leading y is a consonant.
  if (end > 0 && letters[0] === 121) from = 1;
  let count = 0;
  // Vowel groups, two vowels at most per beat.
  for (let i = from; i < end;) {
    const c = letters[i]!;
    if (isVowel(c) || c === 121) {
      count++;
      i += i + 1 < end && (isVowel(letters[i + 1]!) || letters[i + 1] === 121) ? 2 : 1;
    } else i++;
  }
  // ratio, actual, medium: a non-vowel then ia, ua or iu (matches do not overlap).
  for (let i = from; i + 2 < end;) {
    const a = letters[i + 1];
    const b = letters[i + 2];
    if (!isVowel(letters[i]!) && ((a === 105 && b === 97) || (a === 117 && b === 97) || (a === 105 && b === 117))) { count++; i += 3; } else i++;
  }
  const len = end - from;
  // being, going
  if (len >= 4 && letters[end - 3] === 105 && letters[end - 2] === 110 && letters[end - 1] === 103 && (isVowel(letters[end - 4]!) || letters[end - 4] === 121)) count++;
  // idea, area
  if (len >= 3 && letters[end - 2] === 101 && letters[end - 1] === 97 && !isVowel(letters[end - 3]!)) count++;
  return Math.max(1, count);
}

/**
 * Syllables of a block's English words (the words of its non-Chinese sentences, CJK words skipped), counted once per
 * block and kept on it: the document metrics and the readability rule both need this sum, and counting is a memo
 * lookup per word, a tenth of a first lint.
 */
export function blockSyllables(ctx: BlockContext): number {
  if (ctx.syllables !== undefined) return ctx.syllables;
  let sum = 0;
  for (let i = 0; i < ctx.sentences.length; i++) {
    const s = ctx.sentences[i]!;
    if (s.cjk) continue;
    for (let k = s.firstWord; k < s.firstWord + s.wordCount; k++) {
      const w = ctx.words[k]!;
      if (!w.cjk) sum += syllables(w.text);
    }
  }
  ctx.syllables = sum;
  return sum;
}
