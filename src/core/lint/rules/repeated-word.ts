import { blockRule } from '../rule-types';

/** Doubled words that are grammatical ("had had", "that that") are left alone. */
const ALLOWED = new Set(['had', 'that', 'do', 'bye', 'ha', 'ah', 'oh', 'ho', 'la', 'na', 'blah', 'bla', 'no', 'yeah', 'very', 'so', 'really', 'knock', 'tick', 'chop',
  // A modal followed by the same word as a noun or verb ("you can can tomatoes", "the will will be read").
  'can', 'will', 'may', 'must',
  // Deliberate reduplication, interjections and sound words.
  'tut', 'tsk', 'hush', 'goody', 'night', 'there', 'well', 'now', 'hee', 'haha', 'boo', 'yum', 'bam', 'bang', 'boom',
  'buzz', 'tock', 'ding', 'dong', 'ping', 'pong', 'beep', 'honk', 'woof', 'meow', 'quack', 'hip', 'pom', 'rah', 'cha',
  'choo', 'dum', 'yada', 'mm', 'hmm', 'uh', 'um', 'er', 'wow', 'yay', 'go', 'bling', 'chug', 'clop', 'drip', 'pitter',
  'patter', 'flip', 'flop', 'zig', 'zag', 'pew', 'ta', 'so-so', 'bye-bye', 'aye', 'hear', 'ooh', 'aah', 'whoa', 'hey']);

/** Function words that a lower-case word before a capitalised label would never be ("the The" is a typo). */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'to', 'of', 'and', 'or', 'in', 'on', 'is', 'it', 'for', 'with', 'at', 'by', 'as', 'be', 'this']);

export default blockRule({
  id: 'repeated-word',
  description: 'The same word twice in a row, as in "the the".',
  defaultSeverity: 'error',
  strict: { calm: 'Already calm: a doubled word is almost always a typo (11 findings in 246k words of others\' posts, 9 of 11 right when judged by hand), and the grammatical and deliberate doubles are left alone. The same in both presets.' },
  fixable: true,
  scope: 'block',
  options: {},
  why: 'A doubled word is almost always a typo that survived editing.',
  example: { bad: 'Restart the the server.', good: 'Restart the server.' },
  notes: 'Doubles that are grammatical or deliberate are not flagged: *had had*, *that that*, *do do*, a modal before the same word as a noun (*can can*, *will will*), reduplication and sound words (*bye bye*, *tick tick*, *boom boom*), letters spelled out (*B O O K*), names and labels capitalised in mid-sentence (*Walla Walla*, *the format Format dialog*), and *is is* after *what* ("what it is is…"). Words with punctuation or code between them are not a repetition. The fix deletes the second word and the space before it.',
  examples: {
    ok: ['Restart the server.', 'What we had had no tests.', 'The, the end.', 'What it is is a cache.', 'We flew to Walla Walla in May.', 'You can can tomatoes.', 'Bye bye, old build.', 'Spell it B O O K.', 'Pick the format Format option.'],
    notOk: ['Restart the the server.', 'It was was broken.', 'It is is not ready.', 'The The server restarted.', 'Open the The menu.', 'Add a a test.'],
  },
  check(ctx) {
    const out = [];
    const { words, text } = ctx;
    for (let i = 1; i < words.length; i++) {
      const prev = words[i - 1]!;
      const word = words[i]!;
      if (word.cjk || word.lower !== prev.lower || ALLOWED.has(word.lower) || /^\d/.test(word.lower)) continue;
      // A word spelled out letter by letter ("B O O K", "s s"), except the articles and pronoun that are real typos.
      if (word.text.length === 1 && word.lower !== 'a' && word.lower !== 'i') continue;
      const capital = (w: typeof word) => w.text[0] !== w.text[0]!.toLowerCase();
      const startsSentence = i === 1 || /[.!?:]\s*$/.test(text.slice(0, prev.start).trimEnd().slice(-2));
      // Names that repeat a word ("Walla Walla", "Duran Duran") and a word before a capitalised UI label ("open the
      // format Format dialog"): capitalised in mid-sentence.
      if (capital(word) && capital(prev) && !startsSentence) continue;
      if (capital(word) && !capital(prev) && !FUNCTION_WORDS.has(prev.lower)) continue;
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
