import { addFieldsFix } from '../fixes';
import { defineCheck, fail, pass } from '../check';
import type { FieldToAdd } from '../types';

/** The fields a new front matter starts with (the "Add front matter" fix), left empty for the writer. */
const NEW_FRONT_MATTER: FieldToAdd[] = [
  { key: 'title', value: '' },
  { key: 'description', value: '' },
  { key: 'dimension', value: '' },
  { key: 'tags', value: [] },
];

export const titleCheck = defineCheck({
  id: 'title',
  defaultLevel: 'required',
  options: {},
  description: 'There is a title in the front matter.',
  readsFrontMatter: true,
  run(ctx) {
    if (!ctx.frontMatter) {
      return fail('title.noFrontMatter', {}, { start: 0, end: 0 }, addFieldsFix(ctx.text, NEW_FRONT_MATTER) ?? undefined);
    }
    const title = ctx.str('title');
    if (title) return pass('title.ok', { title });
    return fail('title.missing', {}, ctx.keyRange('title'), addFieldsFix(ctx.text, [{ key: 'title', value: '' }]) ?? undefined);
  },
});
