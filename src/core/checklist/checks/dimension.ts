import { matchDimension } from '../../goals/dimensions';
import { addFieldsFix } from '../fixes';
import { defineCheck, fail, pass } from '../check';

export const dimensionCheck = defineCheck({
  id: 'dimension',
  defaultLevel: 'required',
  options: {},
  description: 'The growth dimension is set to a known one (the config\'s `dimensions`, else the built-in five).',
  readsFrontMatter: true,
  run(ctx) {
    const ids = ctx.dimensions.map((d) => d.id).join(', ');
    const value = ctx.facts?.dimension?.value ?? null;
    if (!value) {
      const fix = ctx.frontMatter ? addFieldsFix(ctx.text, [{ key: 'dimension', value: '' }]) ?? undefined : undefined;
      return fail('dimension.missing', { ids }, ctx.keyRange('dimension'), fix);
    }
    const match = matchDimension(ctx.dimensions, value);
    return match ? pass('dimension.ok', { name: match.name }) : fail('dimension.unknown', { value, ids }, ctx.keyRange('dimension'));
  },
});
