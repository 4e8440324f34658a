import { clarityComponents, type ClarityComponent } from '../../lint/metrics';
import { defineCheck, fail, pass } from '../check';

const ORDER: readonly ClarityComponent[] = ['long-sentences', 'passive-voice', 'reading-ease', 'long-paragraphs'];

export const clarityCheck = defineCheck({
  id: 'clarity',
  defaultLevel: 'recommended',
  options: { target: 60 },
  description: 'The clarity score is at or above the target (option `target`, default 60); the message names the weakest component.',
  readsFrontMatter: false,
  run(ctx, { target }) {
    const metrics = ctx.lint().metrics;
    const score = Math.round(metrics.clarityScore);
    if (score >= target) return pass('clarity.ok', { score, target });
    const points = clarityComponents(metrics);
    // The lowest-scoring component; ties go to the first in the score's definition order.
    const weakest = ORDER.reduce((a, b) => (points[b] < points[a] ? b : a));
    return fail(`clarity.low.${weakest}`, { score, target });
  },
});
