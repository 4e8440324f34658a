import * as vscode from 'vscode';
import type { CheckFix, FieldToAdd } from '../../core/checklist/types';
import type { TextEdit } from '../../core/text';
import { uriOf } from '../goals/workspace-root';
import type { ChecklistModel } from './checklist-model';
import type { ChecklistNode } from './checklist-tree';
import { checklistText } from './labels';

/**
 * `lectern.checklistApplyFix` ("Apply Fix"), on a checklist row: applies the check's fix as one undoable
 * WorkspaceEdit. Added front-matter fields arrive as a snippet, so the cursor lands in the first empty value (Tab
 * goes to the next); a Jekyll post is renamed; heading levels are plain edits. The fix was computed against one
 * version of the post: when the post changed since, the checklist runs again first and the new fix is used.
 */
export function registerApplyFix(model: ChecklistModel): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.checklistApplyFix', async (node?: ChecklistNode | string) => {
    const id = typeof node === 'string' ? node : node?.item.id;
    if (!id) return false;
    let run = model.current;
    const doc = run ? await vscode.workspace.openTextDocument(run.uri) : undefined;
    if (!run || !doc) return false;
    if (doc.version !== run.version || doc.getText() !== run.text) run = await model.run();
    const item = run?.result.items.find((i) => i.id === id);
    if (!run || !item?.fix) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The checklist has no fix for this item any more.'));
      return false;
    }
    if (!run.result.writable) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The front matter does not parse, so Lectern will not change this file.'));
      return false;
    }
    const applied = await applyFix(run.uri, run.root, item.fix);
    if (!applied) void vscode.window.showErrorMessage(vscode.l10n.t('Could not apply “{0}”.', checklistText(item.fix.label)));
    await model.run();
    return applied;
  });
}

async function applyFix(uri: vscode.Uri, root: vscode.Uri, fix: CheckFix): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  switch (fix.kind) {
    case 'rename': {
      const to = uriOf(root, fix.to);
      edit.renameFile(uri, to, { overwrite: false });
      const done = await vscode.workspace.applyEdit(edit);
      if (done) await vscode.window.showTextDocument(to, { preview: false });
      return done;
    }
    case 'edits': {
      const doc = await vscode.workspace.openTextDocument(uri);
      for (const e of fix.edits) edit.replace(uri, rangeOf(doc, e), e.newText);
      return vscode.workspace.applyEdit(edit);
    }
    case 'add-front-matter-fields': {
      // A snippet edit places the cursor only in the active editor: show the post first, but keep the focus where it
      // is until the edit is in. Focused first, the writer's (or a test's) first keys could reach the post before the
      // edit, which VS Code then drops as made against an older version ("has changed in the meantime").
      const editor = await vscode.window.showTextDocument(uri, { preview: false, preserveFocus: true });
      const doc = editor.document;
      const empty = fix.fields.filter((f) => f.value === '' || (Array.isArray(f.value) && f.value.length === 0));
      let tabstop = 1;
      const snippets = fix.edits.map((e) => {
        const snippet = fieldSnippet(e.newText, empty, () => tabstop++);
        return new vscode.SnippetTextEdit(rangeOf(doc, e), new vscode.SnippetString(snippet));
      });
      edit.set(uri, snippets);
      const done = await vscode.workspace.applyEdit(edit);
      await vscode.window.showTextDocument(doc, { preview: false, viewColumn: editor.viewColumn });
      return done;
    }
  }
}

function rangeOf(doc: vscode.TextDocument, e: TextEdit): vscode.Range {
  return new vscode.Range(doc.positionAt(e.range.start), doc.positionAt(e.range.end));
}

/**
 * The inserted text as a snippet: `$`, `}` and `\` escaped, and a tab stop inside each empty value
 * (`description: ""` → `description: "$1"`, `tags: []` → `tags: [$2]`, TOML `key = ""` likewise).
 */
export function fieldSnippet(text: string, emptyFields: readonly FieldToAdd[], next: () => number): string {
  let out = text.replace(/[\\$}]/g, '\\$&');
  for (const field of emptyFields) {
    const key = field.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(^|[\\r\\n{,][ \\t]*)(${key}[ \\t]*[:=][ \\t]*)(""|''|\\[\\])`);
    out = out.replace(pattern, (_whole, lead: string, head: string, value: string) => `${lead}${head}${value[0]}$${next()}${value[1]}`);
  }
  return out;
}
