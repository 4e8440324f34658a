import { blockRule } from '../rule-types';

/** Headings and table cells are never paragraphs; CJK characters are not counted (Chinese text stays quiet). */
export default blockRule({
  id: 'long-paragraph',
  description: 'A paragraph of more than 150 words.',
  defaultSeverity: 'info',
  strict: { calm: 'Already calm: only paragraphs over 150 words, as information (0.12 per 1,000 words of others\' posts). The same in both presets.' },
  fixable: false,
  scope: 'block',
  options: { max: 150 },
  why: 'A wall of text on screen makes readers skim. Short paragraphs, one point each, are easier to follow.',
  example: { bad: 'A single 200-word paragraph covering the bug, the fix and the rollout.', good: 'Three paragraphs: the bug, the fix, the rollout.' },
  notes: 'Counts the English words of a paragraph, list-item paragraph or block-quote paragraph (headings and table cells are never judged; Chinese characters are not counted). The range is the paragraph\'s first sentence, so the squiggle is visible without covering the whole paragraph.',
  examples: {
    ok: ['A short paragraph. It has two sentences.'],
    notOk: [Array.from({ length: 40 }, (_, i) => `Sentence number ${i} has five words.`).join(' ')],
  },
  check(ctx, options) {
    if (ctx.kind === 'heading' || ctx.kind === 'table-cell') return [];
    let words = 0;
    for (const s of ctx.sentences) words += s.cjk ? 0 : s.latinWords;
    if (words <= options.max) return [];
    const first = ctx.sentences[0]!;
    return [{
      messageId: 'tooLong',
      data: { count: words, max: options.max },
      range: { start: first.start, end: first.end },
    }];
  },
});
