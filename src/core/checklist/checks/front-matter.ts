import { defineCheck, fail, pass } from '../check';

/** The front matter parses (YAML or TOML); a failure points at the parser's line and column. */
export const frontMatterCheck = defineCheck({
  id: 'front-matter',
  defaultLevel: 'required',
  options: {},
  description: 'The front matter parses (YAML or TOML); a failure gives the parser\'s line and column.',
  readsFrontMatter: false,
  run(ctx) {
    const fm = ctx.frontMatter;
    if (!fm) return pass('front-matter.absent');
    if (!fm.block.closed) return fail('front-matter.unclosed', {}, { start: fm.block.range.start, end: fm.block.range.start + 3 });
    const error = fm.problems.find((p) => p.severity === 'error');
    if (error) return fail('front-matter.invalid', { error: error.message.replace(/^Front matter (YAML|TOML): /, '') }, error.range);
    return pass('front-matter.ok', { format: fm.block.format === 'toml' ? 'TOML' : 'YAML' });
  },
});
