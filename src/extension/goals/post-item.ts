import * as vscode from 'vscode';
import type { Dimension, Post, RelatedGraph, RelatedLink } from '../../core/goals/api';
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

/**
 * A `related` link under a post: on the post that names it "builds on <post>", on the post it names "used by
 * <talk>". `other` is the post at the other end; null for an entry that names no post (a warning) or a URL.
 */
export interface RelatedNode {
  type: 'related';
  direction: 'builds-on' | 'used-by';
  /** The post the node sits under. */
  from: Post;
  other: Post | null;
  /** The entry as written (builds-on only; for used-by the other post's path). */
  entry: string;
  kind: RelatedLink['kind'];
  /** The id of the post node it sits under. */
  parentId: string;
  index: number;
}

/** What the post rows need to show related links: every post by path and the links both ways. */
export interface RelatedContext {
  posts: readonly Post[];
  related: RelatedGraph;
}

/** The links of a post node, builds-on first (in the order written), then used-by. */
export function relatedNodes(node: PostNode, ctx: RelatedContext): RelatedNode[] {
  const byPath = new Map(ctx.posts.map((p) => [p.path, p]));
  const parentId = postNodeId(node);
  const out: RelatedNode[] = [];
  for (const link of ctx.related.buildsOn.get(node.post.path) ?? []) {
    const other = link.target !== null ? (byPath.get(link.target) ?? null) : null;
    out.push({ type: 'related', direction: 'builds-on', from: node.post, other, entry: link.entry, kind: link.kind, parentId, index: out.length });
  }
  for (const path of ctx.related.usedBy.get(node.post.path) ?? []) {
    const other = byPath.get(path) ?? null;
    out.push({ type: 'related', direction: 'used-by', from: node.post, other, entry: path, kind: 'post', parentId, index: out.length });
  }
  return out;
}

function postNodeId(node: PostNode): string {
  return `${node.parentId}/${node.post.path}`;
}

/** "builds on Error budgets" / "used by Budgets on stage"; a missing target is a warning row that opens the post. */
export function relatedTreeItem(node: RelatedNode, uriOf: (path: string) => vscode.Uri): vscode.TreeItem {
  const name = node.other?.title ?? node.entry;
  const label = node.direction === 'builds-on' ? vscode.l10n.t('builds on {0}', name) : vscode.l10n.t('used by {0}', name);
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = `${node.parentId}/related:${node.index}`;
  if (node.kind === 'missing') {
    item.description = vscode.l10n.t('not found: {0}', node.entry);
    item.tooltip = vscode.l10n.t('“related” names no post at “{0}”: a path from the workspace folder, or from this file with ./ or ../.', node.entry);
    item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
    item.contextValue = 'relatedMissing';
    item.command = { command: 'lectern.openPost', title: vscode.l10n.t('Open Post'), arguments: [uriOf(node.from.path)] };
  } else if (node.kind === 'external') {
    item.description = vscode.l10n.t('external link');
    item.tooltip = node.entry;
    item.iconPath = new vscode.ThemeIcon('link-external');
    item.contextValue = 'relatedExternal';
  } else {
    item.description = node.other?.path ?? node.entry;
    item.tooltip = item.description;
    item.iconPath = new vscode.ThemeIcon(node.direction === 'builds-on' ? 'references' : 'megaphone');
    item.contextValue = 'related';
    if (node.other) item.command = { command: 'lectern.openPost', title: vscode.l10n.t('Open Post'), arguments: [uriOf(node.other.path)] };
  }
  item.accessibilityInformation = { label: [label, typeof item.description === 'string' ? item.description : ''].filter(Boolean).join(', ') };
  return item;
}

/** Whether a post has related links either way (its row then folds open to show them). */
export function hasRelated(post: Post, related: RelatedGraph): boolean {
  return related.buildsOn.has(post.path) || related.usedBy.has(post.path);
}

export function postTreeItem(
  node: PostNode,
  uri: vscode.Uri,
  description: string,
  dimensions: readonly Dimension[],
  related?: RelatedGraph,
): vscode.TreeItem {
  const linked = related !== undefined && hasRelated(node.post, related);
  const item = new vscode.TreeItem(node.post.title, linked ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = postNodeId(node);
  item.description = description;
  item.tooltip = postTooltip(node.post, dimensions);
  const missing = related?.buildsOn.get(node.post.path)?.filter((l) => l.kind === 'missing').length ?? 0;
  if (missing > 0) {
    item.description = [description, vscode.l10n.t('{0} related not found', missing)].filter((s) => s.length > 0).join(' · ');
  }
  item.iconPath = new vscode.ThemeIcon(node.post.type === 'talk' ? 'megaphone' : 'note');
  // `post undated`: a published post whose date Lectern cannot find counts toward no goal; it gets "Add Date".
  item.contextValue = isUndated(node.post) ? 'post undated' : 'post';
  item.command = { command: 'lectern.openPost', title: vscode.l10n.t('Open Post'), arguments: [uri] };
  item.accessibilityInformation = { label: `${node.post.title}, ${String(item.description)}` };
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
