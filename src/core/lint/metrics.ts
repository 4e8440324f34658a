/**
 * Document metrics and the clarity score (definition table: docs/clarity-score.md). Per-block numbers are computed
 * with the block (and cached with it by the Linter); the document numbers are sums, so they are cheap after an edit.
 */
import type { BlockContext } from './rule-types';
import { findPassives, passivesOf } from './rules/passive-voice';
import { blockSyllables } from './syllables';

export interface DocumentMetrics {
  /** Han characters plus other words (a Han character is a word of its own). */
  words: number;
  /** CJK characters among `words`. */
  hanCharacters: number;
  /** Minutes: CJK characters at 300 per minute plus the other words at 238 per minute (not rounded). */
  readingMinutes: number;
  sentences: number;
  /** 0..1 */
  longSentenceShare: number;
  /** 0..1 */
  passiveShare: number;
  /** Over English sentences only; `fleschApplies` is false when the post has none (the values are then 100 and 0). */
  fleschReadingEase: number;
  fleschKincaidGrade: number;
  fleschApplies: boolean;
  /** Chinese sentences (routed by script) and their average length in Han characters plus Latin words. */
  chineseSentences: number;
  chineseSentenceLength: number;
  /**
   * True when most of the post's words are Han characters: the clarity score then judges Chinese sentence length
   * instead of the Flesch reading ease (docs/clarity-score.md).
   */
  chinese: boolean;
  /** 0..100, defined in docs/clarity-score.md. */
  clarityScore: number;
}

/** What one block adds to the document's metrics. */
export interface BlockStats {
  /** Every word, a Han character counting as one. */
  words: number;
  /** CJK characters among the words. */
  han: number;
  /** Chinese sentences (Sentence.cjk) of running text, their total length (Han characters + Latin words). */
  zhSentences: number;
  zhLength: number;
  /** Sentences of running text (headings and table cells are not sentences). */
  sentences: number;
  longSentences: number;
  passiveSentences: number;
  /** English sentences and words, and their syllables, for the Flesch formulas. */
  latinSentences: number;
  latinWords: number;
  syllables: number;
  /** 1 when the block is a paragraph of running text, and whether it is longer than the long-paragraph `max`. */
  paragraphs: number;
  longParagraphs: number;
}

export const WORDS_PER_MINUTE = 238;
/** Reading speed of Chinese text, in characters per minute. */
export const HAN_PER_MINUTE = 300;

/**
 * What makes a sentence or a paragraph long, from the resolved config: the `max` options of `long-sentence` and
 * `long-paragraph` (their defaults when the config does not set them, whatever the rules' severities), so the metrics
 * and the clarity score count exactly what the rules flag. Passive sentences are `passive-voice`'s own `findPassives`,
 * which no option changes.
 */
export interface MetricsOptions {
  longSentenceWords: number;
  longParagraphWords: number;
  /** A Chinese sentence is long over zh-sentence-length's `info` (Han characters plus Latin words). */
  longChineseSentence: number;
}

/** The engine's sentence contexts (`ctx.sentenceContexts`), when it made them, carry the passives the rule found. */
export function blockStats(ctx: BlockContext, options: MetricsOptions): BlockStats {
  let han = 0;
  for (let k = 0; k < ctx.words.length; k++) if (ctx.words[k]!.cjk) han++;
  const stats: BlockStats = { words: ctx.words.length, han, zhSentences: 0, zhLength: 0, sentences: 0, longSentences: 0,
    passiveSentences: 0, latinSentences: 0, latinWords: 0, syllables: 0, paragraphs: 0, longParagraphs: 0 };
  if (ctx.kind === 'heading' || ctx.kind === 'table-cell') return stats;
  let paragraphWords = 0;
  for (let k = 0; k < ctx.sentences.length; k++) {
    const s = ctx.sentences[k]!;
    stats.sentences++;
    paragraphWords += s.latinWords;
    if (s.latinWords > options.longSentenceWords && !s.cjk) stats.longSentences++;
    if (s.cjk) {
      // Chinese sentences: long by zh-sentence-length's measure; Flesch and the English passive detector skip them.
      stats.zhSentences++;
      stats.zhLength += s.wordCount;
      if (s.wordCount > options.longChineseSentence) stats.longSentences++;
      continue;
    }
    const shared = ctx.sentenceContexts;
    const passives = shared ? passivesOf(shared[k]!) : findPassives(ctx.words.slice(s.firstWord, s.firstWord + s.wordCount), ctx.text);
    if (passives.length > 0) stats.passiveSentences++;
    stats.latinSentences++;
    stats.latinWords += s.latinWords;
  }
  // The same English words, counted once for the block (the readability rule reuses the sum).
  if (stats.latinWords > 0) stats.syllables = blockSyllables(ctx);
  stats.paragraphs = 1;
  if (paragraphWords > options.longParagraphWords) stats.longParagraphs = 1;
  return stats;
}

