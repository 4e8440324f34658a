import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existenceRule, substitutionRule, matchCase } from '../../../src/core/lint/kinds';
import { tokenize } from '../../../src/core/lint/tokenize';
import { applyFixes } from '../../../src/core/lint/index';
import { renderMessage } from '../../../src/core/lint/messages/index';
import type { AnyRule, BlockContext, RuleFinding, RuleFix } from '../../../src/core/lint/rule-types';
import type { Fix } from '../../../src/core/lint/types';
import type { TextRange } from '../../../src/core/text';

interface Rendered { message: string; range: TextRange; fix?: Fix; suggestions?: Fix[] }

/** A rule's finding with its message and fix titles rendered in English, as the engine renders them. */
function render(ruleId: string, f: RuleFinding): Rendered {
  const fix = (x: RuleFix): Fix => ({ title: renderMessage('en', ruleId, x.titleId, x.data), edits: x.edits });
  const out: Rendered = { message: renderMessage('en', ruleId, f.messageId, f.data), range: f.range };
  if (f.fix) out.fix = fix(f.fix);
  if (f.suggestions) out.suggestions = f.suggestions.map(fix);
  return out;
}

/** Runs a sentence rule over one block of plain text (no Markdown), as the engine does. */
function check(rule: AnyRule, text: string, allow: string[] = [], options: Record<string, unknown> = {}): Rendered[] {
  const { words, sentences } = tokenize(text);
  const block: BlockContext = { kind: 'paragraph', text, source: text, words, sentences, allow: new Set(allow), providers: {} };
  assert.equal(rule.scope, 'sentence');
  if (rule.scope !== 'sentence') return [];
  return sentences.flatMap((sentence) => rule.check({ block, sentence, words: words.slice(sentence.firstWord, sentence.firstWord + sentence.wordCount) },
    { ...rule.options, ...options }).map((f) => render(rule.id, f)));
}

const weasel = existenceRule({
  id: 'test-existence', description: 'test', defaultSeverity: 'info', why: 'test', example: { bad: 'a', good: 'b' },
  examples: { ok: [], notOk: [] },
  entries: [
    { match: ['very'], removable: true },
    { match: ['just'], except: ['just now', 'a just cause'], note: 'say what you mean' },
    { match: ['at the end of the day', 'at end of day'] },
  ],
});

const simpler = substitutionRule({
  id: 'test-substitution', description: 'test', defaultSeverity: 'warning', why: 'test', example: { bad: 'a', good: 'b' },
  examples: { ok: [], notOk: [] },
  entries: [
    { match: ['utilize'], replace: ['use'] },
    { match: ['in order to'], replace: ['to'] },
    { match: ['facilitate'], replace: ['help', 'ease'], safe: false },
    { match: ['commence'], replace: ['start', 'begin'] },
  ],
});

const spans = (text: string, f: Rendered[]) => f.map((x) => text.slice(x.range.start, x.range.end));

test('existence: whole words, case-insensitive, across whitespace runs, longest phrase first', () => {
  const text = 'It is Very good. Every day, at the\nend of   the day, we ship. Veryfast is not a match.';
  const f = check(weasel, text);
  assert.deepEqual(spans(text, f), ['Very', 'at the\nend of   the day']);
  assert.equal(f[1]!.message, "'at the end of the day'.");
  assert.equal(check(weasel, 'Just do it.')[0]!.message, "'Just': say what you mean");
});

test('existence: exceptions and allow lists', () => {
  assert.deepEqual(spans('I did it just now. It is a just cause.', check(weasel, 'I did it just now. It is a just cause.')), []);
  assert.deepEqual(spans('It is just a test.', check(weasel, 'It is just a test.')), ['just']);
  assert.deepEqual(check(weasel, 'It is just a test.', ['just']), []);
  assert.deepEqual(check(weasel, 'It is just a test.', [], { allow: ['JUST'] }), []);
  // Punctuation between the words breaks a phrase.
  assert.deepEqual(check(weasel, 'At the end, of the day.'), []);
});

test('existence: the removal fix tidies spaces and keeps the sentence capitalised', () => {
  const cases: Array<[string, string]> = [
    ['It is very good.', 'It is good.'],
    ['Very good work.', 'Good work.'],
    ['It is good, very.', 'It is good.'],
    ['It was very  very good.', 'It was good.'],
  ];
  for (const [text, want] of cases) {
    const fixes = check(weasel, text).map((f) => f.fix!);
    assert.equal(applyFixes(text, fixes).text, want, text);
  }
  const f = check(weasel, 'Very good work.')[0]!;
  assert.deepEqual(f.fix, { title: "Remove 'Very'", edits: [{ range: { start: 0, end: 6 }, newText: 'G' }] });
});

test('substitution: the first replacement is the fix when safe, the rest are suggestions; case is kept', () => {
  const text = 'Utilize it in order to win. UTILIZE it. We commence now.';
  const f = check(simpler, text);
  assert.deepEqual(spans(text, f), ['Utilize', 'in order to', 'UTILIZE', 'commence']);
  assert.deepEqual(f[0]!.fix, { title: "Replace with 'Use'", edits: [{ range: { start: 0, end: 7 }, newText: 'Use' }] });
  assert.equal(f[0]!.message, "Use 'Use' instead of 'Utilize'.");
  assert.equal(f[2]!.fix!.edits[0]!.newText, 'USE');
  const at = text.indexOf('commence');
  assert.deepEqual(f[3]!.suggestions, [{ title: "Replace with 'begin'", edits: [{ range: { start: at, end: at + 8 }, newText: 'begin' }] }]);
  assert.equal(applyFixes(text, f.map((x) => x.fix!)).text, 'Use it to win. USE it. We start now.');
});

test('substitution: unsafe entries give suggestions only', () => {
  const f = check(simpler, 'This will facilitate reviews.');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.fix, undefined);
  assert.deepEqual(f[0]!.suggestions!.map((s) => s.title), ["Replace with 'help'", "Replace with 'ease'"]);
  assert.equal(simpler.fixable, true);
});

test('matchCase', () => {
  assert.equal(matchCase('Utilize', 'use'), 'Use');
  assert.equal(matchCase('UTILIZE', 'use'), 'USE');
  assert.equal(matchCase('utilize', 'use'), 'use');
  assert.equal(matchCase('In order to', 'to'), 'To');
  assert.equal(matchCase('X', 'use'), 'Use');
  assert.equal(matchCase('Utilize', ''), '');
});
