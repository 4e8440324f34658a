import { defineCheck, fail, pass } from '../check';

export const titleLengthCheck = defineCheck({
  id: 'title-length',
  defaultLevel: 'recommended',
  options: { max: 70 },
  description: 'The title is at most 70 characters (option `max`).',
  readsFrontMatter: true,
  run(ctx, { max }) {
    const title = ctx.str('title');
    if (!title) return pass('title-length.noTitle');
    const length = [...title].length;
    return length <= max ? pass('title-length.ok', { length, max }) : fail('title-length.long', { length, max }, ctx.keyRange('title'));
  },
});
