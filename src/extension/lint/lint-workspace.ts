import * as vscode from 'vscode';
import { refuseBytes, refuseSize } from '../../core/text-bytes';
import { LineIndex } from '../../core/text';
import { contentExcludeGlob, contentIncludes, isContentPath } from '../../core/content';
import { relativePath } from '../goals/workspace-root';
import type { ConfigStore } from '../config-store';
import type { LintController } from './controller';
import { toEntries } from './diagnostics';
import { readLintSettings } from './settings';

/**
 * `lectern.lintWorkspace`: lints every Markdown file in the content folders into the Problems panel, with a progress
 * notification that can be cancelled. Content folders come from `.lectern/config.json` (`contentFolders`), else the
 * `lectern.contentFolders` setting, else the whole folder; which files are content is the content module's answer
 * (src/core/content.ts), the same as `lectern lint` with no path. Open documents keep their live diagnostics.
 */
export function registerLintWorkspace(controller: LintController, configs: ConfigStore, repositoryUrl: string): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.lintWorkspace', () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Lectern: linting the workspace'), cancellable: true },
      (progress, token) => lintWorkspace(controller, configs, repositoryUrl, progress, token),
    ));
}

export interface WorkspaceLintSummary {
  files: number;
  problems: number;
  cancelled: boolean;
}

async function lintWorkspace(
  controller: LintController,
  configs: ConfigStore,
  repositoryUrl: string,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<WorkspaceLintSummary> {
  await configs.reloadAll();
  const files: Array<{ uri: vscode.Uri; folder: vscode.WorkspaceFolder }> = [];
  const seen = new Set<string>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const contentFolders = configs.contentFoldersFor(folder.uri);
    for (const { base, pattern } of contentIncludes(contentFolders)) {
      const include = new vscode.RelativePattern(base ? vscode.Uri.joinPath(folder.uri, ...base.split('/')) : folder.uri, pattern);
      const found = await vscode.workspace.findFiles(include, contentExcludeGlob(contentFolders), undefined, token);
      for (const uri of found.sort((a, b) => (a.path < b.path ? -1 : 1))) {
        // The search only prunes; the content module decides (dot-folders, a named folder called `public`).
        if (!isContentPath(relativePath(folder.uri, uri) ?? '', contentFolders)) continue;
        if (!seen.has(uri.toString())) {
          seen.add(uri.toString());
          files.push({ uri, folder });
        }
      }
      if (token.isCancellationRequested) return { files: 0, problems: 0, cancelled: true };
    }
  }
  const settings = readLintSettings();
  const decoder = new TextDecoder('utf-8');
  let problems = 0;
  let done = 0;
  for (const { uri } of files) {
    if (token.isCancellationRequested) break;
    progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, files.length) });
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) {
      problems += (await controller.whenCurrent(open))?.entries.length ?? 0;
    } else {
      try {
        // Over lectern.maxFileSize: skipped from its size alone, never read. Binary or not UTF-8: skipped after the
        // read. Either way like the editor skips such a document.
        if (refuseSize((await vscode.workspace.fs.stat(uri)).size, settings.maxFileSize)) { done++; continue; }
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (refuseBytes(bytes, settings.maxFileSize)) { done++; continue; }
        const text = decoder.decode(bytes); // the decoder drops a BOM, like the editor
        const result = controller.lintUnopened(text, uri);
        const index = new LineIndex(text);
        const entries = toEntries(result.findings, result.problems, (o) => {
          const p = index.positionAt(o);
          return new vscode.Position(p.line, p.character);
        }, settings, repositoryUrl);
        controller.collection.set(uri, entries.map((e) => e.diagnostic));
        problems += entries.length;
      } catch {
        // An unreadable file is skipped; the others still get linted.
      }
    }
    done++;
    // Let the cancel button and typing through between files.
    if (done % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const cancelled = token.isCancellationRequested;
  const message = cancelled
    ? vscode.l10n.t('Lectern: cancelled after {0} of {1} files ({2} problems so far).', done, files.length, problems)
    : vscode.l10n.t('Lectern: linted {0} files, {1} problems.', done, problems);
  void vscode.window.setStatusBarMessage(message, 5000);
  return { files: done, problems, cancelled };
}
