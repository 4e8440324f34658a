/**
 * What the load-time and cold-lint work changed, pinned down:
 * - inclusive-language's retext-equality is provided by the host (src/core/lint/providers.ts); without a provider
 *   the engine reports a host notice instead of silently finding nothing. This file never provides one.
 * - the word scan (a regular expression since it had to run fast cold) gives exactly the words of the char-code loop
 *   it replaced, kept here as the oracle, on random Unicode text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter, lintText, parseConfig } from '../../../src/core/lint/index';
import { tokenize, isCjk } from '../../../src/core/lint/tokenize';

test('inclusive-language without a retext-equality provider: a host notice (not a problem), no findings, no throw', () => {
  const config = parseConfig('{ "rules": { "inclusive-language": "warning" } }').config;
  const result = lintText('Hey guys, the whitelist is ready.', config);
  assert.deepEqual(result.findings.filter((f) => f.rule === 'inclusive-language'), []);
  assert.deepEqual(result.problems, []);
  assert.equal(result.notices.length, 1);
  assert.equal(result.notices[0]!.rule, 'inclusive-language');
  assert.match(result.notices[0]!.message, /inclusive-language is on, but this host did not load retext-equality/);
  assert.deepEqual(new Linter(config).lint('Hey guys, the whitelist is ready.'), result);
  // Off (the default): nothing to report.
  assert.deepEqual(lintText('Hey guys, the whitelist is ready.').notices, []);
  assert.deepEqual(lintText('Hey guys, the whitelist is ready.').problems, []);
});

// ── The oracle: the char-code word loop the regular expression replaced ─────────────────────────────────────────
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  const cjkPunctuation = (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xff0f);
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code)) && !isCjk(code) && !cjkPunctuation;
}
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 45 || code === 95;
}
function referenceWords(text: string): Array<[number, number, boolean]> {
  const out: Array<[number, number, boolean]> = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) { out.push([i, i + 1, true]); i++; continue; }
    if (!isWordChar(c)) { i++; continue; }
    const start = i++;
    for (;;) {
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1))) { i += 2; continue; }
      break;
    }
    out.push([start, i, false]);
  }
  return out;
}

test('the word scan finds exactly the words of the char-code loop, on random Unicode text', () => {
  const pieces = ['a', 'Z', '0', ' ', '\n', '\t', '.', '!', '?', '…', "'", '’', '-', '_', ',', '(', '"', 'é', 'ß', 'Ω',
    'й', '中', '文', '。', '！', 'か', 'カ', '한', '\u3000', '\uff0c', '\uff08', '😀', '\ud835\udc00', '\ud800', '\udc00',
    '\u0301', '٣', '\u00a0', '\u001f', 'e.g', 'U.S', '...', 'v1.2', 'x'];
  let seed = 12345;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let k = 0; k < 20000; k++) {
    let text = '';
    const length = 1 + Math.floor(random() * 24);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
    const words = tokenize(text).words.map((w): [number, number, boolean] => [w.start, w.end, w.cjk]);
    assert.deepEqual(words, referenceWords(text), JSON.stringify(text));
  }
});
