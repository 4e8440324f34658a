import { defineCheck, outcome, pass, problem } from '../check';

/** Error-severity findings of the clarity lint (with the workspace's rule settings and in-file suppressions). */
export const lintErrorsCheck = defineCheck({
  id: 'lint-errors',
  defaultLevel: 'required',
  options: {},
  description: 'No error-severity lint findings remain.',
  readsFrontMatter: false,
  run(ctx) {
    const errors = ctx.lint().findings.filter((f) => f.severity === 'error');
    const count = errors.length;
    return outcome(
      errors.map((f) => problem('lint-errors.found', { count, rule: f.rule, message: f.message }, f.range)),
      pass('lint-errors.ok'),
    );
  },
});
