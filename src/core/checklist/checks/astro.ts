import { parseDateValue } from '../../goals/dates';
import { publishDateKey } from '../publish';
import { addFieldsFix } from '../fixes';
import { defineCheck, fail, pass } from '../check';

/** Astro's blog template validates `pubDate` (a date) and `description` with its content collection schema. */
export const astroPubDateCheck = defineCheck({
  id: 'astro-pub-date',
  platform: 'astro',
  defaultLevel: 'required',
  options: {},
  description: 'Astro: `pubDate` is present and a date (the blog template\'s schema).',
  readsFrontMatter: true,
  run(ctx) {
    const value = ctx.str('pubDate');
    const date = value === null ? null : parseDateValue(value, ctx.clock);
    if (date) return pass('astro-pub-date.ok', { date });
    const fix = ctx.frontMatter && value === null ? addFieldsFix(ctx.text, [{ key: publishDateKey('astro'), value: ctx.clock.today }]) ?? undefined : undefined;
    return fail('astro-pub-date.missing', {}, ctx.keyRange('pubDate'), fix);
  },
});

export const astroDescriptionCheck = defineCheck({
  id: 'astro-description',
  platform: 'astro',
  defaultLevel: 'required',
  options: {},
  description: 'Astro: `description` is present (the blog template\'s schema).',
  readsFrontMatter: true,
  run(ctx) {
    if (ctx.str('description')) return pass('astro-description.ok');
    return fail('astro-description.missing', {}, ctx.keyRange('description'), ctx.frontMatter ? addFieldsFix(ctx.text, [{ key: 'description', value: '' }]) ?? undefined : undefined);
  },
});
