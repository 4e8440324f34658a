import { existenceRule } from '../kinds';
import { condescendingWords } from '../data/condescending';

/** `condescending`: words that tell readers something is easy or obvious. The data is in ../data/condescending.ts. */
export default existenceRule({
  id: 'condescending',
  description: 'A word that tells readers a step is easy or a fact is obvious (simply, just, obviously, of course, easy…).',
  defaultSeverity: 'hint',
  strict: { severity: 'warning', calm: 'Words like *just*, *simply* and *easy* are often innocent ("just a few", "simply disappearing", "makes errors easy to handle"): judged by hand on 20 findings in others\' posts, 8 were condescending (docs/hand-judged.md). The calm default shows them as hints (dotted underline, not in the Problems panel); strict as a warning.' },
  why: 'What is easy for the writer is often the step where a reader is stuck. "Just" and "simply" then make the '
    + 'reader feel slow, and when the step really is easy the words add nothing.',
  example: { bad: 'Just add a flag to the config file.', good: 'Add a flag to the config file.' },
  examples: {
    ok: ['Add a flag to the config file.', 'It was a just cause.', 'The build finished just now.',
      'This is not easy to get right.', 'Writing a parser is a non-trivial task.'],
    notOk: ['Just add a flag to the config file.', 'Simply run the installer.', 'Obviously, the cache must be warm.',
      'Setting up the cluster is easy.'],
  },
  notes: '"just" is flagged only when it means "merely" ("just add a flag"), not when it means fair ("a just cause"), recently ("we have just shipped", "just now"), exactly ("just as", "just like") or barely ("just over 10%", "just before"). Negations are fine: "not easy", "non-trivial", "not obvious". "clearly" in the sense of "in a clear way" ("write clearly", "clearly defined") is not flagged.',
  entries: condescendingWords,
  message: (m) => ({ messageId: 'condescending', data: { text: m.text } }),
});
