import { blockRule } from '../rule-types';

/** Doubled words that are grammatical ("had had", "that that") are left alone. */
const ALLOWED = new Set(['had', 'that', 'do', 'bye', 'ha', 'ah', 'oh', 'ho', 'la', 'na', 'blah', 'bla', 'no', 'yeah', 'very', 'so', 'really', 'knock', 'tick', 'chop']);

export default blockRule({
  id: 'repeated-word',
  description: 'The same word twice in a row, as in "the the".',
  defaultSeverity: 'error',
  fixable: true,
  scope: 'block',
  options: {},
  why: 'A doubled word is almost always a typo that survived editing.',
  example: { bad: 'Restart the the server.', good: 'Restart the server.' },
  notes: 'Doubles that are grammatical are not flagged: *had had*, *that that*, *do do*, and *is is* after *what* ("what it is is…"). Words with punctuation or code between them are not a repetition. The fix deletes the second word and the space before it.',
  examples: {
    ok: ['Restart the server.', 'What we had had no tests.', 'The, the end.', 'What it is is a cache.'],
    notOk: ['Restart the the server.', 'It was was broken.', 'It is is not ready.'],
  },
  check(ctx) {
    const out = [];
    const { words, text } = ctx;
    for (let i = 1; i < words.length; i++) {
      const prev = words[i - 1]!;
      const word = words[i]!;
      if (word.cjk || word.lower !== prev.lower || ALLOWED.has(word.lower) || /^\d/.test(word.lower)) continue;
      if (!/^\s+$/.test(text.slice(prev.end, word.start))) continue;
      // "What it is is a mess": a doubled "is" after "what" is grammatical.
      if (word.lower === 'is' && words.slice(Math.max(0, i - 4), i - 1).some((w) => w.lower === 'what')) continue;
      out.push({
        messageId: 'repeated',
        data: { word: word.text },
        range: { start: prev.start, end: word.end },
        fix: { titleId: 'fix.removeSecond', data: { word: word.text }, edits: [{ range: { start: prev.end, end: word.end }, newText: '' }] },
      });
    }
    return out;
  },
});
