import * as vscode from 'vscode';
import { BUILTIN_TEMPLATES, buildCatalog, isWorkspaceTemplatePath, WORKSPACE_TEMPLATES_FOLDER, type TemplateCatalog, type TemplateFile } from '../../core/templates/index';
import { LineIndex } from '../../core/text';
import { readText, uriOf } from '../goals/workspace-root';

/**
 * The templates on offer in a workspace: the built-ins and `.lectern/templates/*.md`, read fresh each time a command
 * asks (a handful of small files), so an edited template applies at once. A template that cannot be used is one
 * warning diagnostic in its own file, at the place that is wrong; the others are still offered.
 */
export class TemplateCatalogSource implements vscode.Disposable {
  private readonly problems = vscode.languages.createDiagnosticCollection('lectern-templates');

  async load(root: vscode.Uri | undefined): Promise<TemplateCatalog> {
    const files: TemplateFile[] = [];
    if (root) {
      let entries: Array<[string, vscode.FileType]> = [];
      try {
        entries = await vscode.workspace.fs.readDirectory(uriOf(root, WORKSPACE_TEMPLATES_FOLDER));
      } catch {
        entries = []; // No templates folder: only the built-ins.
      }
      for (const [name, type] of entries.sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        const path = `${WORKSPACE_TEMPLATES_FOLDER}/${name}`;
        if (type !== vscode.FileType.File || !isWorkspaceTemplatePath(path)) continue;
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uriOf(root, path).toString());
        const text = open?.isDirty ? open.getText() : await readText(uriOf(root, path));
        if (text !== undefined) files.push({ path, text });
      }
    }
    const catalog = buildCatalog(BUILTIN_TEMPLATES, files);
    this.problems.clear();
    if (root) {
      for (const p of catalog.problems) {
        const file = files.find((f) => f.path === p.file);
        const doc = file ? positionsOf(file.text) : null;
        const range = doc ? new vscode.Range(doc(p.range.start), doc(p.range.end)) : new vscode.Range(0, 0, 0, 0);
        const d = new vscode.Diagnostic(range, vscode.l10n.t('This template is not offered: {0}', p.message), vscode.DiagnosticSeverity.Warning);
        d.source = 'Lectern';
        this.problems.set(uriOf(root, p.file), [...(this.problems.get(uriOf(root, p.file)) ?? []), d]);
      }
    }
    return catalog;
  }

  dispose(): void {
    this.problems.dispose();
  }
}

function positionsOf(text: string): (offset: number) => vscode.Position {
  const index = new LineIndex(text);
  return (offset) => {
    const at = index.positionAt(offset);
    return new vscode.Position(at.line, at.character);
  };
}
