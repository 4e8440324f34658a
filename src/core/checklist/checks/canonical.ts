import { defineCheck, outcome, pass, problem, type Problem } from '../check';

export const CANONICAL_KEYS = ['url', 'canonical_url', 'canonical', 'canonicalUrl'] as const;

const ABSOLUTE_URL = /^([a-z][a-z0-9+.-]*:)\/\/(?:[^\s/?#@]*@)?([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/** An absolute URL with one of the given schemes and a host name (checked by its syntax; nothing is fetched). */
export function isAbsoluteUrl(value: string, schemes: readonly string[] = ['https:', 'http:']): boolean {
  const m = ABSOLUTE_URL.exec(value.trim());
  return m !== null && schemes.includes(m[1]!.toLowerCase());
}

export const canonicalCheck = defineCheck({
  id: 'canonical',
  defaultLevel: 'recommended',
  options: {},
  description: '`url`, `canonical_url`, `canonical` or `canonicalUrl`, where present, is an absolute https URL.',
  readsFrontMatter: true,
  run(ctx) {
    const problems: Problem[] = [];
    let found: string | null = null;
    for (const key of CANONICAL_KEYS) {
      if (!(key in ctx.data) || ctx.data[key] === null || ctx.data[key] === '') continue;
      const value = ctx.str(key) ?? String(ctx.data[key]);
      if (!isAbsoluteUrl(value, ['https:'])) problems.push(problem('canonical.invalid', { key, value }, ctx.keyRange(key)));
      else found ??= key;
    }
    return outcome(problems, found ? pass('canonical.ok', { key: found }) : pass('canonical.absent'));
  },
});
