/**
 * One template: a Markdown file whose front matter is its metadata and whose body is a snippet.
 *
 *   ---
 *   id: tutorial                 # lower-case letters, digits and dashes; a workspace template with a built-in's id replaces it
 *   kind: blog                   # blog | talk | other (the group it is listed in)
 *   type: blog                   # the `type:` a post made from it gets
 *   dimension: expertise         # the growth dimension preselected (optional)
 *   name: { en: Tutorial, zh: 教程 }
 *   description: { en: …, zh: … }
 *   fields: { event: "" }        # optional: more front-matter keys for the new post
 *   ---
 *   body with ${1:tab stops}, {{title}} variables and <!-- guidance -->
 */
import { readFrontMatter, type FrontMatterValue } from '../frontmatter-edit';
import type { TextRange } from '../text';
import { snippetToPlain } from './snippet';

export type TemplateKind = 'blog' | 'talk' | 'other';
export const TEMPLATE_KINDS: readonly TemplateKind[] = ['blog', 'talk', 'other'];

export interface Localized {
  en: string;
  zh: string;
}

export type FieldValue = Exclude<FrontMatterValue, null>;

export interface Template {
  id: string;
  kind: TemplateKind;
  type: string;
  /** The default growth dimension as written (an id or a name), or null. */
  dimension: string | null;
  name: Localized;
  description: Localized;
  /** Extra front-matter keys for a new post, in the template's order. */
  fields: Array<[string, FieldValue]>;
  /** The body: a snippet with `{{variables}}`. */
  body: string;
  source: 'builtin' | 'workspace';
  /** Where it came from: the built-in's file name, or the workspace-relative path. */
  file: string;
}

/** Why a template file cannot be offered, at the place in the file that is wrong. */
export interface TemplateProblem {
  file: string;
  message: string;
  range: TextRange;
}

/** The front-matter keys every new post gets; a template's `fields` cannot set them. */
export const POST_KEYS = ['title', 'date', 'status', 'type', 'dimension', 'tags', 'description', 'related'];
const METADATA_KEYS = ['id', 'kind', 'type', 'dimension', 'name', 'description', 'fields'];
const ID = /^[a-z0-9][a-z0-9-]*$/;

export type ParsedTemplate = { ok: true; template: Template } | { ok: false; problem: TemplateProblem };

/** Reads and validates one template file. The first problem found is the one reported. */
export function parseTemplate(file: string, text: string, source: Template['source']): ParsedTemplate {
  const fail = (message: string, range: TextRange = { start: 0, end: 0 }): ParsedTemplate => ({ ok: false, problem: { file, message, range } });
  const fm = readFrontMatter(text);
  if (!fm || fm.block.format !== 'yaml') {
    return fail('A template starts with YAML front matter holding its id, kind, type, name and description.');
  }
  if (fm.problems.length > 0) return fail(fm.problems[0]!.message, fm.problems[0]!.range);
  const data = fm.data;
  const where = (key: string): TextRange => {
    const r = fm.keyRanges.get(key);
    if (!r) return { start: fm.block.range.start, end: fm.block.range.start + 3 };
    // A mapping's range runs to its last line break: point at the text only.
    return { start: r.start, end: r.start + text.slice(r.start, r.end).trimEnd().length };
  };

  for (const key of Object.keys(data)) {
    if (!METADATA_KEYS.includes(key)) return fail(`Unknown template key "${key}". Keys: ${METADATA_KEYS.join(', ')}.`, where(key));
  }
  const id = data.id;
  if (typeof id !== 'string' || !ID.test(id)) return fail('"id" must be lower-case letters, digits and dashes, e.g. "tutorial".', where('id'));
  const kind = data.kind;
  if (typeof kind !== 'string' || !(TEMPLATE_KINDS as readonly string[]).includes(kind)) {
    return fail(`"kind" must be one of ${TEMPLATE_KINDS.join(', ')}.`, where('kind'));
  }
  const type = data.type;
  if (typeof type !== 'string' || !/^[a-z][a-z0-9-]*$/.test(type)) return fail('"type" must be a lower-case word such as blog or talk.', where('type'));
  const dimension = data.dimension;
  if (dimension !== undefined && dimension !== null && (typeof dimension !== 'string' || dimension.trim() === '')) {
    return fail('"dimension" must be a growth dimension\'s id or name.', where('dimension'));
  }
  const name = localized(data.name, 'name');
  if (typeof name === 'string') return fail(name, where('name'));
  const description = localized(data.description, 'description');
  if (typeof description === 'string') return fail(description, where('description'));
  const fields = readFields(data.fields);
  if (typeof fields === 'string') return fail(fields, where('fields'));

  const bodyStart = fm.block.range.end;
  const body = text.slice(bodyStart).replace(/^(\r?\n)+/, '').replace(/\s+$/, '');
  if (body === '') return fail('The template has no body after its front matter.', { start: bodyStart, end: bodyStart });
  const plain = snippetToPlain(body);
  if (plain.unclosedAt !== null) {
    const at = text.indexOf(body) + plain.unclosedAt;
    return fail('A tab stop "${" is never closed with "}" (write \\$ for a literal dollar sign).', { start: at, end: at + 2 });
  }
  return {
    ok: true,
    template: {
      id, kind: kind as TemplateKind, type, dimension: typeof dimension === 'string' ? dimension.trim() : null,
      name, description, fields, body: body.replace(/\r\n?/g, '\n'), source, file,
    },
  };
}

/** `{en, zh}`, both non-empty; a message naming what is missing otherwise. */
function localized(value: unknown, key: string): Localized | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return `"${key}" must give the English and the Chinese text: ${key}: { en: …, zh: … }.`;
  }
  const v = value as Record<string, unknown>;
  const missing = (['en', 'zh'] as const).filter((lang) => typeof v[lang] !== 'string' || (v[lang] as string).trim() === '');
  if (missing.length > 0) {
    const names = missing.map((l) => (l === 'en' ? 'English ("en")' : 'Chinese ("zh")'));
    return `"${key}" has no ${names.join(' and no ')} text.`;
  }
  const extra = Object.keys(v).filter((k) => k !== 'en' && k !== 'zh');
  if (extra.length > 0) return `"${key}" has an unknown language "${extra[0]}"; use en and zh.`;
  return { en: (v.en as string).trim(), zh: (v.zh as string).trim() };
}

function readFields(value: unknown): Array<[string, FieldValue]> | string {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) return '"fields" must be a mapping of front-matter keys to values.';
  const out: Array<[string, FieldValue]> = [];
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (POST_KEYS.includes(key)) return `"fields" cannot set "${key}": every new post gets it already.`;
    if (!/^[A-Za-z_][\w.-]*$/.test(key)) return `"fields" has a key Lectern cannot write: "${key}".`;
    if (v === null) out.push([key, '']);
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out.push([key, v]);
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out.push([key, v as string[]]);
    else return `"fields.${key}" must be a string, number, true/false or a list of strings.`;
  }
  return out;
}

/** The template's name or description in the UI language (Chinese for any `zh` locale, else English). */
export function localize(text: Localized, language: string): string {
  return language.toLowerCase().startsWith('zh') ? text.zh : text.en;
}
