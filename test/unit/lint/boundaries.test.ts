import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../../src/core/lint/index';
import { only, spans } from './helpers';

// "the the" is flagged wherever the engine sees prose, so it is a probe for what counts as prose.
const probe = only('repeated-word', 'article', 'passive-voice');

function flagged(text: string): string[] {
  return spans(text, lintText(text, probe).findings).map(([, s]) => s);
}

const NOT_PROSE: Record<string, string> = {
  'fenced code (backticks)': '```\nthe the was written\n```\n',
  'fenced code (tildes, with info)': '~~~ts\nthe the a hour\n~~~\n',
  'fenced code in a list item': '- item\n\n  ```\n  the the\n  ```\n',
  'fenced code with blank lines inside': '```\nfirst\n\nthe the\n\nlast\n```\n',
  'indented code': 'Intro.\n\n    the the was written\n',
  'inline code': 'Run `the the` now.',
  'double-backtick inline code': 'Run ``the ` the`` now.',
  'front matter': '---\ntitle: the the was written\n---\nFine.\n',
  'HTML block': '<div>\nthe the was written\n</div>\n',
  'HTML block spanning blank lines (pre)': '<pre>\nthe the\n\nthe the\n</pre>\n',
  'HTML comment block': '<!--\nthe the\n\nthe the\n-->\n',
  'inline HTML': 'A <span title="the the">fine</span> day.',
  'inline HTML comment': 'A <!-- the the --> fine day.',
  'link URL': 'See [the docs](https://x.test/the%20the/the-the "the the").',
  'reference link label': 'See [the docs][the the].\n\n[the the]: https://x.test/\n',
  'autolink': 'See <https://x.test/the/the> now.',
  'bare URL': 'See https://x.test/the/the/a/hour now.',
  'www URL': 'See www.x.test/the/the now.',
  'inline math': 'So $the the$ holds.',
  'display math': '$$\nthe the\n$$\n',
  'image URL': '![A picture](the/the.png)',
};

for (const [name, text] of Object.entries(NOT_PROSE)) {
  test(`not prose: ${name}`, () => {
    assert.deepEqual(flagged(text), []);
  });
}

const PROSE: Record<string, [string, string[]]> = {
  'link text': ['See [the the docs](https://x.test/).', ['the the']],
  'image alt text': ['![the the picture](x.png)', ['the the']],
  'ATX heading': ['## The the heading ##\n', ['The the']],
  'setext heading': ['The the heading\n===\n', ['The the']],
  'list item': ['- first\n- the the item\n', ['the the']],
  'ordered list item, second paragraph': ['1. first\n\n   the the item\n', ['the the']],
  'block quote': ['> quoted\n> the the text\n', ['the the']],
  'nested quote in a list': ['- > the the\n', ['the the']],
  'table cell': ['| a | b |\n|---|---|\n| x | the the |\n', ['the the']],
  'emphasis': ['Some *the the* text and **a hour**.', ['the the', 'a hour']],
  'prose around code': ['The `x` the the `y`.', ['the the']],
  'dollar amounts are not math': ['It costs $5 and the the fee is $10.', ['the the']],
  'prose after an unterminated HTML comment line': ['Text <!-- not closed\n\nthe the\n', ['the the']],
};

for (const [name, [text, want]] of Object.entries(PROSE)) {
  test(`prose: ${name}`, () => {
    assert.deepEqual(flagged(text), want);
  });
}

test('ranges in prose next to code point at the exact source characters', () => {
  const text = '> Use `x` and the the [link](http://the.the) text.\n';
  const f = lintText(text, probe).findings;
  assert.deepEqual(f.map((x) => x.range), [{ start: 14, end: 21 }]);
});

test('a whole document: findings only in prose', () => {
  const doc = [
    '---', 'title: The the post', 'tags: [a, b]', '---', '',
    '# The the title', '',
    'Intro was written by a hour team. See `the the` and <https://the.the>.', '',
    '```js', 'const the = the; // was written', '```', '',
    '<table><tr><td>the the</td></tr></table>', '',
    '| col | col |', '|-----|-----|', '| the the | `the the` |', '',
    '> a hour quote', '',
  ].join('\n');
  assert.deepEqual(flagged(doc), ['The the', 'was written', 'a hour', 'the the', 'a hour']);
});

test('a component or block tag separates words; formatting tags do not', () => {
  assert.deepEqual(flagged('npm\n<TerminalBlock>\nnpm'), []);
  assert.deepEqual(flagged('Use the<br>the line.'), []);
  assert.deepEqual(flagged('Use <b>the</b> the line.'), ['the</b> the']);
});
