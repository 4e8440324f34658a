/**
 * The `lectern-<id>` snippets generated from the templates (snippets/templates.json, written by the build): each
 * template's front matter and body, with VS Code's snippet variables where a template has `{{variables}}` — the
 * file's name for the title and slug, the current date — so a snippet gives the same start as the command.
 */
import { resolveDimensions, matchDimension } from '../goals/dimensions';
import { renderFrontMatter } from './render';
import { escapeSnippet } from './snippet';
import type { Template } from './template';
import { substituteVariables, type TemplateValues } from './variables';

export interface SnippetEntry {
  prefix: string;
  description: string;
  body: string[];
}

const TITLE = 'LECTERN_SNIPPET_TITLE';
const TODAY = 'LECTERN_SNIPPET_DATE';

/** `{"Lectern template: Tutorial": {prefix: "lectern-tutorial", …}, …}` in the templates' order. */
export function templateSnippets(templates: readonly Template[]): Record<string, SnippetEntry> {
  const dimensions = resolveDimensions(null);
  const out: Record<string, SnippetEntry> = {};
  for (const template of templates) {
    const dimension = template.dimension ? matchDimension(dimensions, template.dimension) : null;
    const values: TemplateValues = {
      title: '${TM_FILENAME_BASE}', slug: '${TM_FILENAME_BASE}', date: '${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}',
      year: '${CURRENT_YEAR}', month: '${CURRENT_MONTH}', author: '', dimension: dimension?.name ?? '', pitch: '', outline: '',
    };
    const frontMatter = escapeSnippet(renderFrontMatter({ template, title: TITLE, dimension, today: TODAY, author: null }, values))
      .replace(TITLE, values.title).replace(TODAY, values.date);
    const body = substituteVariables(template.body, values);
    out[`Lectern template: ${template.name.en}`] = {
      prefix: `lectern-${template.id}`,
      description: `${template.name.en} (${template.kind}): ${template.description.en}`,
      body: `${frontMatter}\n${body}`.split('\n'),
    };
  }
  return out;
}

/** The generated file's exact text. */
export function templateSnippetsJson(templates: readonly Template[]): string {
  return JSON.stringify(templateSnippets(templates), null, 2) + '\n';
}
