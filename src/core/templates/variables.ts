/**
 * `{{name}}` variables in templates, and `{{name|fallback}}` for a text used when the value is empty (a talk made
 * from a post fills `{{pitch}}` and `{{outline}}`; a blank proposal shows the fallback's guidance instead).
 */

/** The variables every template may use. `pitch` and `outline` are only filled when a talk is made from a post. */
export const TEMPLATE_VARIABLES = ['title', 'slug', 'date', 'year', 'month', 'author', 'dimension', 'pitch', 'outline'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Record<TemplateVariable, string>;

const VARIABLE = /\{\{\s*([A-Za-z]+)\s*(?:\|([^}]*))?\}\}/g;

/**
 * Replaces the known variables; `escape` is applied to values (not to fallbacks, which are template text already).
 * Unknown names (`{{ .Title }}` from a Hugo archetype, say) stay as written.
 */
export function substituteVariables(text: string, values: TemplateValues, escape: (value: string) => string = (v) => v): string {
  return text.replace(VARIABLE, (whole, name: string, fallback: string | undefined) => {
    if (!(TEMPLATE_VARIABLES as readonly string[]).includes(name)) return whole;
    const value = values[name as TemplateVariable];
    if (value === '' && fallback !== undefined) return fallback;
    return escape(value);
  });
}