export function emptyStats(): BlockStats {
  return { words: 0, han: 0, zhSentences: 0, zhLength: 0, sentences: 0, longSentences: 0, passiveSentences: 0, latinSentences: 0, latinWords: 0, syllables: 0, paragraphs: 0, longParagraphs: 0 };
}

export function addStats(into: BlockStats, add: BlockStats): void {
  into.words += add.words;
  into.han += add.han;
  into.zhSentences += add.zhSentences;
  into.zhLength += add.zhLength;
  into.sentences += add.sentences;
  into.longSentences += add.longSentences;
  into.passiveSentences += add.passiveSentences;
  into.latinSentences += add.latinSentences;
  into.latinWords += add.latinWords;
  into.syllables += add.syllables;
  into.paragraphs += add.paragraphs;
  into.longParagraphs += add.longParagraphs;
}

/** Points for one component: 25 when in the good band, 15 in the middle band, 5 otherwise. */
function band(good: boolean, ok: boolean): number {
  return good ? 25 : ok ? 15 : 5;
}

/**
 * The reading component: the Flesch reading ease for an English post; for a Chinese post (mostly Han characters) the
 * average Chinese sentence length, since Flesch counts syllables of English words and means nothing for Chinese.
 */
function readingPoints(m: Pick<DocumentMetrics, 'chinese' | 'fleschReadingEase' | 'chineseSentenceLength'>): number {
  if (m.chinese) return band(m.chineseSentenceLength <= 40, m.chineseSentenceLength <= 60);
  return band(m.fleschReadingEase >= 60, m.fleschReadingEase >= 40);
}

/** The three sentence-level components' points (long sentences, passive voice, reading ease or Chinese sentence length). */
function sentencePoints(longShare: number, passiveShare: number, reading: number): number {
  return band(longShare <= 0.2, longShare <= 0.3) + band(passiveShare <= 0.1, passiveShare <= 0.2) + reading;
}

export type ClarityComponent = 'long-sentences' | 'passive-voice' | 'reading-ease' | 'long-paragraphs';

/**
 * Each component's points (5, 15 or 25) in a document's clarity score, read back from its metrics: the paragraph
 * component is what the score has beyond the other three. The publish checklist names the weakest one.
 */
export function clarityComponents(m: DocumentMetrics): Record<ClarityComponent, number> {
  const long = band(m.longSentenceShare <= 0.2, m.longSentenceShare <= 0.3);
  const passive = band(m.passiveShare <= 0.1, m.passiveShare <= 0.2);
  // fleschReadingEase is rounded to one decimal; the band edges (60, 40) are whole numbers, so the band is the same.
  const ease = readingPoints(m);
  const all = m.words === 0 ? { long: 25, passive: 25, ease: 25 } : { long, passive, ease };
  return {
    'long-sentences': all.long,
    'passive-voice': all.passive,
    'reading-ease': all.ease,
    // Clamped: at a rounding edge of the reading ease the difference could leave the three possible values.
    'long-paragraphs': m.words === 0 ? 25
      : Math.max(5, Math.min(25, m.clarityScore - sentencePoints(m.longSentenceShare, m.passiveShare, readingPoints(m)))),
  };
}

export function metricsFromStats(s: BlockStats): DocumentMetrics {
  const longShare = s.sentences ? s.longSentences / s.sentences : 0;
  const passiveShare = s.sentences ? s.passiveSentences / s.sentences : 0;
  const hasLatin = s.latinWords > 0 && s.latinSentences > 0;
  const wps = hasLatin ? s.latinWords / s.latinSentences : 0;
  const spw = hasLatin ? s.syllables / s.latinWords : 0;
  const ease = hasLatin ? 206.835 - 1.015 * wps - 84.6 * spw : 100;
  const grade = hasLatin ? 0.39 * wps + 11.8 * spw - 15.59 : 0;
  const longParagraphShare = s.paragraphs ? s.longParagraphs / s.paragraphs : 0;
  const chineseSentenceLength = s.zhSentences ? round(s.zhLength / s.zhSentences) : 0;
  const chinese = s.han > s.words - s.han;
  const reading = readingPoints({ chinese, fleschReadingEase: round(ease), chineseSentenceLength });
  const score = s.words === 0 ? 100
    : sentencePoints(longShare, passiveShare, reading) + band(longParagraphShare <= 0.1, longParagraphShare <= 0.25);
  return {
    words: s.words,
    hanCharacters: s.han,
    readingMinutes: s.han / HAN_PER_MINUTE + (s.words - s.han) / WORDS_PER_MINUTE,
    sentences: s.sentences,
    longSentenceShare: longShare,
    passiveShare,
    fleschReadingEase: round(ease),
    fleschKincaidGrade: round(grade),
    fleschApplies: hasLatin,
    chineseSentences: s.zhSentences,
    chineseSentenceLength,
    chinese,
    clarityScore: score,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
