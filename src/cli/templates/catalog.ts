/** The templates a CLI run offers: the built-ins and the workspace's `.lectern/templates/*.md`. */
import { join } from 'node:path';
import type { CliContext } from '../fs';
import { decodeText, errorCode } from '../text-file';
import { locatedMessage } from '../located';
import { BUILTIN_TEMPLATES, buildCatalog, isWorkspaceTemplatePath, WORKSPACE_TEMPLATES_FOLDER, type TemplateCatalog, type TemplateFile } from '../../core/templates/index';

/**
 * Reads the workspace templates under `root` and builds the catalog. A template that cannot be used is one warning
 * on stderr (`file:line:column: warning message`); the others are still offered.
 */
export async function loadCatalog(ctx: CliContext, root: string | null, display: (abs: string) => string): Promise<TemplateCatalog> {
  const files: TemplateFile[] = [];
  const texts = new Map<string, string>();
  if (root !== null) {
    const folder = join(root, ...WORKSPACE_TEMPLATES_FOLDER.split('/'));
    let entries: Awaited<ReturnType<CliContext['fs']['readDir']>> = [];
    try {
      entries = await ctx.fs.readDir(folder);
    } catch {
      entries = []; // No templates folder: only the built-ins.
    }
    for (const e of entries.filter((x) => x.kind === 'file').sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = `${WORKSPACE_TEMPLATES_FOLDER}/${e.name}`;
      if (!isWorkspaceTemplatePath(path)) continue;
      try {
        const text = decodeText(await ctx.fs.readFile(join(folder, e.name))).text;
        files.push({ path, text });
        texts.set(path, text);
      } catch (error) {
        ctx.stderr.write(`${display(join(folder, e.name))}: warning cannot read the template (${errorCode(error)})\n`);
      }
    }
  }
  const catalog = buildCatalog(BUILTIN_TEMPLATES, files);
  for (const p of catalog.problems) {
    const text = texts.get(p.file) ?? '';
    const abs = root !== null ? join(root, ...p.file.split('/')) : p.file;
    ctx.stderr.write(locatedMessage(display(abs), text, p.range.start, `warning ${p.message}`) + '\n');
  }
  return catalog;
}
