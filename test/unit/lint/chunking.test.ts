import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkStarts } from '../../../src/core/lint/chunks';
import { parseChunk, plainParagraph } from '../../../src/core/lint/blocks';
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
  return parseChunk(text, true).blocks.map((b) => `${b.kind}@${b.start}:${JSON.stringify(b.text)}`);
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

/**
 * Lines that open (or look as if they opened) every kind of block, for the plain-paragraph reading of parseChunk:
 * markers with and without the space after them, fences of two and three characters, HTML that does and does not
 * interrupt a paragraph, link reference definitions, setext underlines, tables, indentation, Unicode blanks, NUL.
 */
const LINES = [
  'Plain words here.', 'Another plain line', '**Bold** start.', '*emph* start', '* item', '*', '- item', '-', '+ item', '-dash word',
  '1. one', '1) one', '2. two', '12 monkeys', '1.5 times', '# head', '#hashtag', '###### six', '####### seven',
  '> quote', '```', '``` js', '`code` start', '``two`` ticks', '~~~', '~~strike~~', '<div>', '<div class="x">',
  '<a href="x">link</a>', '<span>x</span>', '<https://example.com>', '<!-- c -->', '< not html', '<?php', '</p>',
  '[ref]: /url', '[ref]:', '[link](url) text', '[^1]: note', '[a]', '| a | b |', '|---|---|', ':---', ':-- | --:',
  'a | b', '--- | ---', '---', '***', '* * *', '___', '_emph_ word', '__init__ method', '_', '===', '=not underline',
  '    indented four', '\tindented tab', '   three spaces', '  - nested', '  > quoted', '   # heading', '\u00a0nbsp start',
  '\u00a0', '\u3000全角', 'trailing  ', 'tab\there', 'nul\u0000char', ' \t ', '',
];

test('a chunk read as a plain paragraph gives what markdown-it gives (3000 random documents)', () => {
  const rand = prng(7);
  let plain = 0;
  let chunks = 0;
  for (let n = 0; n < 3000; n++) {
    const lines: string[] = [];
    const count = 1 + Math.floor(rand() * 8);
    for (let k = 0; k < count; k++) {
      // Mostly prose, so that most chunks are paragraphs with one odd line somewhere.
      lines.push(rand() < 0.5 ? LINES[Math.floor(rand() * 2)]! : LINES[Math.floor(rand() * LINES.length)]!);
    }
    let text = lines.join('\n') + (rand() < 0.5 ? '\n' : '');
    if (rand() < 0.15) text = text.replace(/\n/g, rand() < 0.5 ? '\r\n' : '\r');
    const starts = [0, ...chunkStarts(text, 0).slice(1)];
    for (let i = 0; i < starts.length; i++) {
      const chunk = text.slice(starts[i]!, i + 1 < starts.length ? starts[i + 1]! : text.length);
      chunks++;
      if (plainParagraph(chunk) !== undefined) plain++;
      assert.deepEqual(parseChunk(chunk), parseChunk(chunk, true), JSON.stringify(chunk));
    }
  }
  // The reading is taken often enough for the comparison to mean something.
  assert.ok(plain > chunks / 5, `${plain} of ${chunks} chunks read as plain paragraphs`);
});
