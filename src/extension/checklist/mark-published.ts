import * as vscode from 'vscode';
import { markPublished } from '../../core/checklist/publish';
import { LineIndex } from '../../core/text';
import { systemClock } from '../../core/goals/api';
import type { Dialogs } from '../prompts';
import type { ChecklistModel } from './checklist-model';
import { readiness } from './checklist-tree';
import { checklistText } from './labels';
import type { ManualTicks } from './manual-ticks';

/**
 * `lectern.markPublished` ("Mark as Published"), on the post the Checklist view shows. Runs the checklist on the
 * post's current text, then:
 * - front matter that does not parse: refuses, the file is untouched;
 * - a manual item not ticked: says which, publishes nothing;
 * - a required item fails: a modal "Publish Anyway" confirmation, and the override is recorded in the front matter;
 * - asks for the published URL (optional), writes the post's state in its own convention (core `markPublished`) as
 *   ONE undoable WorkspaceEdit and saves, so the goals views and the dashboard (which watch saves) update at once.
 */
export function registerMarkPublished(model: ChecklistModel, ticks: ManualTicks, today: () => Promise<string | undefined>, dialogs: Dialogs): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.markPublished', async (target?: vscode.Uri) => {
    if (target instanceof vscode.Uri) await model.show(target);
    else if (!model.uri) {
      const editor = vscode.window.activeTextEditor;
      if (editor?.document.languageId === 'markdown') await model.show(editor.document.uri);
    }
    if (!model.uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown post to mark it as published.'));
      return false;
    }
    const run = await model.run();
    if (!run) return false;
    const name = run.uri.path.split('/').pop() ?? '';
    if (!run.result.writable) {
      const item = run.result.items.find((i) => i.id === 'front-matter');
      const where = item?.line !== undefined ? vscode.l10n.t('line {0}', item.line) : '';
      void vscode.window.showErrorMessage(vscode.l10n.t('{0}: the front matter does not parse ({1}), so Lectern leaves the file untouched.', name, where || checklistText(item ?? { messageId: '', data: {}, message: '' })));
      return false;
    }
    const state = readiness(run, ticks.ticked(run.uri));
    if (state.unticked.length > 0) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Tick the manual items in the Checklist view first: {0}.', state.unticked.map(checklistText).join('; ')));
      return false;
    }
    let override: string[] = [];
    if (state.failedRequired.length > 0) {
      const action = vscode.l10n.t('Publish Anyway');
      const ids = state.failedRequired.map((i) => i.id);
      const answer = await dialogs.prompts.confirm(
        vscode.l10n.t('{0} required items fail: {1}. Publish anyway?', ids.length, ids.join(', ')),
        vscode.l10n.t('The override is recorded in the front matter under “lectern.override”: {0}.', ids.join(', ')),
        action,
      );
      if (answer !== action) return false;
      override = ids;
    }
    const url = await dialogs.prompts.showInputBox({
      title: vscode.l10n.t('Mark as Published: {0}', name),
      prompt: vscode.l10n.t('The published URL (optional): it is written to “url”. Leave empty to skip.'),
      placeHolder: 'https://',
      validateInput: (value) => (value.trim() === '' || /^https?:\/\/\S+$/i.test(value.trim()) ? undefined : vscode.l10n.t('An absolute http(s) URL, or nothing.')),
    });
    if (url === undefined) return false;

    const doc = await vscode.workspace.openTextDocument(run.uri);
    const text = doc.getText();
    const system = systemClock();
    const result = markPublished(text, {
      platform: run.result.platform,
      clock: { today: (await today()) ?? system.today, offsetMinutes: system.offsetMinutes },
      url,
      override,
    });
    if (!result.ok) {
      const at = new LineIndex(text).positionAt(result.range.start);
      void vscode.window.showErrorMessage(vscode.l10n.t('{0}, line {1}: {2}', name, at.line + 1, result.error));
      return false;
    }
    if (result.edits.length > 0) {
      const edit = new vscode.WorkspaceEdit();
      for (const e of result.edits) edit.replace(run.uri, new vscode.Range(doc.positionAt(e.range.start), doc.positionAt(e.range.end)), e.newText);
      if (!(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showErrorMessage(vscode.l10n.t('VS Code could not apply the edit.'));
        return false;
      }
    }
    await doc.save();
    const written = result.changes.map((c) => `${c.key}: ${c.value}`).join(', ');
    void vscode.window.showInformationMessage(written
      ? vscode.l10n.t('{0} is marked as published ({1}).', name, written)
      : vscode.l10n.t('{0} was already marked as published.', name));
    await model.run();
    return true;
  });
}
