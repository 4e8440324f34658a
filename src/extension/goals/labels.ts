import * as vscode from 'vscode';
import type { Dimension, GoalKind, GoalPeriod, GoalProgress, GoalStatus, Insight, Post, PostStatus } from '../../core/goals/api';

/** Every user-visible word of the goals feature goes through here, so the Chinese bundle covers it all. */

export function goalStatusLabel(status: GoalStatus): string {
  const labels: Record<GoalStatus, string> = {
    done: vscode.l10n.t('done'),
    'on-track': vscode.l10n.t('on track'),
    behind: vscode.l10n.t('behind'),
    overdue: vscode.l10n.t('overdue'),
  };
  return labels[status];
}

export function postStatusLabel(status: PostStatus): string {
  const labels: Record<PostStatus, string> = {
    idea: vscode.l10n.t('Ideas'),
    draft: vscode.l10n.t('Drafts'),
    review: vscode.l10n.t('In Review'),
    scheduled: vscode.l10n.t('Scheduled'),
    published: vscode.l10n.t('Published'),
  };
  return labels[status];
}

/** A single post's status, for descriptions and tooltips ("Draft", not the group name "Drafts"). */
export function postStatusName(status: PostStatus): string {
  const labels: Record<PostStatus, string> = {
    idea: vscode.l10n.t('Idea'),
    draft: vscode.l10n.t('Draft'),
    review: vscode.l10n.t('In review'),
    scheduled: vscode.l10n.t('Scheduled'),
    published: vscode.l10n.t('Published'),
  };
  return labels[status];
}

export function goalKindLabel(kind: GoalKind): string {
  const labels: Record<GoalKind, string> = {
    post: vscode.l10n.t('posts'),
    talk: vscode.l10n.t('talks'),
    any: vscode.l10n.t('posts or talks'),
  };
  return labels[kind];
}

export function periodLabel(period: GoalPeriod): string {
  const labels: Record<GoalPeriod, string> = {
    week: vscode.l10n.t('this week'),
    month: vscode.l10n.t('this month'),
    quarter: vscode.l10n.t('this quarter'),
    year: vscode.l10n.t('this year'),
  };
  return labels[period];
}

/** "2 / 4 · behind · this month" or "0 / 1 · on track · due 2027-06-30": what the Goals view shows beside a goal. */
export function goalDescription(p: GoalProgress): string {
  const when = p.goal.period ? periodLabel(p.goal.period) : vscode.l10n.t('due {0}', p.period.to);
  return vscode.l10n.t('{0} / {1} · {2} · {3}', p.done, p.target, goalStatusLabel(p.status), when);
}

