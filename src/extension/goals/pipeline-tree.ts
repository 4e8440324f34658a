import * as vscode from 'vscode';
import type { Post, PostStatus } from '../../core/goals/api';
import { ModelTreeProvider } from './model-tree';
import { dimensionName, postStatusLabel } from './labels';
import { postDateLabel, postTreeItem, relatedNodes, relatedTreeItem, type PostNode, type RelatedNode } from './post-item';

export type PipelineNode = { type: 'stage'; status: PostStatus; posts: Post[] } | PostNode | RelatedNode;

const STAGE_ICONS: Record<PostStatus, string> = {
  idea: 'lightbulb',
  draft: 'edit',
  review: 'eye',
  scheduled: 'calendar',
  published: 'rocket',
};

/** The Pipeline view: posts grouped by status from ideas to published (newest first); a click opens the post. */
export class PipelineTreeProvider extends ModelTreeProvider<PipelineNode> {
  getChildren(node?: PipelineNode): PipelineNode[] {
    const snap = this.model.snapshot;
    if (!node) {
      // Stages are only drawn once the first posts are in: VS Code keeps a node's first collapse state, so a stage
      // drawn empty (not expandable) during the scan would stay folded when its posts arrive.
      if (snap.indexing && snap.posts.length === 0) return [];
      return snap.pipeline.map(({ status, posts }) => ({ type: 'stage', status, posts }));
    }
    if (node.type === 'stage') {
      const parentId = `stage:${node.status}`;
      return node.posts.map((post) => ({ type: 'post', post, parentId }));
    }
    if (node.type === 'post') return relatedNodes(node, snap);
    return [];
  }

  getTreeItem(node: PipelineNode): vscode.TreeItem {
    const dims = this.model.snapshot.dimensions;
    if (node.type === 'related') return relatedTreeItem(node, this.uriOf);
    if (node.type === 'post') {
      const description = [postDateLabel(node.post), dimensionName(dims, node.post.dimension)].filter((s) => s.length > 0).join(' · ');
      return postTreeItem(node, this.uriOf(node.post.path), description, dims, this.model.snapshot.related);
    }
    const item = new vscode.TreeItem(
      postStatusLabel(node.status),
      node.posts.length === 0
        ? vscode.TreeItemCollapsibleState.None
        : // Published grows without end: start it folded so the work in progress stays in view.
          node.status === 'published'
          ? vscode.TreeItemCollapsibleState.Collapsed
          : vscode.TreeItemCollapsibleState.Expanded,
    );
    item.id = `stage:${node.status}`;
    item.description = String(node.posts.length);
    item.iconPath = new vscode.ThemeIcon(STAGE_ICONS[node.status]);
    item.contextValue = 'stage';
    return item;
  }
}
