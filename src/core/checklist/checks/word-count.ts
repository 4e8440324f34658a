import { defineCheck, fail, pass } from '../check';

/** Words as the status bar counts them (the lint metrics: a Han character is one word). Per-type ranges: settings.ts. */
export const wordCountCheck = defineCheck({
  id: 'word-count',
  defaultLevel: 'recommended',
  options: { min: 600, max: 3000 },
  description: 'The length is within the type\'s range (blog 600–3,000, TIL 100–800; options `min`, `max` per type), counted as the status bar counts words.',
  readsFrontMatter: false,
  run(ctx, { min, max }) {
    const words = ctx.lint().metrics.words;
    const type = ctx.type;
    if (words < min) return fail('word-count.short', { words, min, type });
    if (words > max) return fail('word-count.long', { words, max, type });
    return pass('word-count.ok', { words, min, max, type });
  },
});
