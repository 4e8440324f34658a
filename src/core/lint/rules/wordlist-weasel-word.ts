import { existenceRule } from '../kinds';
import { weaselWords } from '../data/weasel-word';

/** `weasel-word`: an intensifier that adds nothing; the fix deletes it. The data is in ../data/weasel-word.ts. */
export default existenceRule({
  id: 'weasel-word',
  description: 'An intensifier that adds nothing (very, really, quite, extremely…). The fix removes it.',
  defaultSeverity: 'hint',
  strict: { severity: 'info', calm: 'An intensifier is a suggestion: the calm default shows it as a hint (dotted underline, not in the Problems panel), strict as information.' },
  why: 'Intensifiers claim importance without showing it. "Very fast" tells the reader less than "fast", and far less '
    + 'than "3 ms". Cut the word, or replace it with the number or the example that proves the point.',
  example: { bad: 'The new parser is very fast.', good: 'The new parser takes 3 ms per file.' },
  examples: {
    ok: ['The new parser is fast.', 'We rewrote quite a few modules.', 'That is the very first commit.',
      'We chose Rust rather than Go.'],
    notOk: ['The new parser is very fast.', 'This change is really important.', 'The migration was quite painful.'],
  },
  notes: 'Not flagged where deleting the word would change the meaning: after a negation ("not very hard"), in "quite a few", "the very first", "rather than", "very much", and in technical terms such as "absolutely positioned" or "completely fair". "essentially" is flagged without a fix, because "essentially all" means almost all.',
  entries: weaselWords,
  message: (m) => ({ messageId: 'weasel', data: { text: m.text } }),
});
