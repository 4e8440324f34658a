/**
 * Related posts in a real VS Code: a talk's `related:` entries show both ways in the goals views ("builds on" under
 * the talk, "used by" under the post, in the Pipeline and Growth Dimensions trees and the dashboard), and an entry
 * that names no post is a warning in the views and a diagnostic at the entry — gone once the post exists.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eventually as waitFor } from './eventually';
import { activateLectern, fileUri, writeFile } from './helpers';
import type { GoalsTestApi } from '../../../src/extension/goals/index';
import type { DashboardPanel } from '../../../src/extension/goals/dashboard-panel';

const TALK = 'talks/related-budgets-talk.md';
const GONE = 'posts/related-gone.md';
const TALK_TEXT = [
  '---',
  'title: Budgets on stage',
  'type: talk',
  'status: draft',
  'dimension: expertise',
  'related:',
  '  - posts/observability-budget.md',
  `  - ${GONE}`,
  '---',
  '',
  '## Opening (2 min)',
  '',
  'Why budgets.',
  '',
].join('\n');

let api: GoalsTestApi;

interface Row {
  label: string;
  description: string;
  icon: string;
}

/** Every row of a tree, depth first, with its depth as indentation in the label. */
async function treeRows<T>(provider: vscode.TreeDataProvider<T>, parent?: T, depth = 0): Promise<Row[]> {
  const out: Row[] = [];
  for (const c of (await provider.getChildren(parent)) ?? []) {
    const item = await provider.getTreeItem(c);
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : '';
    out.push({ label: `${'  '.repeat(depth)}${label}`, description: typeof item.description === 'string' ? item.description : '', icon });
    out.push(...(await treeRows(provider, c, depth + 1)));
  }
  return out;
}

/** The rows right below the row labelled `label` (one level deeper), as "label | description | icon". */
function childrenOf(rows: Row[], label: string): string[] {
  const i = rows.findIndex((r) => r.label.trim() === label);
  assert.ok(i >= 0, `no row ${label} in ${rows.map((r) => r.label).join('\n')}`);
  const depth = rows[i]!.label.length - rows[i]!.label.trimStart().length;
  const out: string[] = [];
  for (const r of rows.slice(i + 1)) {
    const d = r.label.length - r.label.trimStart().length;
    if (d <= depth) break;
    if (d === depth + 2) out.push(`${r.label.trim()} | ${r.description} | ${r.icon}`);
  }
  return out;
}

const eventually = (check: () => Promise<void> | void, timeoutMs?: number) => waitFor(() => api.whenIdle(), check, timeoutMs);

suite('related posts', () => {
  suiteSetup(async function () {
    this.timeout(60_000);
    api = (await activateLectern()).goals;
    await api.whenIdle();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const path of [TALK, GONE]) await vscode.workspace.fs.delete(fileUri(path)).then(undefined, () => undefined);
    await api.whenIdle();
  });

  test('builds on / used by in the trees and the dashboard; a missing target is a warning there and a diagnostic at the entry', async function () {
    this.timeout(90_000);
    const session = await api.session();
    assert.ok(session);
    await writeFile(TALK, TALK_TEXT);

    await eventually(async () => {
      const pipeline = await treeRows(session.trees.pipeline);
      assert.deepEqual(childrenOf(pipeline, 'Budgets on stage'), [
        'builds on An observability budget for small teams | posts/observability-budget.md | references',
        `builds on ${GONE} | not found: ${GONE} | warning`,
      ]);
      assert.match(pipeline.find((r) => r.label.trim() === 'Budgets on stage')!.description, /1 related not found$/);
      assert.deepEqual(childrenOf(pipeline, 'An observability budget for small teams'), ['used by Budgets on stage | talks/related-budgets-talk.md | megaphone']);
      const dimensions = await treeRows(session.trees.dimensions);
      assert.deepEqual(childrenOf(dimensions, 'An observability budget for small teams'), ['used by Budgets on stage | talks/related-budgets-talk.md | megaphone']);
    });

    // The diagnostic sits on the entry itself, in the open talk.
    const editor = await vscode.window.showTextDocument(fileUri(TALK));
    const expectedLine = TALK_TEXT.split('\n').indexOf(`  - ${GONE}`);
    await eventually(() => {
      const diagnostics = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.code === 'related-not-found');
      assert.equal(diagnostics.length, 1);
      const d = diagnostics[0]!;
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(d.range.start.line, expectedLine);
      assert.equal(editor.document.getText(d.range), GONE);
      assert.match(d.message, /^Related post not found: “posts\/related-gone\.md”/);
    });

    // The dashboard lists the links both ways, the missing one as a warning.
    const panel = await vscode.commands.executeCommand<DashboardPanel>('lectern.showDashboard');
    assert.ok(panel);
    try {
      await Promise.race([panel.loaded, new Promise((_, reject) => setTimeout(() => reject(new Error('the webview never said ready')), 30_000))]);
      await eventually(() => {
        const related = api.dashboardView()!.related.map((p) => [p.title, p.links.map((l) => `${l.label} ${l.title}${l.missing ? ' !' : ''}`)]);
        assert.deepEqual(related.filter(([title]) => title === 'Budgets on stage' || title === 'An observability budget for small teams'), [
          ['An observability budget for small teams', ['used by Budgets on stage']],
          ['Budgets on stage', ['builds on An observability budget for small teams', `builds on ${GONE} (not found) !`]],
        ]);
      });

      // Once the post exists, the warning goes and the link shows both ways.
      await writeFile(GONE, '---\ntitle: Gone no more\nstatus: draft\n---\n');
      await eventually(() => {
        assert.deepEqual(vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.code === 'related-not-found'), []);
        const talk = api.dashboardView()!.related.find((p) => p.title === 'Budgets on stage');
        assert.deepEqual(talk?.links.map((l) => `${l.label} ${l.title}`), ['builds on An observability budget for small teams', 'builds on Gone no more']);
        assert.deepEqual(api.dashboardView()!.related.find((p) => p.title === 'Gone no more')?.links.map((l) => `${l.label} ${l.title}`), ['used by Budgets on stage']);
      });
    } finally {
      panel.dispose();
    }
  });
});
