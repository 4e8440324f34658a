import * as vscode from 'vscode';
import { matchDimension } from '../../core/goals/api';
import { talkSeedFromPost } from '../../core/templates/index';
import type { PostNode } from '../goals/post-item';
import { currentText, relativePath, uriOf } from '../goals/workspace-root';
import type { ConfigStore } from '../config-store';
import type { TemplateCatalogSource } from './catalog';
import { createFromTemplate, templateWorkspace } from './create';

const PROPOSAL_TEMPLATE = 'cfp-proposal';

/**
 * `lectern.newTalkFromPost` ("New Talk Proposal from Post…"), on a post in the sidebar, a Uri, or the active
 * Markdown editor: a CFP proposal with the post's title, its description as the seed of the pitch, its H2 headings
 * as the outline, `related: [its path]` and its dimension. Returns the proposal's Uri.
 */
export function registerNewTalkFromPost(configs: ConfigStore, catalogs: TemplateCatalogSource): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.newTalkFromPost', async (target?: PostNode | vscode.Uri) => {
    const ws = await templateWorkspace(configs);
    if (!ws) return undefined;
    let uri: vscode.Uri | undefined;
    if (target instanceof vscode.Uri) uri = target;
    else if (target && target.type === 'post') uri = uriOf(ws.root, target.post.path);
    else if (vscode.window.activeTextEditor?.document.languageId === 'markdown') uri = vscode.window.activeTextEditor.document.uri;
    const text = uri ? await currentText(uri) : undefined;
    if (!uri || text === undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a post, or choose one in the Lectern sidebar, to make a talk proposal from it.'));
      return undefined;
    }
    const template = (await catalogs.load(ws.root)).templates.find((t) => t.id === PROPOSAL_TEMPLATE);
    if (!template) return undefined;
    const path = relativePath(ws.root, uri) ?? uri.path.split('/').pop()!;
    const seed = talkSeedFromPost(path, text);
    const dimension = (seed.dimension ? matchDimension(ws.dimensions, seed.dimension) : null)
      ?? (template.dimension ? matchDimension(ws.dimensions, template.dimension) : null);
    return createFromTemplate(ws, { template, title: seed.title, dimension, seed });
  });
}
