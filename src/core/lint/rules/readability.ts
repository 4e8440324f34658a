import { blockRule, type BlockContext } from '../rule-types';
import { blockSyllables } from '../syllables';

/** Flesch–Kincaid grade of a block's English sentences, and how many words it is based on. */
export function blockGrade(ctx: BlockContext): { grade: number; words: number } {
  let words = 0;
  let sentences = 0;
  for (const s of ctx.sentences) {
    if (s.cjk) continue;
    sentences++;
    words += s.latinWords;
  }
  const syl = words === 0 ? 0 : blockSyllables(ctx);
  if (words === 0) return { grade: 0, words: 0 };
  return { grade: 0.39 * (words / sentences) + 11.8 * (syl / words) - 15.59, words };
}

export default blockRule({
  id: 'readability',
  description: 'A paragraph whose Flesch–Kincaid grade is above the target (14 by default, 12 in strict). Paragraphs under 40 words are not judged.',
  defaultSeverity: 'info',
  fixable: false,
  scope: 'block',
  options: { target: 14, minWords: 40 },
  strict: { options: { target: 12 }, calm: 'Technical prose reads at a higher grade than news: names of tools and long compound terms add syllables a reader already knows. The calm default judges paragraphs against grade 14 (a post-graduate text reads at 16 or more); strict against 12.' },
  why: 'Grade is driven by long sentences and long words. Short paragraphs are not judged because the formula is noise on them.',
  example: {
    bad: 'Consequently, organizational infrastructure modernization initiatives necessitate comprehensive evaluation of interdependent architectural considerations…',
    good: 'Before we modernise our systems, we need to check how they depend on each other.',
  },
  notes: 'Flesch–Kincaid grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59, over the paragraph\'s English sentences; syllables by a vowel-group heuristic. Paragraphs under `minWords` (40) words, headings and table cells are not judged, which removes most of the noise of readability checks on short text. The range is the paragraph\'s first sentence.',
  examples: {
    ok: ['We ship every week. Each change is small. Tests run on every commit, and a person reviews the code. When a test fails, we fix it first. That keeps the main branch green, and it keeps us calm on release day.'],
    notOk: ['Consequently, organizational infrastructure modernization initiatives necessitate comprehensive evaluation of interdependent architectural considerations, particularly regarding operational sustainability, institutional accountability, and the organizational implications of distributed responsibility across heterogeneous technological environments and professional communities. Institutionalized documentation methodologies additionally necessitate considerable organizational investment.'],
  },
  check(ctx, options) {
    if (ctx.kind === 'heading' || ctx.kind === 'table-cell') return [];
    const { grade, words } = blockGrade(ctx);
    if (words < options.minWords || grade <= options.target) return [];
    const first = ctx.sentences.find((s) => !s.cjk)!;
    return [{
      messageId: 'grade',
      data: { grade: grade.toFixed(1), target: options.target },
      range: { start: first.start, end: first.end },
    }];
  },
});
