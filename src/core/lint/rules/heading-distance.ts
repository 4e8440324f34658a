import { documentRule, type BlockContext } from '../rule-types';

interface Facts {
  heading: boolean;
  /** Per sentence: [start, end, English words]. */
  sentences: Array<[number, number, number]>;
}

function collect(ctx: BlockContext): Facts {
  return {
    heading: ctx.kind === 'heading',
    sentences: ctx.sentences.map((s) => [s.start, s.end, s.cjk ? 0 : s.latinWords]),
  };
}

/** The text before the first heading counts as a section too. One finding per section, where it crosses `max`. */
export default documentRule<{ max: number }, Facts>({
  id: 'heading-distance',
  description: 'More than 300 words without a subheading.',
  defaultSeverity: 'info',
  strict: { calm: 'Already calm: only stretches over 300 words without a subheading, as information. The same in both presets.' },
  fixable: false,
  scope: 'document',
  options: { max: 300 },
  why: 'Readers scan headings to find their way; long stretches without one hide the structure of the post.',
  example: { bad: 'Five screens of text under one heading.', good: 'A subheading every few paragraphs, each saying what the section shows.' },
  notes: 'Counts English words of running text since the last heading (the text before the first heading counts as a section). Reported once per section, at the sentence that crosses `max`.',
  examples: {
    ok: ['# Title\n\nA short section.\n\n## Next\n\nAnother short one.'],
    notOk: ['# Title\n\n' + Array.from({ length: 7 }, () => Array.from({ length: 10 }, (_, i) => `Line ${i} has five words.`).join(' ')).join('\n\n')],
  },
  collect,
  finish(items, options) {
    const out = [];
    let words = 0;
    let flagged = false;
    for (const item of items) {
      if (item.facts.heading) { words = 0; flagged = false; continue; }
      if (flagged) continue;
      // Indexes, not `for…of` with destructuring: finish runs on every lint, and a cold or rarely run function
      // allocates an iterator result per element.
      const sentences = item.facts.sentences;
      for (let k = 0; k < sentences.length; k++) {
        const sentence = sentences[k]!;
        const start = sentence[0];
        const end = sentence[1];
        words += sentence[2];
        if (words > options.max) {
          out.push({
            messageId: 'tooFar',
            data: { max: options.max },
            range: { start: item.start + start, end: item.start + end },
          });
          flagged = true;
          break;
        }
      }
    }
    return out;
  },
});