export function goalTooltip(p: GoalProgress, dimensions: readonly Dimension[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**');
  md.appendText(p.goal.title);
  md.appendMarkdown('**\n\n');
  const dimension = p.goal.dimension ? (dimensions.find((d) => d.id === p.goal.dimension)?.name ?? p.goal.dimension) : vscode.l10n.t('any dimension');
  md.appendText(vscode.l10n.t('{0} of {1} {2} ({3})', p.done, p.target, goalKindLabel(p.goal.kind), dimension));
  md.appendMarkdown('\n\n');
  md.appendText(vscode.l10n.t('Window: {0} – {1}', p.period.from, p.period.to));
  md.appendMarkdown('\n\n');
  if (p.daysLeft >= 0) md.appendText(vscode.l10n.t('Deadline: {0} ({1} days left)', p.period.to, p.daysLeft));
  else md.appendText(vscode.l10n.t('Deadline: {0} (passed)', p.period.to));
  md.appendMarkdown('\n\n');
  md.appendText(vscode.l10n.t('Status: {0} (expected by today: {1})', goalStatusLabel(p.status), formatNumber(p.expected)));
  return md;
}

export function dimensionName(dimensions: readonly Dimension[], id: string | null): string {
  if (id === null) return vscode.l10n.t('Unassigned');
  return dimensions.find((d) => d.id === id)?.name ?? id;
}

export function postTypeLabel(type: string): string {
  if (type === 'blog') return vscode.l10n.t('blog post');
  if (type === 'talk') return vscode.l10n.t('talk');
  return type;
}

export function postTooltip(post: Post, dimensions: readonly Dimension[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**');
  md.appendText(post.title);
  md.appendMarkdown('**\n\n');
  md.appendText(post.path);
  md.appendMarkdown('\n\n');
  md.appendText(vscode.l10n.t('{0} · {1}', postTypeLabel(post.type), postStatusName(post.status)));
  md.appendMarkdown('\n\n');
  const dim =
    post.dimension !== null
      ? dimensionName(dimensions, post.dimension)
      : post.dimensionRaw !== null
        ? vscode.l10n.t('unknown dimension “{0}”', post.dimensionRaw)
        : vscode.l10n.t('no growth dimension');
  md.appendText(vscode.l10n.t('Dimension: {0}', dim));
  const date = post.published ?? post.date;
  if (date) {
    md.appendMarkdown('\n\n');
    md.appendText(vscode.l10n.t('Date: {0}', date));
  } else if (post.status === 'published' && post.statusSource !== 'status') {
    md.appendMarkdown('\n\n$(warning) ');
    md.appendText(vscode.l10n.t('Published without a date: it counts toward no goal. Add Date writes “date:”.'));
  }
  for (const problem of post.problems) {
    md.appendMarkdown('\n\n$(warning) ');
    md.appendText(problem.message);
  }
  md.supportThemeIcons = true;
  return md;
}

/**
 * An insight in the UI language. The core writes English messages with their parameters; known kinds are
 * re-worded here, anything new falls back to the core's English text.
 */
export function insightText(insight: Insight): string {
  const p = insight.params;
  const has = (...keys: string[]) => keys.every((k) => p[k] !== undefined);
  switch (insight.kind) {
    case 'gap':
      if (has('name', 'days')) return vscode.l10n.t('No {0} post in {1} days.', String(p.name), Number(p.days));
      break;
    case 'never':
      if (has('name')) return vscode.l10n.t('No {0} post yet.', String(p.name));
      break;
    case 'streak':
      if (has('months', 'min')) {
        return Number(p.min) === 1
          ? vscode.l10n.t('{0}-month streak of at least one post.', Number(p.months))
          : vscode.l10n.t('{0}-month streak of ≥ {1} posts.', Number(p.months), Number(p.min));
      }
      break;
    case 'goal-behind':
      if (has('title', 'done', 'target', 'daysLeft')) {
        return vscode.l10n.t('“{0}” is behind: {1} of {2}, {3} days left.', String(p.title), Number(p.done), Number(p.target), Number(p.daysLeft));
      }
      break;
    case 'goal-overdue':
      if (has('title', 'done', 'target', 'due')) {
        return vscode.l10n.t('“{0}” is overdue: {1} of {2} by {3}.', String(p.title), Number(p.done), Number(p.target), String(p.due));
      }
      break;
    case 'focus':
      if (has('share', 'name')) return vscode.l10n.t('{0}% of what you published in this range was {1}.', Number(p.share), String(p.name));
      break;
    case 'unassigned':
      if (has('count')) {
        return Number(p.count) === 1
          ? vscode.l10n.t('1 post has no growth dimension.')
          : vscode.l10n.t('{0} posts have no growth dimension.', Number(p.count));
      }
      break;
    default:
      break;
  }
  return insight.message;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** A dimension's name in the UI language: for Chinese, its first Chinese alias when it has one. */
export function dimensionLabel(dimension: Dimension): string {
  if (vscode.env.language.toLowerCase().startsWith('zh')) {
    const zh = dimension.aliases.find((a) => /[\u4e00-\u9fff]/.test(a));
    if (zh) return zh;
  }
  return dimension.name;
}
