import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phraseWords, tokenize } from '../../../src/core/lint/tokenize';
import { cliches } from '../../../src/core/lint/data/cliche';
import { condescendingWords } from '../../../src/core/lint/data/condescending';
import { hedges } from '../../../src/core/lint/data/hedge';
import { nominalizations } from '../../../src/core/lint/data/nominalization';
import { simplerWords } from '../../../src/core/lint/data/simpler-word';
import { weaselWords } from '../../../src/core/lint/data/weasel-word';
import { prng } from '../helpers/prng';

function sentences(text: string): string[] {
  return tokenize(text).sentences.map((s) => text.slice(s.start, s.end));
}

test('sentence ends: abbreviations, decimals, versions, ellipses, quotes', () => {
  assert.deepEqual(sentences('Use e.g. a map, i.e. a dict. Mr. Smith and Dr. Jones met vs. us. It costs 3.14 now.'),
    ['Use e.g. a map, i.e. a dict.', 'Mr. Smith and Dr. Jones met vs. us.', 'It costs 3.14 now.']);
  assert.deepEqual(sentences('We shipped v1.2.3 today. Then v2.0 came.'), ['We shipped v1.2.3 today.', 'Then v2.0 came.']);
  assert.deepEqual(sentences('Apples, pears, etc. are fruit. We like fruit, etc. Then we stop.'), ['Apples, pears, etc. are fruit.', 'We like fruit, etc.', 'Then we stop.']);
  assert.deepEqual(sentences('Wait... what? Yes... It works!'), ['Wait... what?', 'Yes...', 'It works!']);
  assert.deepEqual(sentences('He said "stop." Then left.'), ['He said "stop."', 'Then left.']);
  assert.deepEqual(sentences('J. R. R. Tolkien wrote it. Done'), ['J. R. R. Tolkien wrote it.', 'Done']);
  assert.deepEqual(sentences('中文句子。第二句！第三句？English too.'), ['中文句子。', '第二句！', '第三句？', 'English too.']);
});

test('words: contractions, hyphens, versions, snake_case; CJK one per character', () => {
  const words = tokenize("Don't re-run v1.2 on my my_var 中文 naïve’s").words.map((w) => [w.text, w.cjk]);
  assert.deepEqual(words, [["Don't", false], ['re-run', false], ['v1.2', false], ['on', false], ['my', false], ['my_var', false], ['中', true], ['文', true], ['naïve’s', false]]);
  assert.equal(tokenize('it’s').words[0]!.lower, "it's");
});

test('phraseWords: its fast path for plain ASCII phrases gives exactly the tokenizer\'s words (every word list, and random phrases)', () => {
  const slow = (p: string) => tokenize(p).words.map((w) => w.lower);
  const tables = [cliches, condescendingWords, hedges, nominalizations, simplerWords, weaselWords];
  const phrases = tables.flatMap((t) => t.flatMap((e) => [...e.match, ...(e.except ?? [])]));
  assert.ok(phrases.length > 1000);
  for (const p of phrases) assert.deepEqual(phraseWords(p), slow(p), p);
  const r = prng(11);
  const alphabet = "aZ09 '.-_ e’é,";
  for (let i = 0; i < 20_000; i++) {
    let p = '';
    for (let n = 1 + Math.floor(r() * 12); n > 0; n--) p += alphabet[Math.floor(r() * alphabet.length)];
    assert.deepEqual(phraseWords(p), slow(p), JSON.stringify(p));
  }
});

test('word offsets: one match call plus indexOf finds the same words at the same offsets as a match-by-match scan (random Unicode text)', () => {
  // The reference: the word pattern of tokenize.ts, run match by match with exec, each word at its match's index.
  const cjk = '[\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u3040-\\u30ff\\uac00-\\ud7af]';
  const word = '[[\\p{L}\\p{N}\\p{M}]--[\\u{10000}-\\u{10ffff}]--' + cjk + '--[\\u3000-\\u303f\\uff00-\\uff0f]]';
  const re = new RegExp(cjk + '|' + word + '+(?:[\'\\u2019._\\-]' + word + '+)*', 'gv');
  const reference = (text: string) => [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length, m[0]]);
  const pool = ['a', 'B', 'é', 'ß', 'İ', '\u0301', '1', "'", '’', '.', '-', '_', ' ', '\n', '中', '。', '！', '…', '\u3000', '，', 'Ａ',
    '１', '😀', '\ud83d', 'ﬁ', 'e.g', 'aa', 'a-a', 'か', '한', '\u00a0', '!', '?', 'Z', '9'];
  const random = prng(11);
  for (let k = 0; k < 3000; k++) {
    let text = '';
    const length = Math.floor(random() * 40);
    for (let i = 0; i < length; i++) text += pool[Math.floor(random() * pool.length)];
    assert.deepEqual(tokenize(text).words.map((w) => [w.start, w.end, w.text]), reference(text), JSON.stringify(text));
  }
});
