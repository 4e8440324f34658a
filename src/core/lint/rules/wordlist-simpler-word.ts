import { substitutionRule } from '../kinds';
import { simplerWords } from '../data/simpler-word';

/** `simpler-word`: a wordy word or phrase with a plainer alternative. The data is in ../data/simpler-word.ts. */
export default substitutionRule({
  id: 'simpler-word',
  description: 'A wordy word or phrase that has a simpler alternative (utilize → use, in order to → to).',
  defaultSeverity: 'info',
  strict: { severity: 'warning', calm: 'A wordy word is worth a glance, not a warning: plain words read faster, but a careful writer sometimes needs the longer one. The calm default shows it as information (in the Problems panel, below the warnings); strict makes it a warning.' },
  why: 'Plain words are read faster and understood by more people, including readers whose first language is not '
    + 'English. A long word where a short one works makes the writer sound distant, not expert.',
  example: { bad: 'We utilize a queue in order to absorb bursts.', good: 'We use a queue to absorb bursts.' },
  examples: {
    ok: ['We use a queue to absorb bursts.', 'Our first attempt to shard the table failed.',
      'The new layout is an order of magnitude faster.'],
    notOk: ['We utilize a queue.', 'In order to ship faster, we cut the scope.', 'Read the guide prior to the upgrade.',
      'Approximately half of the jobs failed.'],
  },
  notes: 'Every inflection is its own entry, so the fix stays grammatical (utilizing → using). Entries where the plain word does not fit every context (a past form that may be a participle, such as demonstrated → showed / shown; a word that is also a noun, such as purchase; a technical sense, such as terminate a process) offer their replacements as suggestions only: "fix all" and `lectern lint --fix` never apply them. The longest phrase wins ("an additional" → "another"). Add a word to `allow` to keep it.',
  entries: simplerWords,
});
