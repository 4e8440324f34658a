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
