import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkStarts } from '../../../src/core/lint/chunks';
import { parseChunk } from '../../../src/core/lint/blocks';
import { prng } from '../helpers/prng';

/**
 * The engine parses each chunk on its own (that is what makes re-linting cheap). This checks the premise: the prose
 * blocks found chunk by chunk (with the engine's merge of chunks left open) are exactly those of one parse of the
 * whole document.
 */
function chunked(text: string): string[] {
  const starts = chunkStarts(text, 0);
  const out: string[] = [];
  let i = 0;
  while (i < starts.length) {
    let j = i + 1;
    let end = j < starts.length ? starts[j]! : text.length;
    let parsed = parseChunk(text.slice(starts[i]!, end));
    while (parsed.open && j < starts.length) {
      j++;
      end = j < starts.length ? starts[j]! : text.length;
      parsed = parseChunk(text.slice(starts[i]!, end));
    }
    for (const b of parsed.blocks) out.push(`${b.kind}@${starts[i]! + b.start}:${JSON.stringify(b.text)}`);
    i = j;
  }
  return out;
}

function whole(text: string): string[] {
  return parseChunk(text).blocks.map((b) => `${b.kind}@${b.start}:${JSON.stringify(b.text)}`);
}

const PIECES = [
  '# Title\n', 'Para one was written.\n', 'Para two\ncontinues here.\n', '- item\n- item two\n', '1. one\n\n   still one\n',
  '> quote\nlazy line\n', '```\ncode\n\nmore code\n```\n', '~~~~\n```\nnot closed inside\n~~~~\n', '    indented\n',
  '<div>\nhtml\n</div>\n', '<!--\ncomment\n\nstill comment\n-->\n', '<pre>\npre\n\npre\n</pre>\n', '<span>\ninline html block\n',
  '| a | b |\n|---|---|\n| c | d |\n', '***\n', 'Setext\n---\n', '``` not`a fence\n', '  - nested\n    - deeper\n',
  '<?php\n\necho 1;\n?>\n', '<!DOCTYPE html>\n', '\t\ttabbed\n', '```\nunclosed fence\n', '<!-- unclosed\n', '$$\nmath\n$$\n',
];

test('chunk-by-chunk parsing finds the same prose blocks as one whole-document parse (2000 random documents)', () => {
  const rand = prng(42);
  for (let n = 0; n < 2000; n++) {
    const parts: string[] = [];
    const count = 2 + Math.floor(rand() * 12);
    for (let k = 0; k < count; k++) {
      parts.push(PIECES[Math.floor(rand() * PIECES.length)]!);
      const r = rand();
      parts.push(r < 0.6 ? '\n' : r < 0.8 ? '' : r < 0.9 ? '\n\n' : '  \n');
    }
    let text = parts.join('');
    if (rand() < 0.2) text = text.replace(/\n/g, '\r\n');
    assert.deepEqual(chunked(text), whole(text), JSON.stringify(text));
  }
});

test('chunk boundaries: a blank line then a line at column 0, outside fences and HTML blocks', () => {
  const text = 'a\n\nb\n\n  c\n\n```\nx\n\ny\n```\n\nd\n';
  assert.deepEqual(chunkStarts(text, 0).map((s) => text.slice(s, s + 1)), ['a', 'b', '`', 'd']);
});
