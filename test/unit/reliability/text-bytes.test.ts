import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { DEFAULT_MAX_FILE_SIZE, invalidUtf8At, parseSize, refuseBytes } from '../../../src/core/text-bytes';
import { binaryBytes, latin1Post } from './hostile';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

test('UTF-8 text of every script is text; the validator agrees with a fatal TextDecoder', () => {
  for (const s of ['', 'plain', '\ufeff# BOM', '中文标题：测试', '😀👩‍💻 emoji', 'שלום עולם', 'mixed\r\nCRLF\rCR\n']) {
    assert.equal(refuseBytes(utf8(s)), null, s);
  }
  const fatal = new TextDecoder('utf-8', { fatal: true });
  const cases: number[][] = [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80],
    [0xe2, 0x82], [0x80], [0xff], [0xc3], [0xf0, 0x9f, 0x98], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0xc3, 0xa9]];
  for (const c of cases) {
    let valid = true;
    try { fatal.decode(new Uint8Array(c)); } catch { valid = false; }
    assert.equal(invalidUtf8At(new Uint8Array([0x41, ...c])) < 0, valid, c.map((b) => b.toString(16)).join(' '));
  }
});

test('binary (a NUL in the first 8 KB), invalid UTF-8 and too-large bytes are refused, with where', () => {
  assert.deepEqual(refuseBytes(binaryBytes(4096)), { kind: 'binary', offset: 0 });
  const nulLate = new Uint8Array(9000).fill(0x41);
  nulLate[8500] = 0;
  assert.equal(refuseBytes(nulLate), null, 'a NUL after the first 8 KB is text with a stray NUL');
  const { bytes, offset } = latin1Post();
  assert.deepEqual(refuseBytes(bytes), { kind: 'invalid-utf8', offset });
  const big = new Uint8Array(DEFAULT_MAX_FILE_SIZE + 1).fill(0x41);
  assert.deepEqual(refuseBytes(big), { kind: 'too-large', size: DEFAULT_MAX_FILE_SIZE + 1, limit: DEFAULT_MAX_FILE_SIZE });
  assert.equal(refuseBytes(big, 0), null, '0 means no limit');
});

test('--max-size values', () => {
  assert.equal(parseSize('0'), 0);
  assert.equal(parseSize('1500'), 1500);
  assert.equal(parseSize('500k'), 500 * 1024);
  assert.equal(parseSize('20MB'), 20 * 1024 * 1024);
  assert.equal(parseSize('1.5m'), 1.5 * 1024 * 1024);
  assert.equal(parseSize('lots'), null);
  assert.equal(parseSize('-1'), null);
});
