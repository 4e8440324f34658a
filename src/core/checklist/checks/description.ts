import { addFieldsFix } from '../fixes';
import { defineCheck, fail, pass } from '../check';

/** Front Matter CMS's SEO panel and Yoast use 160 as the upper bound of a search-result snippet. */
export const descriptionCheck = defineCheck({
  id: 'description',
  defaultLevel: 'recommended',
  options: { min: 50, max: 160 },
  description: 'There is a description of 50–160 characters (options `min`, `max`).',
  readsFrontMatter: true,
  run(ctx, { min, max }) {
    const description = ctx.str('description') ?? ctx.str('summary');
    if (!description) {
      const fix = ctx.frontMatter ? addFieldsFix(ctx.text, [{ key: 'description', value: '' }]) ?? undefined : undefined;
      return fail('description.missing', {}, ctx.keyRange('description'), fix);
    }
    const length = [...description].length;
    const key = ctx.str('description') ? 'description' : 'summary';
    if (length < min) return fail('description.short', { length, min }, ctx.keyRange(key));
    if (length > max) return fail('description.long', { length, max }, ctx.keyRange(key));
    return pass('description.ok', { length, min, max });
  },
});
