import { addFieldsFix } from '../fixes';
import { defineCheck, fail, pass } from '../check';

export const tagsCheck = defineCheck({
  id: 'tags',
  defaultLevel: 'recommended',
  options: { min: 1, max: 5 },
  description: 'There are 1–5 tags (options `min`, `max`).',
  readsFrontMatter: true,
  run(ctx, { min, max }) {
    const tags = ctx.facts?.tags ?? [];
    const count = tags.length;
    if (count === 0 && min > 0) {
      const fix = ctx.frontMatter && !('tags' in ctx.data) ? addFieldsFix(ctx.text, [{ key: 'tags', value: [] }]) ?? undefined : undefined;
      return fail('tags.missing', {}, ctx.keyRange('tags'), fix);
    }
    if (count < min) return fail('tags.few', { count, min }, ctx.keyRange('tags'));
    if (count > max) return fail('tags.many', { count, max }, ctx.keyRange('tags'));
    return pass('tags.ok', { count, min, max });
  },
});
