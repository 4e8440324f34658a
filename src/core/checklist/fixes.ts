/** Fixes as data: front-matter fields added through the one front-matter editor, so bytes outside them stay as they are. */
import { setFrontMatterField } from '../frontmatter-edit';
import { applyFixes } from '../lint/fixes';
import { diffEdit } from '../text';
import { message } from './messages';
import type { CheckFix, FieldToAdd } from './types';

/**
 * Adds fields (a new YAML block when the post has none). Null when the front matter cannot be edited (it does not
 * parse, or a key is not writable): then no fix is offered.
 */
export function addFieldsFix(text: string, fields: FieldToAdd[]): CheckFix | null {
  let current = text;
  for (const field of fields) {
    const r = setFrontMatterField(current, field.key, field.value);
    if (!r.ok) return null;
    current = applyFixes(current, [{ title: field.key, edits: r.edits }]).text;
  }
  if (current === text) return null;
  const created = !/^\uFEFF?(---|\+\+\+)[ \t]*(\r\n|\r|\n)/.test(text);
  const label = created ? message('fix.addFrontMatter') : message('fix.addFields', { fields: fields.map((f) => f.key).join(', ') });
  return { kind: 'add-front-matter-fields', label, fields, edits: diffEdit(text, current) };
}
