import * as vscode from 'vscode';
import type { Dimension, Post } from '../../core/goals/api';
import { postTooltip } from './labels';

/**
 * A post as a tree node. `contextValue` starts with `post` in every view, so the "Set Growth Dimension…" item action
 * in package.json applies wherever a post appears; the node carries the post so commands get it as their argument.
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
  // `post undated`: a published post whose date Lectern cannot find counts toward no goal; it gets "Add Date".
  item.contextValue = isUndated(node.post) ? 'post undated' : 'post';
  item.command = { command: 'lectern.openPost', title: vscode.l10n.t('Open Post'), arguments: [uri] };
  item.accessibilityInformation = { label: `${node.post.title}, ${description}` };
  return item;
}

/** Published, but no date to count it on: it counts toward no period goal. */
export function isUndated(post: Post): boolean {
  return post.status === 'published' && post.published === null && post.date === null;
}

/** The date a post's row shows: its date, "undated" for a published post without one, else nothing. */
export function postDateLabel(post: Post): string {
  return isUndated(post) ? vscode.l10n.t('undated') : postDate(post);
}

/** `2026-03-14` for a dated post, else nothing; the date a published post counts on comes first. */
export function postDate(post: Post): string {
  return post.published ?? post.date ?? '';
}
