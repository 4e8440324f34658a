import * as vscode from 'vscode';
import { matchDimension, setFrontMatterField, type Dimension, type Post } from '../../../core/goals/api';
import { editDocument } from '../apply-edits';
import { pickDimensionOf } from '../goal-flow';
import type { PostNode } from '../post-item';
import { requireSession, type CommandContext } from './context';

/**
 * `lectern.setDimension` ("Set Growth Dimension…"): on a post in a view (item action), on a Uri, or on the active
 * editor's Markdown file. Writes `dimension:` into the front matter through an undoable WorkspaceEdit, keeping
 * everything else in the front matter as written. A second argument (a dimension id, or null to remove) skips
 * the picker. Front matter that does not parse is refused with the core's message.
 */
export function registerSetDimension(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.setDimension', async (target?: PostNode | vscode.Uri, given?: string | null) => {
    const session = await requireSession(ctx);
    if (!session) return false;
    let uri: vscode.Uri | undefined;
    if (target instanceof vscode.Uri) uri = target;
    else if (target && target.type === 'post') uri = session.posts.uriOf(target.post.path);
    else {
      const editor = vscode.window.activeTextEditor;
      if (editor && editor.document.languageId === 'markdown') uri = editor.document.uri;
    }
    if (!uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown post to set its growth dimension.'));
      return false;
    }
    const dims = session.model.snapshot.dimensions;
    const path = session.posts.postPath(uri);
    const post = path !== undefined ? session.posts.index.get(path) : undefined;
    let dimension: string | null | undefined;
    if (given === null) dimension = null;
    else if (typeof given === 'string') {
      dimension = matchDimension(dims, given)?.id;
      if (dimension === undefined) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Unknown growth dimension “{0}”.', given));
        return false;
      }
    } else {
      dimension = await pickDimensionFor(ctx, dims, post);
      if (dimension === undefined) return false;
    }
    const result = await editDocument(uri, (text) => setFrontMatterField(text, 'dimension', dimension), { save: true });
    if (!result.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not set the growth dimension: {0}', result.error));
      return false;
    }
    return true;
  });
}

function pickDimensionFor(ctx: CommandContext, dims: readonly Dimension[], post: Post | undefined): Promise<string | null | undefined> {
  const assigned = post !== undefined && (post.dimension !== null || post.dimensionRaw !== null);
  return pickDimensionOf(ctx.prompts(), dims, {
    current: post?.dimension ?? undefined,
    none: assigned
      ? { label: `$(close) ${vscode.l10n.t('No growth dimension')}`, description: vscode.l10n.t('removes “dimension:”') }
      : undefined,
    title: post ? vscode.l10n.t('Set Growth Dimension: {0}', post.title) : vscode.l10n.t('Set Growth Dimension'),
    placeHolder: vscode.l10n.t('Which growth dimension does this post build?'),
  });
}
