import { defineCheck, outcome, pass, problem } from '../check';

export const codeLanguageCheck = defineCheck({
  id: 'code-language',
  defaultLevel: 'recommended',
  options: {},
  description: 'Every fenced code block (``` or ~~~) names its language.',
  readsFrontMatter: false,
  run(ctx) {
    return outcome(
      ctx.markdown().fences.filter((f) => f.info === '').map((f) => problem('code-language.missing', {}, f.range)),
      pass('code-language.ok'),
    );
  },
});
