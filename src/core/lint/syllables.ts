/**
 * Syllable count by the usual vowel-group heuristic with English corrections: silent final e (but -le is a
 * syllable), -ed silent except after t/d, a leading y is a consonant, and a few vowel pairs that are two beats
 * (ratio, actual, being, idea). Off by at most one on most words, which is plenty for Flesch scores.
 */
import type { BlockContext } from './rule-types';

/** A pure memo (a word's count depends on the word alone); bounded so a huge corpus cannot grow it without end. */
const cache = new Map<string, number>();

export function syllables(word: string): number {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const count = count_(word);
  if (cache.size < 50000) cache.set(word, count);
  return count;
}

function count_(word: string): number {
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
