import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countByPatterns, syllables } from '../../../src/core/lint/syllables';
import { prng } from '../helpers/prng';

test('syllables: the allocation-free count agrees with the pattern definition (known words and random words)', () => {
  const known: Array<[string, number]> = [['the', 1], ['sunny', 2], ['morning', 2], ['today', 2], ['idea', 3], ['being', 2],
    ['medium', 3], ['actual', 3], ['bottles', 2], ['loved', 1], ['tried', 1], ['yes', 1], ['42', 1], ['', 0]];
  for (const [word, count] of known) {
    assert.equal(countByPatterns(word), count, word);
    assert.equal(syllables(word), count, word);
  }
  // Letters that the corrections look at (silent e, -ed, leading y, ia/ua/iu, -ing, -ea), case, digits, joiners, and
  // non-ASCII characters (which take the pattern path).
  const pool = 'aeiouyAEIOUYbcdlstgnrmEDSINGL0-.\'’éİ\u212a';
  const random = prng(5);
  for (let k = 0; k < 20000; k++) {
    let word = '';
    const length = 1 + Math.floor(random() * 12);
    for (let i = 0; i < length; i++) word += pool[Math.floor(random() * pool.length)];
    assert.equal(syllables(word), countByPatterns(word), word);
  }
  assert.equal(syllables('a'.repeat(80) + 'bed'), countByPatterns('a'.repeat(80) + 'bed'));
});
