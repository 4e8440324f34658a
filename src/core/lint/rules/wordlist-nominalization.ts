import { substitutionRule } from '../kinds';
import { nominalizations } from '../data/nominalization';

/** `nominalization`: a verb hidden in a noun; suggestions bring it back. The data is in ../data/nominalization.ts. */
export default substitutionRule({
  id: 'nominalization',
  description: 'A verb buried in a noun (made a decision → decided, perform an analysis → analyze). Suggestion only.',
  defaultSeverity: 'hint',
  strict: { severity: 'info', calm: 'A buried verb is a suggestion: the calm default shows it as a hint, strict as information.' },
  why: 'A nominalization hides the action inside a noun and adds a weak verb in front of it. Using the verb '
    + 'makes the sentence shorter and shows who did what.',
  example: { bad: 'We made a decision to drop the old format.', good: 'We decided to drop the old format.' },
  examples: {
    ok: ['We decided to drop the old format.', 'The team analyzed the logs.'],
    notOk: ['We made a decision to drop the old format.', 'The team performed an analysis of the logs.',
      'The scheduler has a tendency to starve small jobs.'],
  },
  notes: 'Suggestions keep the tense of the light verb ("made a decision" → "decided", "makes a decision" → "decides"). They are never applied automatically: the words after the phrase sometimes need to change too.',
  entries: nominalizations,
  message: (m) => ({ messageId: 'nominalization', data: { text: m.text, replacement: m.entry.replace[0] ?? '' } }),
});
