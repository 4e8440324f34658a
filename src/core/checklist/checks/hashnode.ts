import { addFieldsFix } from '../fixes';
import { defineCheck, fail, pass } from '../check';

export const hashnodeSlugCheck = defineCheck({
  id: 'hashnode-slug',
  platform: 'hashnode',
  defaultLevel: 'required',
  options: {},
  description: 'Hashnode: `slug` is present.',
  readsFrontMatter: true,
  run(ctx) {
    const slug = ctx.str('slug');
    if (slug) return pass('hashnode-slug.ok', { slug });
    return fail('hashnode-slug.missing', {}, ctx.keyRange('slug'), ctx.frontMatter ? addFieldsFix(ctx.text, [{ key: 'slug', value: '' }]) ?? undefined : undefined);
  },
});

export const hashnodeTagsCheck = defineCheck({
  id: 'hashnode-tags',
  platform: 'hashnode',
  defaultLevel: 'required',
  options: {},
  description: 'Hashnode: `tags` are present.',
  readsFrontMatter: true,
  run(ctx) {
    const count = ctx.facts?.tags.length ?? 0;
    if (count > 0) return pass('hashnode-tags.ok', { count });
    const fix = ctx.frontMatter && !('tags' in ctx.data) ? addFieldsFix(ctx.text, [{ key: 'tags', value: [] }]) ?? undefined : undefined;
    return fail('hashnode-tags.missing', {}, ctx.keyRange('tags'), fix);
  },
});
