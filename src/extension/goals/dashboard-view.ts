import * as vscode from 'vscode';
import { buildDashboard, countingDate, newestFirst } from '../../core/goals/api';
import { RANGE_MONTHS, chartColorFor, goalStatusLook, lastMonthsRange, type DashboardView } from '../webview/shared/ui-model';
import type { GoalsSnapshot } from './goals-model';
import { dimensionName, goalDescription, goalStatusLabel, insightText, postTypeLabel } from './labels';

/** How many recently published items the dashboard lists. */
const RECENT = 8;

/**
 * Turns the core's dashboard model into what the webview draws: plain data with every word already in the UI
 * language. The webview adds nothing but shapes, so all strings it shows come from here (and are set as text).
 */
export function dashboardView(snap: GoalsSnapshot, months: number): DashboardView {
  const range = lastMonthsRange(snap.today, months);
  const goals = snap.goalsFile.file.parsed ? snap.goalsFile.file.goals : [];
  // The snapshot already evaluated the goals for these posts and this day: reuse that progress.
  const model = buildDashboard({
    posts: snap.posts, goals, progress: snap.progress, dimensions: snap.dimensions, today: snap.today, range,
  });
  const locale = vscode.env.language;
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const yearMonthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthDate = (ym: string) => {
    const [y, m] = ym.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m - 1, 1));
  };
  const recent = snap.posts
    .filter((p) => countingDate(p) !== null && countingDate(p)! <= snap.today)
    .sort(newestFirst)
    .slice(0, RECENT);
  const cadenceTotal = model.cadence.reduce((n, c) => n + c.posts + c.talks, 0);

  return {
    locale,
    months,
    rangeChoices: RANGE_MONTHS.map((m) => ({ months: m, label: vscode.l10n.t('Last {0} months', m) })),
    strings: {
      title: vscode.l10n.t('Lectern Dashboard'),
      range: vscode.l10n.t('Range'),
      radar: vscode.l10n.t('Growth dimensions'),
      radarSummary: vscode.l10n.t(
        'Published from {0} to {1}: {2}',
        model.range.from,
        model.range.to,
        model.radar.map((r) => `${r.name} ${r.value}`).join(', '),
      ),
      cadence: vscode.l10n.t('Cadence'),
      cadenceSummary: vscode.l10n.t('Posts and talks per month over the last 12 months: {0} in all', cadenceTotal),
      posts: vscode.l10n.t('Posts'),
      talks: vscode.l10n.t('Talks'),
      goals: vscode.l10n.t('Goals'),
      noGoals: snap.goalsFile.file.parsed
        ? vscode.l10n.t('No goals yet. Add one from the Goals view.')
        : vscode.l10n.t('The goals file has an error; open it from the Goals view.'),
      insights: vscode.l10n.t('Insights'),
      noInsights: vscode.l10n.t('Nothing to point out yet.'),
      recent: vscode.l10n.t('Recently published'),
      noRecent: vscode.l10n.t('Nothing published yet.'),
      related: vscode.l10n.t('Related posts'),
      totals: vscode.l10n.t(
        '{0} published in range · {1} in progress · {2} unassigned · {3} in all',
        model.totals.published,
        model.totals.inProgress,
        model.totals.unassigned,
        model.totals.posts,
      ),
    },
    radar: model.radar.map((r) => ({ id: r.id, name: r.name, color: chartColorFor(r.color), value: r.value })),
    cadence: model.cadence.map((c) => ({
      month: c.month,
      label: monthFormat.format(monthDate(c.month)),
      title: yearMonthFormat.format(monthDate(c.month)),
      posts: c.posts,
      talks: c.talks,
    })),
    goals: model.goals.map((g) => ({
      id: g.goal.id,
      title: g.goal.title,
      done: g.done,
      target: g.target,
      status: g.status,
      statusLabel: goalStatusLabel(g.status),
      color: goalStatusLook(g.status).color,
      detail: goalDescription(g),
    })),
    insights: model.insights.map((i) => ({ tone: i.tone, text: insightText(i) })),
    recent: recent.map((p) => ({
      path: p.path,
      title: p.title,
      detail: [countingDate(p), postTypeLabel(p.type), dimensionName(snap.dimensions, p.dimension)].join(' · '),
    })),
    related: relatedView(snap),
  };
}

/** Every post with links either way, by title: the talk's "builds on" and the post's "used by" rows. */
function relatedView(snap: GoalsSnapshot): DashboardView['related'] {
  const byPath = new Map(snap.posts.map((p) => [p.path, p]));
  return snap.posts
    .filter((p) => snap.related.buildsOn.has(p.path) || snap.related.usedBy.has(p.path))
    .sort((a, b) => a.title.localeCompare(b.title) || (a.path < b.path ? -1 : 1))
    .map((p) => {
      const links: DashboardView['related'][number]['links'] = [];
      for (const link of snap.related.buildsOn.get(p.path) ?? []) {
        const target = link.target !== null ? byPath.get(link.target) : undefined;
        if (target) links.push({ direction: 'builds-on', label: vscode.l10n.t('builds on'), title: target.title, path: target.path, missing: false });
        else if (link.kind === 'external') links.push({ direction: 'builds-on', label: vscode.l10n.t('builds on'), title: link.entry, path: null, missing: false });
        else links.push({ direction: 'builds-on', label: vscode.l10n.t('builds on'), title: vscode.l10n.t('{0} (not found)', link.entry), path: null, missing: true });
      }
      for (const path of snap.related.usedBy.get(p.path) ?? []) {
        const user = byPath.get(path);
        if (user) links.push({ direction: 'used-by', label: vscode.l10n.t('used by'), title: user.title, path: user.path, missing: false });
      }
      return { path: p.path, title: p.title, links };
    });
}
