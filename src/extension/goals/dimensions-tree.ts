import * as vscode from 'vscode';
import type { DimensionSummary } from '../../core/goals/api';
import { chartColorFor } from '../webview/shared/ui-model';
import { ModelTreeProvider } from './model-tree';
import { postStatusName } from './labels';
import { postDateLabel, postTreeItem, relatedNodes, relatedTreeItem, type PostNode, type RelatedNode } from './post-item';

export type DimensionsNode = { type: 'dimension'; summary: DimensionSummary } | PostNode | RelatedNode;

/**
 * The Growth Dimensions view: each dimension (config order) with "published in the last 12 months · in progress",
 * its codicon in the nearest theme chart colour, its posts as children, and a final "Unassigned" group.
 */
export class DimensionsTreeProvider extends ModelTreeProvider<DimensionsNode> {
  getChildren(node?: DimensionsNode): DimensionsNode[] {
    const snap = this.model.snapshot;
    if (!node) {
      // The Unassigned group only when something is unassigned; the configured dimensions always show.
      return snap.summaries
        .filter((s) => s.id !== null || s.posts.length > 0)
        .map((summary) => ({ type: 'dimension', summary }));
    }
    if (node.type === 'dimension') {
      const parentId = `dimension:${node.summary.id ?? ''}`;
      return node.summary.posts.map((post) => ({ type: 'post', post, parentId }));
    }
    if (node.type === 'post') return relatedNodes(node, snap);
    return [];
  }

  getTreeItem(node: DimensionsNode): vscode.TreeItem {
    if (node.type === 'related') return relatedTreeItem(node, this.uriOf);
    if (node.type === 'post') {
      const post = node.post;
      const parts = [postStatusName(post.status), postDateLabel(post)];
      if (post.dimension === null && post.dimensionRaw !== null) parts.push(vscode.l10n.t('unknown “{0}”', post.dimensionRaw));
      const description = parts.filter((s) => s.length > 0).join(' · ');
      return postTreeItem(node, this.uriOf(post.path), description, this.model.snapshot.dimensions, this.model.snapshot.related);
    }
    const s = node.summary;
    const item = new vscode.TreeItem(
      s.id === null ? vscode.l10n.t('Unassigned') : s.name,
      s.posts.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
    );
    item.id = `dimension:${s.id ?? ''}`;
    item.description = vscode.l10n.t('{0} published · {1} in progress', s.published, s.inProgress);
    item.tooltip = vscode.l10n.t(
      '{0}: {1} published in the last 12 months, {2} in progress, {3} in all',
      item.label as string,
      s.published,
      s.inProgress,
      s.posts.length,
    );
    item.iconPath =
      s.id === null
        ? new vscode.ThemeIcon('question')
        : new vscode.ThemeIcon(s.icon ?? 'circle-filled', new vscode.ThemeColor(`charts.${chartColorFor(s.color)}`));
    item.contextValue = s.id === null ? 'unassigned' : 'dimension';
    return item;
  }
}
