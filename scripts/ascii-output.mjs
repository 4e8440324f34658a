/**
 * Makes every shipped bundle pure ASCII. esbuild escapes non-ASCII characters in strings and identifiers but leaves
 * them raw inside regular-expression literals, and Lectern's Chinese rules have ~140 of them (full-width marks, 的).
 * One such character makes V8 hold the whole 650 KB bundle as a two-byte string: reading dist/cli-main.js as UTF-8
 * took 5.5 ms against 0.4 ms for the same bytes as Latin-1, on every CLI start and every extension activation.
 *
 * Each non-ASCII character becomes `\uXXXX` (a character above U+FFFF becomes its two surrogates, which a `u` regular
 * expression reads back as one code point). That is the same value in a string, an untagged template, a regular
 * expression (with or without `u`), an identifier or a comment; a tagged template's raw text would differ, and a
 * character right after a backslash would change meaning, so both stop the build instead of being rewritten. The
 * linked source map is shifted to match, so stack traces still point at the right source column.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** The escaped text, and for each line the columns (UTF-16) where characters grew and by how much. */
export function escapeNonAscii(text, file = 'bundle') {
  const growth = []; // per line: [column, extra][]
  let line = 0;
  let out = '';
  let last = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (c < 128) continue;
    let backslashes = 0;
    for (let j = i - 1; j >= 0 && text.charCodeAt(j) === 92; j--) backslashes++;
    if (backslashes % 2 === 1) {
      throw new Error(`${file}: a non-ASCII character right after a backslash (line ${line + 1}) cannot be escaped safely`);
    }
    out += text.slice(last, i) + `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
    last = i + 1;
    (growth[line] ??= []).push([i - lineStart, 5]);
  }
  if (last === 0) return { text, growth };
  if (/String\.raw`[^`]*[^\x00-\x7f]/.test(text)) throw new Error(`${file}: non-ASCII text in a tagged template`);
  return { text: out + text.slice(last), growth };
}

export function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64_INDEX.get(ch);
    if (digit === undefined) throw new Error(`bad source map character ${ch}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeVlq(value) {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    out += B64[digit];
  } while (v);
  return out;
}

/**
 * Moves each mapping's generated column right by what the characters before it on its line grew. Generated columns
 * are the only field that changes; they are relative within a line, so each line is decoded and encoded again.
 */
export function shiftMappings(mappings, growth) {
  return mappings.split(';').map((lineText, line) => {
    const grew = growth[line];
    if (!grew || !lineText) return lineText;
    let column = 0;
    let previousOut = 0;
    return lineText.split(',').map((segment) => {
      const fields = decodeVlq(segment);
      column += fields[0];
      let shifted = column;
      for (const [at, extra] of grew) if (at < column) shifted += extra;
      fields[0] = shifted - previousOut;
      previousOut = shifted;
      return fields.map(encodeVlq).join('');
    }).join(',');
  }).join(';');
}

/** Rewrites `file` (and `file.map`, when there is one) in place; returns how many characters were escaped. */
export function asciiFile(file) {
  const text = readFileSync(file, 'utf8');
  const { text: escaped, growth } = escapeNonAscii(text, file);
  if (escaped === text) return 0;
  writeFileSync(file, escaped);
  const mapFile = `${file}.map`;
  if (existsSync(mapFile)) {
    const map = JSON.parse(readFileSync(mapFile, 'utf8'));
    map.mappings = shiftMappings(map.mappings, growth);
    writeFileSync(mapFile, JSON.stringify(map));
  }
  return growth.reduce((n, g) => n + (g ? g.length : 0), 0);
}

/** esbuild plugin: every .js file the build writes is made ASCII-only when the build ends. */
export const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.initialOptions.metafile = true;
    build.onEnd((result) => {
      if (!result.metafile) return;
      for (const out of Object.keys(result.metafile.outputs)) {
        if (out.endsWith('.js')) asciiFile(build.initialOptions.absWorkingDir ? `${build.initialOptions.absWorkingDir}/${out}` : out);
      }
    });
  },
};
