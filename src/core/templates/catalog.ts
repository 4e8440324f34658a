/** The templates on offer: the built-ins, replaced or joined by the workspace's `.lectern/templates/*.md`. */
import { parseTemplate, TEMPLATE_KINDS, type Template, type TemplateProblem } from './template';
import { LECTERN_FOLDER, markdownExtension } from '../content';

/** A template file as text; the core never reads files. */
export interface TemplateFile {
  /** The built-in's file name, or the workspace-relative POSIX path. */
  path: string;
  text: string;
}

export const WORKSPACE_TEMPLATES_FOLDER = `${LECTERN_FOLDER}/templates`;

export interface TemplateCatalog {
  /** Grouped by kind (blog, talk, other); built-ins in their curated order, then workspace templates by id. */
  templates: Template[];
  /** One per template file that cannot be offered; the others still are. */
  problems: TemplateProblem[];
}

export function buildCatalog(builtins: readonly TemplateFile[], workspace: readonly TemplateFile[]): TemplateCatalog {
  const problems: TemplateProblem[] = [];
  const byId = new Map<string, Template>();
  for (const file of builtins) {
    const parsed = parseTemplate(file.path, file.text, 'builtin');
    if (parsed.ok) byId.set(parsed.template.id, parsed.template);
    else problems.push(parsed.problem);
  }
  const builtinOrder = [...byId.keys()];
  const seen = new Map<string, string>();
  for (const file of [...workspace].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const parsed = parseTemplate(file.path, file.text, 'workspace');
    if (!parsed.ok) { problems.push(parsed.problem); continue; }
    const { template } = parsed;
    const first = seen.get(template.id);
    if (first !== undefined) {
      problems.push({ file: file.path, message: `Template id "${template.id}" is already used by ${first}; this file is ignored.`, range: { start: 0, end: 0 } });
      continue;
    }
    seen.set(template.id, file.path);
    byId.set(template.id, template);
  }
  const rank = (t: Template): number => {
    const i = builtinOrder.indexOf(t.id);
    return i >= 0 ? i : builtinOrder.length;
  };
  const templates = [...byId.values()].sort((a, b) =>
    TEMPLATE_KINDS.indexOf(a.kind) - TEMPLATE_KINDS.indexOf(b.kind) || rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { templates, problems };
}

/** Workspace template paths are `.lectern/templates/<name>.md`, directly in the folder. */
export function isWorkspaceTemplatePath(path: string): boolean {
  const prefix = `${WORKSPACE_TEMPLATES_FOLDER}/`;
  return path.startsWith(prefix) && !path.slice(prefix.length).includes('/') && markdownExtension(path) === '.md';
}
