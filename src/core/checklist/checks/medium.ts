import { defineCheck, outcome, pass, problem, type Problem } from '../check';

export const mediumTagsCheck = defineCheck({
  id: 'medium-tags',
  platform: 'medium',
  defaultLevel: 'required',
  options: { max: 5, maxLength: 25 },
  description: 'Medium: at most 5 tags, each at most 25 characters.',
  readsFrontMatter: true,
  run(ctx, { max, maxLength }) {
    const tags = ctx.facts?.tags ?? [];
    const problems: Problem[] = [];
    if (tags.length > max) problems.push(problem('medium-tags.many', { count: tags.length, max }, ctx.keyRange('tags')));
    for (const tag of tags) if ([...tag].length > maxLength) problems.push(problem('medium-tags.long', { tag, maxLength }, ctx.keyRange('tags')));
    return outcome(problems, pass('medium-tags.ok', { count: tags.length, maxLength }));
  },
});
