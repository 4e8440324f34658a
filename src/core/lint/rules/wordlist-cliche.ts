import { existenceRule } from '../kinds';
import { cliches } from '../data/cliche';

/** `cliche`: a worn-out phrase; the note says what to write instead. The data is in ../data/cliche.ts. */
export default existenceRule({
  id: 'cliche',
  description: 'A cliché or piece of business jargon (low-hanging fruit, at the end of the day, game changer…).',
  defaultSeverity: 'info',
  strict: { severity: 'warning', calm: 'An idiom is not always a fault, and the list is broad; the calm default shows a cliché as information, strict as a warning.' },
  why: 'A cliché is the phrase everyone reaches for first, so it carries no information and no voice. The exact '
    + 'claim it stands in for is what makes a post worth quoting.',
  example: { bad: 'Caching is the low-hanging fruit here.', good: 'Caching is the cheapest win here: one day of work for 40% less latency.' },
  examples: {
    ok: ['Caching is the cheapest win here.', 'Our team meets at the end of each sprint.'],
    notOk: ['Caching is the low-hanging fruit here.', 'At the end of the day, users want speed.',
      'This compiler is a game changer.'],
  },
  notes: 'Each message says what to write instead. Hyphenated and spaced spellings are both listed. Phrases that are also technical terms ("out of the box", "best practice", "mission-critical") are left out on purpose.',
  entries: cliches,
  message: (m): { messageId: string; data: Record<string, string> } => m.entry.note ? { messageId: 'clicheNote', data: { text: m.text, note: m.entry.note } } : { messageId: 'cliche', data: { text: m.text } },
});
