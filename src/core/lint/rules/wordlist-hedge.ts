import { existenceRule } from '../kinds';
import { hedges } from '../data/hedge';

/** `hedge`: a word that makes a claim weaker than the writer believes it. The data is in ../data/hedge.ts. */
export default existenceRule({
  id: 'hedge',
  description: 'A hedge that weakens a claim (I think, perhaps, maybe, it seems, sort of, probably…).',
  defaultSeverity: 'hint',
  strict: { severity: 'info', calm: 'A hedge is sometimes honest: the calm default shows it as a hint, strict as information.' },
  why: 'Readers follow writers who commit. Hedge where you are unsure and say why; elsewhere state the claim and '
    + 'the evidence. A recognised voice is one whose claims can be quoted.',
  example: { bad: 'I think the cache is probably the bottleneck.', good: 'The cache is the bottleneck: 80% of the time goes there.' },
  examples: {
    ok: ['The cache is the bottleneck.', 'This kind of bug is hard to find.', 'What sort of tests do you write?'],
    notOk: ['I think the cache is the bottleneck.', 'Perhaps we should split the service.',
      'The build is kind of slow on laptops.'],
  },
  notes: '"kind of" and "sort of" are hedges only as adverbs ("kind of slow"); after a determiner they are nouns ("this kind of bug") and are not flagged. There is no automatic fix: removing a hedge changes the claim.',
  entries: hedges,
  message: (m) => ({ messageId: 'hedge', data: { text: m.text } }),
});
