/** Growth dimensions: the built-in five, the config's overrides and matching a `dimension:` value to one. */
import type { LecternConfig } from '../config-types';
import type { Dimension } from './model';

/** Colours from the Tableau 10 palette: distinct in light and dark themes and for common colour blindness. */
export const BUILTIN_DIMENSIONS: readonly Dimension[] = Object.freeze([
  { id: 'expertise', name: 'Technical Expertise', aliases: ['技术专长'], color: '#4e79a7', icon: 'tools' },
  { id: 'insight', name: 'Industry Insights', aliases: ['行业洞察'], color: '#f28e2b', icon: 'lightbulb' },
  { id: 'cross-domain', name: 'Cross-domain Knowledge', aliases: ['跨领域知识'], color: '#59a14f', icon: 'globe' },
  { id: 'leadership', name: 'Leadership', aliases: ['领导力'], color: '#e15759', icon: 'organization' },
  { id: 'influence', name: 'Influence', aliases: ['影响力'], color: '#b07aa1', icon: 'broadcast' },
]);

/** Colours handed out to configured dimensions that name none (the rest of Tableau 10). */
const EXTRA_COLORS = ['#76b7b2', '#edc948', '#ff9da7', '#9c755f', '#bab0ac'];

export function resolveDimensions(config?: Pick<LecternConfig, 'dimensions'> | null): Dimension[] {
  const configured = config?.dimensions;
  if (!configured) return BUILTIN_DIMENSIONS.map((d) => ({ ...d, aliases: [...d.aliases] }));
  let extra = 0;
  return configured.map((c) => {
    const builtin = BUILTIN_DIMENSIONS.find((b) => b.id === c.id);
    // A renamed built-in keeps accepting its old names, so posts written before the rename still match.
    const inherited = builtin ? [builtin.name, ...builtin.aliases] : [];
    const aliases = [...c.aliases, ...inherited].filter((a, i, all) => a !== c.name && all.indexOf(a) === i);
    return {
      id: c.id,
      name: c.name,
      aliases,
      color: c.color ?? builtin?.color ?? EXTRA_COLORS[extra++ % EXTRA_COLORS.length]!,
      icon: c.icon ?? builtin?.icon ?? 'circle-filled',
    };
  });
}

/**
 * How names are compared: trimmed, NFKC (full-width letters become ASCII), lower-cased, and spaces, hyphens and
 * underscores treated alike, so "Cross domain knowledge", "cross-domain" and "ＬＥＡＤＥＲＳＨＩＰ" all match.
 */
export function normalizeName(value: string): string {
  return value.normalize('NFKC').trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

export function matchDimension(dimensions: readonly Dimension[], value: string): Dimension | null {
  const key = normalizeName(value);
  if (!key) return null;
  // Ids first, then names, then aliases: a configured dimension's id can never be shadowed by another's alias.
  return (
    dimensions.find((d) => normalizeName(d.id) === key) ??
    dimensions.find((d) => normalizeName(d.name) === key) ??
    dimensions.find((d) => d.aliases.some((a) => normalizeName(a) === key)) ??
    null
  );
}
