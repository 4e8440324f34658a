/**
 * The shape of a message catalog. A message is a template with `{name}` placeholders, keyed by rule id and message
 * id; `common` holds the fix titles several rules share. Placeholder values are strings, numbers or lists (a list is
 * joined with the catalog's `listJoin`, so "'use' or 'apply'" reads right in each language).
 */
export interface Catalog {
  /** Rule id (or `common`) → message id → template. */
  messages: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Joins the items of a list placeholder; the template quotes the first and last item itself. */
  listJoin: string;
  /**
   * The hover and docs texts of each rule. English ones live with the rule (rules/*.ts, the source of the docs), so
   * only translations are here.
   */
  rules?: Readonly<Record<string, { description: string; why: string }>>;
}

export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];
