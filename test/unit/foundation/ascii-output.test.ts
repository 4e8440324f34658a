/**
 * The shipped bundles are pure ASCII (scripts/ascii-output.mjs): escaping must keep every value the same, refuse what
 * it cannot escape safely, and keep the source map pointing at the same source positions.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Script } from 'node:vm';
// @ts-expect-error -- a plain .mjs build script without types
import { escapeNonAscii, shiftMappings, decodeVlq } from '../../../scripts/ascii-output.mjs';
import { repoRoot } from '../helpers/repo';

interface Escaped { text: string; growth: Array<Array<[number, number]> | undefined> }
const escape = escapeNonAscii as (text: string, file?: string) => Escaped;
const shift = shiftMappings as (mappings: string, growth: Escaped['growth']) => string;
const decode = decodeVlq as (segment: string) => number[];

/** Evaluates an expression's source and returns its value. */
const run = (source: string): unknown => new Script(`(${source})`).runInThisContext();

test('escaped code gives the same values: strings, templates, regular expressions with and without u, astral', () => {
  const source = String.raw`[
    '发布了，欢迎试用！', ${'`'}模板 ${'${'}1 + 1} 个${'`'}, '😀',
    /[！？]{2,}|。。(?!。)/g.source.length > 0 && '好！！'.replace(/[！？]{2,}/g, '！'),
    '😀x'.replace(/😀/u, 'E'), '😀'.match(/^.$/u) !== null, '😀'.match(/^[😀-😂]$/u) !== null,
    'a的b'.split(/的/), /é/i.test('É'),
  ]`;
  const { text } = escape(source);
  assert.match(text, /^[\x00-\x7f]*$/);
  assert.deepEqual(run(text), run(source));
  assert.deepEqual(run(text), ['发布了，欢迎试用！', '模板 2 个', '😀', '好！', 'Ex', true, true, ['a', 'b'], true]);
});

test('a non-ASCII character after a backslash stops the build instead of changing meaning', () => {
  assert.throws(() => escape('/\\的/.test(x)', 'x.js'), /x\.js: a non-ASCII character right after a backslash \(line 1\)/);
  // An escaped backslash before it is fine: the character stands on its own.
  assert.equal(escape("'\\\\的'").text, "'\\\\\\u7684'");
});

test('source map columns move with the text: each mapping still points at the same generated token', () => {
  // Two lines; the first has non-ASCII characters before and between tokens that have mappings.
  const original = 'var a=/[！？]/,b="的"+c;\nvar d=e;';
  const { text, growth } = escape(original);
  // One mapping per identifier of the first line, and one on the second, all from source 0, line 0.
  const columnsOf = (s: string, names: string[]) => names.map((n) => s.indexOf(n));
  const cols = columnsOf(original.split('\n')[0]!, ['a=', 'b=', 'c;']);
  const vlq = (n: number): string => {
    const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    let v = n < 0 ? (-n << 1) | 1 : n << 1;
    let out = '';
    do { let d = v & 31; v >>>= 5; if (v) d |= 32; out += B64[d]; } while (v);
    return out;
  };
  const line0 = cols.map((c, i) => vlq(c - (i ? cols[i - 1]! : 0)) + 'AA' + vlq(i ? 1 : 0)).join(',');
  const shifted = shift(`${line0};${vlq(4)}AAA`, growth);
  const [first, second] = shifted.split(';');
  let column = 0;
  const newCols = first!.split(',').map((seg) => (column += decode(seg)[0]!));
  const newLine0 = text.split('\n')[0]!;
  assert.deepEqual(newCols.map((c) => newLine0.slice(c, c + 2)), ['a=', 'b=', 'c;']);
  assert.equal(second, `${vlq(4)}AAA`, 'a line without escapes keeps its mappings');
});

test('every shipped bundle in dist/ is pure ASCII', () => {
  const dist = path.join(repoRoot(), 'dist');
  const files = fs.readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.js'));
  assert.ok(files.includes('cli-main.js') && files.includes('core.js'), 'dist/ has been built');
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(dist, file));
    const at = bytes.findIndex((b) => b > 127);
    assert.equal(at, -1, `${file}: non-ASCII byte at ${at}`);
  }
});
