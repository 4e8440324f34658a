import { defineCheck, outcome, pass, problem, type Problem } from '../check';
import { message } from '../messages';
import type { TextEdit } from '../../lint/types';

/** markdownlint's MD001 (one level at a time), MD025 (one H1) and "no empty heading", with the front-matter title as the H1. */
export const headingsCheck = defineCheck({
  id: 'headings',
  defaultLevel: 'recommended',
  options: {},
  description: 'No heading level is skipped, at most one H1 (none when the title is in the front matter), no empty heading.',
  readsFrontMatter: false,
  run(ctx) {
    const headings = ctx.markdown().headings;
    const titleInFrontMatter = ctx.str('title') !== null;
    const problems: Problem[] = [];
    const edits: TextEdit[] = [];
    let h1 = titleInFrontMatter ? 1 : 0;
    // The level the previous heading had, and the level it has after the fix (so the fix keeps a subtree's shape).
    let previous = titleInFrontMatter ? 1 : 0;
    let previousFixed = previous;
    for (const h of headings) {
      if (h.text === '') problems.push(problem('headings.empty', {}, h.range));
      if (h.level === 1) {
        h1++;
        if (h1 > 1) problems.push(problem(titleInFrontMatter ? 'headings.h1WithTitle' : 'headings.manyH1', {}, h.range));
      }
      let fixed = h.level;
      if (previous > 0 && h.level > previous + 1) {
        problems.push(problem('headings.skipped', { from: previous, to: h.level }, h.range));
      }
      if (previousFixed > 0 && h.level > previousFixed + 1) fixed = previousFixed + 1;
      if (fixed !== h.level && h.marker) edits.push({ range: h.marker, newText: '#'.repeat(fixed) });
      previous = h.level;
      previousFixed = fixed;
    }
    const fix = edits.length > 0 ? { kind: 'edits' as const, label: message('fix.headingLevels'), edits } : undefined;
    return outcome(problems, pass('headings.ok'), fix);
  },
});
