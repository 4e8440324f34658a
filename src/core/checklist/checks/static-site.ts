/** Hugo and Zola: a draft or a future date is not published, whatever else the post says. */
import { parseDateValue } from '../../goals/dates';
import { defineCheck, fail, pass, type CheckContext } from '../check';

function isDraft(ctx: CheckContext): boolean {
  return ctx.facts?.draftFlag === true;
}

/** The first of `keys` with a date after today, or null. */
function futureDate(ctx: CheckContext, keys: readonly string[]): { key: string; date: string } | null {
  for (const key of keys) {
    const value = ctx.str(key);
    const date = value === null ? null : parseDateValue(value, ctx.clock);
    if (date !== null && date > ctx.clock.today) return { key, date };
  }
  return null;
}

export const hugoDraftCheck = defineCheck({
  id: 'hugo-draft',
  platform: 'hugo',
  defaultLevel: 'required',
  options: {},
  description: 'Hugo: `draft` is not true, when publishing now.',
  readsFrontMatter: true,
  run(ctx) {
    return ctx.publishingNow && isDraft(ctx) ? fail('hugo-draft.draft', {}, ctx.keyRange('draft')) : pass('hugo-draft.ok');
  },
});

export const hugoDateCheck = defineCheck({
  id: 'hugo-date',
  platform: 'hugo',
  defaultLevel: 'required',
  options: {},
  description: 'Hugo: `date` and `publishDate` are not in the future, when publishing now.',
  readsFrontMatter: true,
  run(ctx) {
    const future = ctx.publishingNow ? futureDate(ctx, ['date', 'publishDate']) : null;
    return future ? fail('hugo-date.future', future, ctx.keyRange(future.key)) : pass('hugo-date.ok');
  },
});

export const zolaDraftCheck = defineCheck({
  id: 'zola-draft',
  platform: 'zola',
  defaultLevel: 'required',
  options: {},
  description: 'Zola: `draft` is not true, when publishing now.',
  readsFrontMatter: true,
  run(ctx) {
    return ctx.publishingNow && isDraft(ctx) ? fail('zola-draft.draft', {}, ctx.keyRange('draft')) : pass('zola-draft.ok');
  },
});

export const zolaDateCheck = defineCheck({
  id: 'zola-date',
  platform: 'zola',
  defaultLevel: 'recommended',
  options: {},
  description: 'Zola: `date` is not in the future, when publishing now.',
  readsFrontMatter: true,
  run(ctx) {
    const future = ctx.publishingNow ? futureDate(ctx, ['date']) : null;
    return future ? fail('zola-date.future', { date: future.date }, ctx.keyRange('date')) : pass('zola-date.ok');
  },
});
