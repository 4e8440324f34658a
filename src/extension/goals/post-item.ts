import * as vscode from 'vscode';
import type { Dimension, Post } from '../../core/goals/api';
import { postTooltip } from './labels';

/**
 * A post as a tree node. `contextValue` is `post` in every view, so the "Set Growth Dimension…" item action in
 * package.json applies wherever a post appears; the node carries the post so commands get it as their argument.
 */
export interface PostNode {
  type: 'post';
  post: Post;
  /** The id of the node it sits under, so the same post can appear in several groups with unique ids. */
  parentId: string;
}

export function postTreeItem(node: PostNode, uri: vscode.Uri, description: string, dimensions: readonly Dimension[]): vscode.TreeItem {
  const item = new vscode.TreeItem(node.post.title, vscode.TreeItemCollapsibleState.None);
  item.id = `${node.parentId}/${node.post.path}`;
  item.description = description;
  item.tooltip = postTooltip(node.post, dimensions);
  item.iconPath = new vscode.ThemeIcon(node.post.type === 'talk' ? 'megaphone' : 'note');
  item.contextValue = 'post';
  item.command = { command: 'lectern.openPost', title: vscode.l10n.t('Open Post'), arguments: [uri] };
  item.accessibilityInformation = { label: `${node.post.title}, ${description}` };
  return item;
}

/** `2026-03-14` for a dated post, else nothing; the date a published post counts on comes first. */
export function postDate(post: Post): string {
  return post.published ?? post.date ?? '';
}
