import * as vscode from 'vscode';
import type { FileProblem, GoalProgress, Post } from '../../core/goals/api';
import { goalStatusLook } from '../webview/shared/ui-model';
import { LineIndex } from '../../core/text';
import { ModelTreeProvider } from './model-tree';
import { dimensionName, goalDescription, goalTooltip } from './labels';
import { isUndated, postDate, postTreeItem, relatedNodes, relatedTreeItem, type PostNode, type RelatedNode } from './post-item';

export type GoalsNode =
  | { type: 'goal'; progress: GoalProgress }
  | PostNode
  | RelatedNode
  /** The goals file does not parse (`error`) or a goal was left out because it is invalid (`problem`). */
  | { type: 'error' | 'problem'; message: string; line: number }
  | { type: 'empty' }
  /** Published posts without a date: they count toward no goal, and the view says so (each with "Add Date"). */
  | { type: 'undated'; posts: Post[] };

/**
 * The Goals view: one node per valid goal with "done / target · status · when" as its description and the posts
 * that count as children. A goals file that does not parse shows one error node instead (and nothing writes to it).
 */
export class GoalsTreeProvider extends ModelTreeProvider<GoalsNode> {
  getChildren(node?: GoalsNode): GoalsNode[] {
    const snap = this.model.snapshot;
    if (!node) {
      const { exists, text, file } = snap.goalsFile;
      if (!exists) return [];
      const lines = new LineIndex(text);
      const located = (p: FileProblem) => ({ message: p.message, line: lines.positionAt(p.range.start).line + 1 });
      if (!file.parsed) {
        const first = file.problems[0];
        return [{ type: 'error', ...(first ? located(first) : { message: vscode.l10n.t('The goals file could not be read.'), line: 1 }) }];
      }
      const goals: GoalsNode[] = snap.progress.map((progress) => ({ type: 'goal', progress }));
      const problems: GoalsNode[] = file.problems.map((p) => ({ type: 'problem', ...located(p) }));
      if (goals.length === 0 && problems.length === 0) return [{ type: 'empty' }];
      const undated = snap.posts.filter(isUndated);
      return [...goals, ...problems, ...(undated.length > 0 ? [{ type: 'undated' as const, posts: undated }] : [])];
    }
    if (node.type === 'undated') return node.posts.map((post) => ({ type: 'post', post, parentId: 'undated' }));
    if (node.type === 'goal') {
      const parentId = `goal:${node.progress.goal.id}`;
      return node.progress.posts.map((post) => ({ type: 'post', post, parentId }));
    }
    if (node.type === 'post') return relatedNodes(node, snap);
    return [];
  }

  getTreeItem(node: GoalsNode): vscode.TreeItem {
    const dims = this.model.snapshot.dimensions;
    switch (node.type) {
      case 'goal': {
        const p = node.progress;
        const item = new vscode.TreeItem(
          p.goal.title,
          p.posts.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
        );
        item.id = `goal:${p.goal.id}`;
        item.description = goalDescription(p);
        item.tooltip = goalTooltip(p, dims);
        const look = goalStatusLook(p.status);
        item.iconPath = new vscode.ThemeIcon(look.icon, new vscode.ThemeColor(`charts.${look.color}`));
        item.contextValue = 'goal';
        item.accessibilityInformation = { label: `${p.goal.title}, ${item.description}` };
        return item;
      }
      case 'post': {
        const dim = node.post.dimension ? dimensionName(dims, node.post.dimension) : '';
        const description = [postDate(node.post), dim].filter((s) => s.length > 0).join(' · ');
        return postTreeItem(node, this.uriOf(node.post.path), description, dims, this.model.snapshot.related);
      }
      case 'related':
        return relatedTreeItem(node, this.uriOf);
      case 'error': {
        const item = new vscode.TreeItem(vscode.l10n.t('Goals file has an error'), vscode.TreeItemCollapsibleState.None);
        item.id = 'goals-error';
        item.description = vscode.l10n.t('line {0}: {1}', node.line, node.message);
        item.tooltip = vscode.l10n.t('.lectern/goals.yaml, line {0}: {1}. Lectern will not change this file until it parses.', node.line, node.message);
        item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
        item.contextValue = 'goalsError';
        item.command = { command: 'lectern.openGoalsFile', title: vscode.l10n.t('Open Goals File'), arguments: [node.line] };
        return item;
      }
      case 'problem': {
        const item = new vscode.TreeItem(vscode.l10n.t('Invalid goal'), vscode.TreeItemCollapsibleState.None);
        item.id = `goals-problem:${node.line}:${node.message}`;
        item.description = vscode.l10n.t('line {0}: {1}', node.line, node.message);
        item.tooltip = item.description;
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
        item.contextValue = 'goalsError';
        item.command = { command: 'lectern.openGoalsFile', title: vscode.l10n.t('Open Goals File'), arguments: [node.line] };
        return item;
      }
      case 'undated': {
        const item = new vscode.TreeItem(vscode.l10n.t('Published without a date'), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'goals-undated';
        item.description = vscode.l10n.t('{0} posts count toward no goal', node.posts.length);
        item.tooltip = vscode.l10n.t('Lectern found no date for these published posts (front matter, file name or path), so no period goal counts them. Add Date on a post writes “date:”.');
        item.iconPath = new vscode.ThemeIcon('calendar', new vscode.ThemeColor('problemsWarningIcon.foreground'));
        item.contextValue = 'undatedPosts';
        return item;
      }
      case 'empty': {
        const item = new vscode.TreeItem(vscode.l10n.t('No goals yet'), vscode.TreeItemCollapsibleState.None);
        item.id = 'goals-empty';
        item.description = vscode.l10n.t('Add one with +');
        item.iconPath = new vscode.ThemeIcon('info');
        item.command = { command: 'lectern.addGoal', title: vscode.l10n.t('Add Goal…') };
        return item;
      }
    }
  }
}
