/**
 * The goals sidebar and the dashboard as a person sees them in the workbench: the tree rows' labels and
 * descriptions in the DOM, the dashboard's radar, cadence, goals and recent posts inside its webview frame (a post
 * titled `<img src=x onerror=alert(1)>` shows as text), and screenshots of both in the light and dark themes
 * (test-results/screenshots/goals-*.png).
 *
 * The scenario runs with the real clock, so the expected numbers are computed here with the same core functions
 * from the workspace files; what is checked is that the UI shows exactly those numbers in the agreed format.
 */
import * as assert from 'node:assert/strict';
import { buildDashboard, evaluateGoals, summarizeDimensions, type GoalProgress } from '../../../src/core/goals/api';
import { lastMonthsRange } from '../../../src/extension/webview/shared/ui-model';
import type { Ui } from '../workbench';
import { fixtureGoals, STATUS_TEXT } from './expected';

const XSS_TITLE = '<img src=x onerror=alert(1)>';

function expectedModel(workspace: string) {
  const { today, dimensions, posts, goals } = fixtureGoals(workspace);
  return {
    inputs: { posts, goals, dimensions, today },
    goals: evaluateGoals(goals, posts, today),
    dimensions: summarizeDimensions(posts, dimensions, today),
    dashboard: buildDashboard({ posts, goals, dimensions, today }),
  };
}

function goalDescription(p: GoalProgress): string {
  const when = p.goal.period ? `this ${p.goal.period}` : `due ${p.period.to}`;
  return `${p.done} / ${p.target} · ${STATUS_TEXT[p.status]} · ${when}`;
}

export async function run(ui: Ui): Promise<void> {
  const expected = expectedModel(ui.workspace);
  assert.equal(expected.goals.length, 3, 'the fixture has three goals');

  await ui.openView('Lectern');
  await ui.expandView('Goals');
  const goalRows = expected.goals.map((g) => ({ label: g.goal.title, description: goalDescription(g) }));
  await ui.waitFor(`the Goals view to show ${JSON.stringify(goalRows)}`, async () => {
    const rows = (await ui.treeItems('Goals')).map((r) => ({ label: r.label, description: r.description }));
    return JSON.stringify(rows) === JSON.stringify(goalRows) ? rows : undefined;
  }, 30_000);

  await ui.expandView('Growth Dimensions');
  const dimensionRows = expected.dimensions
    .filter((s) => s.id !== null || s.posts.length > 0)
    .map((s) => ({ label: s.name, description: `${s.published} published · ${s.inProgress} in progress` }));
  await ui.waitFor(`the Growth Dimensions view to show ${JSON.stringify(dimensionRows)}`, async () => {
    const rows = (await ui.treeItems('Growth Dimensions')).filter((r) => r.level === 1).map((r) => ({ label: r.label, description: r.description }));
    return JSON.stringify(rows) === JSON.stringify(dimensionRows) ? rows : undefined;
  });

  // Expanding a dimension shows its posts; the markup title is a plain label.
  await ui.treeItem('Growth Dimensions', 'Influence').click();
  await ui.waitFor('the Influence posts', async () => {
    const rows = await ui.treeItems('Growth Dimensions');
    return rows.some((r) => r.level === 2 && r.label === XSS_TITLE) ? rows : undefined;
  });
  assert.equal(await ui.view('Growth Dimensions').locator('.pane-body img').count(), 0, 'no <img> element in the tree');

  await ui.expandView('Pipeline');
  await ui.waitFor('the Pipeline stages', async () => {
    const labels = (await ui.treeItems('Pipeline')).filter((r) => r.level === 1).map((r) => r.label);
    return labels[0] === 'Ideas' && labels.includes('Drafts') ? labels : undefined;
  });

  await ui.setTheme('dark');
  await ui.screenshot('sidebar-dark');
  await ui.setTheme('light');
  await ui.screenshot('sidebar-light');

  // The dashboard.
  await ui.runCommand('Lectern: Show Dashboard');
  const frame = await ui.webview();
  await frame.locator('#radar').waitFor({ state: 'visible', timeout: 30_000 });
  const csp = (await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  assert.match(csp, /^default-src 'none'; style-src [^;]+; script-src 'nonce-[0-9a-f]{48}'$/, `CSP: ${csp}`);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  // Browsers hide the nonce attribute from the DOM once the page loads; the `nonce` property keeps it.
  const scriptNonce = await frame.locator('script[src*="dashboard.js"]').evaluate((el) => (el as HTMLScriptElement).nonce);
  assert.ok(scriptNonce && csp.includes(`'nonce-${scriptNonce}'`), 'our script carries the nonce');
  const radarLabels = (await frame.locator('#radar text.label').allTextContents()).map((t) => t.trim());
  assert.deepEqual(radarLabels, expected.dashboard.radar.map((r) => `● ${r.name} ${r.value}`));
  assert.equal(await frame.locator('#radar circle.dot').count(), 5);
  assert.equal(await frame.locator('#radar polygon.area').count(), 1);

  const months = await frame.locator('#cadence g.month').evaluateAll((els) => els.map((e) => e.getAttribute('data-month')));
  assert.deepEqual(months, expected.dashboard.cadence.map((c) => c.month));
  assert.equal(await frame.locator('#cadence rect.bar.posts').count(), 12);
  assert.equal(await frame.locator('#cadence rect.bar.talks').count(), 12);

  const goalTitles = (await frame.locator('#goals .goal-title').allTextContents()).map((t) => t.trim());
  assert.deepEqual(goalTitles, expected.goals.map((g) => g.goal.title));
  const bars = await frame.locator('#goals progress').evaluateAll((els) => els.map((e) => [e.getAttribute('value'), e.getAttribute('max')]));
  assert.deepEqual(bars, expected.goals.map((g) => [String(Math.min(g.done, g.target)), String(g.target)]));

  // Escaping: the title is text, and nothing in the page became an element from it.
  const xss = frame.locator('#recent button.post-title', { hasText: XSS_TITLE });
  assert.equal(await xss.count(), 1, 'the markup title is listed once');
  assert.equal(await xss.textContent(), XSS_TITLE);
  assert.equal(await frame.locator('img').count(), 0, 'no <img> element anywhere in the dashboard');

  // A chosen range redraws the radar (the webview asks, the extension validates and answers).
  const last3 = buildDashboard({ ...expected.inputs, range: lastMonthsRange(expected.inputs.today, 3) });
  await frame.locator('#range').selectOption('3');
  await ui.waitFor('the radar for the last 3 months', async () => {
    const labels = (await frame.locator('#radar text.label').allTextContents()).map((t) => t.trim());
    return JSON.stringify(labels) === JSON.stringify(last3.radar.map((r) => `● ${r.name} ${r.value}`)) ? labels : undefined;
  });
  await frame.locator('#range').selectOption('12');

  const lightBackground = await frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
  await ui.screenshot('dashboard-light');
  await ui.setTheme('dark');
  await frame.locator('#radar').waitFor({ state: 'visible' });
  const darkBackground = await frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(lightBackground, darkBackground, 'the dashboard follows the theme through its CSS variables');
  await ui.screenshot('dashboard-dark');

  // Clicking a post in the dashboard opens it in an editor.
  await xss.click();
  await ui.page.locator('.tabs-container .tab.active[aria-label^="xss-title.md"]').waitFor({ state: 'visible', timeout: 15_000 });
}
