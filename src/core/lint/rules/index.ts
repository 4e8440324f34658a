/**
 * The rule registry, in the order of the table (the docs and the schema list rules in this order).
 * Structural rules are one file each here; the word-list rules (`wordlist-<id>.ts`, default export) are data tables
 * over the generic kinds in ../kinds.ts.
 */
import type { AnyRule } from '../rule-types';
import zhSpaceLatin from './zh-space-latin';
import fullwidthAlnum from './fullwidth-alnum';
import zhRepeatedPunctuation from './zh-repeated-punctuation';
import zhSpaceNumber from './zh-space-number';
import zhFullwidthPunctuation from './zh-fullwidth-punctuation';
import zhNoSpaceFullwidth from './zh-no-space-fullwidth';
import zhEllipsis from './zh-ellipsis';
import zhSentenceLength from './zh-sentence-length';
import zhCommaChain from './zh-comma-chain';
import zhFiller from './zh-filler';
import zhEmptyVerb from './zh-empty-verb';
import zhDeChain from './zh-de-chain';
import zhDoubleNegative from './zh-double-negative';
import zhMultipleMisuse from './zh-multiple-misuse';
import zhPersonConsistency from './zh-person-consistency';
import zhPassive from './zh-passive';
import longSentence from './long-sentence';
import passiveVoice from './passive-voice';
import simplerWord from './wordlist-simpler-word';
import weaselWord from './wordlist-weasel-word';
import hedge from './wordlist-hedge';
import condescending from './wordlist-condescending';
import cliche from './wordlist-cliche';
import repeatedWord from './repeated-word';
import article from './article';
import thereIs from './there-is';
import nominalization from './wordlist-nominalization';
import undefinedAcronym from './undefined-acronym';
import exclamation from './exclamation';
import longParagraph from './long-paragraph';
import headingDistance from './heading-distance';
import readability from './readability';
import { inclusiveLanguage } from './wordlist-inclusive-language';
import term from './term';

export const allRules: readonly AnyRule[] = [
  longSentence,
  passiveVoice,
  simplerWord,
  weaselWord,
  hedge,
  condescending,
  cliche,
  repeatedWord,
  article,
  thereIs,
  nominalization,
  undefinedAcronym,
  exclamation,
  longParagraph,
  headingDistance,
  readability,
  inclusiveLanguage,
  term,
  zhSpaceLatin,
  zhSpaceNumber,
  zhFullwidthPunctuation,
  zhNoSpaceFullwidth,
  fullwidthAlnum,
  zhRepeatedPunctuation,
  zhEllipsis,
  zhSentenceLength,
  zhCommaChain,
  zhFiller,
  zhEmptyVerb,
  zhDeChain,
  zhDoubleNegative,
  zhMultipleMisuse,
  zhPersonConsistency,
  zhPassive,
];
