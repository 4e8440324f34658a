import * as vscode from 'vscode';
import type { LecternConfig } from '../../core/config-types';
import { resolveDimensions, systemClock, type Dimension } from '../../core/goals/api';
import { MAX_COLLISIONS, newPostFolder, newPostPath, renderNewPost, type NewPostRequest } from '../../core/templates/index';
import type { ConfigStore } from '../config-store';
import { findGoalsRoot, uriOf } from '../goals/workspace-root';

/** What a template command needs from the workspace: its root, the config, the dimensions and the content folders. */
export interface TemplateWorkspace {
  root: vscode.Uri;
  config: LecternConfig;
  dimensions: Dimension[];
  contentFolders: string[];
}

export async function templateWorkspace(configs: ConfigStore): Promise<TemplateWorkspace | undefined> {
  const root = await findGoalsRoot();
  if (!root) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder to create posts from templates.'));
    return undefined;
  }
  const folder = vscode.workspace.getWorkspaceFolder(root);
  if (folder) await configs.reload(folder);
  const config = configs.configFor(root);
  return { root, config, dimensions: resolveDimensions(config), contentFolders: configs.contentFoldersFor(root) };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates the post the way `lectern new` does (same text, same folder and name, never over an existing file: `-2`,
 * `-3` …), as an undoable file creation, then opens it and inserts the body as a snippet so its tab stops work.
 * Returns the new file's Uri, or undefined when it could not be created (the person was told why).
 */
export async function createFromTemplate(ws: TemplateWorkspace, request: Omit<NewPostRequest, 'today' | 'author'>): Promise<vscode.Uri | undefined> {
  const today = systemClock().today;
  const post = renderNewPost({ ...request, today, author: ws.config.author });
  const folder = newPostFolder(ws.config.newPost, ws.contentFolders, request.template.type);
  const bytes = new TextEncoder().encode(post.text);
  let created: vscode.Uri | undefined;
  for (let n = 1; n <= MAX_COLLISIONS && !created; n++) {
    const uri = uriOf(ws.root, newPostPath(folder, ws.config.newPost.fileName, today, post.slug, n));
    if (await exists(uri)) continue;
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: bytes });
    if (await vscode.workspace.applyEdit(edit)) created = uri;
    else if (!(await exists(uri))) break;
  }
  if (!created) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create a file for “{0}” in {1}.', request.title, folder || '/'));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(created);
  const editor = await vscode.window.showTextDocument(document);
  const body = new vscode.Range(document.positionAt(post.bodyOffset), document.positionAt(document.getText().length));
  await editor.insertSnippet(new vscode.SnippetString(post.bodySnippet), body);
  return created;
}
