import { parseDateValue } from '../../goals/dates';
import { dateFromPath } from '../../platform';
import { publishDateKey } from '../publish';
import { addFieldsFix } from '../fixes';
import { defineCheck, fail, pass } from '../check';

export const dateCheck = defineCheck({
  id: 'date',
  defaultLevel: 'recommended',
  options: {},
  description: 'The date parses (front matter, else the platform\'s file-name or path convention); when publishing now, it is not in the future.',
  readsFrontMatter: true,
  run(ctx) {
    const located = ctx.facts?.date ?? ctx.facts?.published ?? null;
    if (located) {
      const date = parseDateValue(located.value, ctx.clock);
      if (date === null) return fail('date.invalid', { key: located.key, value: located.value }, located.range);
      if (ctx.publishingNow && date > ctx.clock.today) return fail('date.future', { date }, located.range);
      return pass('date.ok', { date });
    }
    const inferred = dateFromPath(ctx.path, { path: ctx.str('path'), slug: ctx.str('slug'), permalink: ctx.str('permalink') });
    if (inferred) {
      if (ctx.publishingNow && inferred > ctx.clock.today) return fail('date.future', { date: inferred });
      return pass('date.okFromPath', { date: inferred });
    }
    const fix = ctx.frontMatter ? addFieldsFix(ctx.text, [{ key: publishDateKey(ctx.platform), value: ctx.clock.today }]) ?? undefined : undefined;
    return fail('date.missing', {}, ctx.keyRange('date'), fix);
  },
});
