/**
 * The publish checklist as a writer sees it: Run Publish Checklist from the command palette, the Checklist view's
 * rows in the DOM (id, level · message, pass/fail/warning icons, manual checkboxes), a fix applied from the row's
 * inline action (the cursor lands in the new empty value), the manual items ticked with the tree's native
 * checkboxes (still ticked after a reload), then Mark as Published from the view title: the modal "Publish Anyway",
 * the URL input, the front-matter bytes on disk and the Goals view's new count.
 * Screenshots: test-results/screenshots/checklist-light.png, checklist-dark.png.
 *
 * The scenario runs with the real clock: the expected rows and goal numbers are computed here with the same core.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runChecklist } from '../../../src/core/checklist/run';
import { localize } from '../../../src/core/checklist/messages';
import type { ChecklistItem } from '../../../src/core/checklist/types';
import { parseConfig } from '../../../src/core/config';
import { evaluateGoals, systemClock } from '../../../src/core/goals/api';
import type { Ui } from '../workbench';
import { CHECKLIST_DESCRIPTION as DESCRIPTION, CHECKLIST_POST as POST, CHECKLIST_POST_LINES } from '../checklist-post';
import { fixtureGoals, STATUS_TEXT } from './expected';

const POST_TEXT = CHECKLIST_POST_LINES.join('\n');

const URL = 'https://example.com/checklists';
const LEVEL = { required: 'required', recommended: 'recommended', manual: 'manual' } as const;

async function expectedItems(workspace: string, text: string): Promise<ChecklistItem[]> {
  const { config } = parseConfig(fs.readFileSync(path.join(workspace, '.lectern', 'config.json'), 'utf8'));
  const result = await runChecklist({
    path: POST, text, config, platform: 'generic', platformSource: 'default', clock: systemClock(),
    files: {
      exists: async (p) => fs.existsSync(path.join(workspace, p)),
      readText: async (p) => (fs.existsSync(path.join(workspace, p)) ? fs.readFileSync(path.join(workspace, p), 'utf8') : null),
    },
  });
  return result.items;
}

function rowOf(item: ChecklistItem): { label: string; description: string } {
  const message = localize(item, 'en');
  return item.level === 'manual' ? { label: message, description: 'manual' } : { label: item.id, description: `${LEVEL[item.level]} · ${message}` };
}

function steadyWritingDescription(workspace: string): string {
  const { today, posts, goals } = fixtureGoals(workspace);
  const p = evaluateGoals(goals, posts, today).find((g) => g.goal.id === 'steady-writing');
  assert.ok(p);
  return `${p.done} / ${p.target} · ${STATUS_TEXT[p.status]} · this month`;
}

async function checklistRows(ui: Ui): Promise<Array<{ label: string; description: string }>> {
  return (await ui.treeItems('Checklist')).filter((r) => r.level === 1).map((r) => ({ label: r.label, description: r.description }));
}

/** Collapses the other Lectern panes, so the Checklist view has the side bar's height (tree rows are virtual). */
async function focusChecklistPane(ui: Ui): Promise<void> {
  for (const name of ['Goals', 'Growth Dimensions', 'Pipeline']) {
    const header = ui.view(name).locator('.pane-header').first();
    if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
  }
  await ui.expandView('Checklist');
}

async function showChecklist(ui: Ui, expected: ChecklistItem[]): Promise<void> {
  const rows = expected.map(rowOf);
  await ui.waitFor(`the Checklist view to show ${JSON.stringify(rows)}`, async () => {
    const shown = await checklistRows(ui);
    return JSON.stringify(shown) === JSON.stringify(rows) ? shown : undefined;
  }, 30_000);
}

function checkbox(ui: Ui, label: string) {
  return ui.treeItem('Checklist', label).locator('.custom-view-tree-node-item-checkbox').first();
}

async function isChecked(ui: Ui, label: string): Promise<boolean> {
  const box = checkbox(ui, label);
  return (await box.getAttribute('aria-checked')) === 'true' || ((await box.getAttribute('class')) ?? '').split(/\s+/).includes('checked');
}

export async function run(ui: Ui): Promise<void> {
  const file = path.join(ui.workspace, ...POST.split('/'));
  fs.writeFileSync(file, POST_TEXT);
  const goalBefore = steadyWritingDescription(ui.workspace);
  await ui.openView('Lectern');
  await ui.openFile(POST);
  await ui.runCommand('Lectern: Run Publish Checklist');
  await focusChecklistPane(ui);
  // A wider side bar, so the messages are readable in the screenshots.
  const sidebar = await ui.page.locator('.part.sidebar').boundingBox();
  for (const sash of sidebar ? await ui.page.locator('.monaco-sash.vertical').all() : []) {
    const box = await sash.boundingBox();
    if (!box || !sidebar || Math.abs(box.x + box.width / 2 - (sidebar.x + sidebar.width)) > 6) continue;
    await ui.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await ui.page.mouse.down();
    await ui.page.mouse.move(box.x + 260, box.y + box.height / 2, { steps: 8 });
    await ui.page.mouse.up();
    break;
  }

  const items = await expectedItems(ui.workspace, POST_TEXT);
  assert.equal(items.find((i) => i.id === 'placeholders')?.status, 'fail', 'the prepared post fails a required check');
  assert.equal(items.find((i) => i.id === 'description')?.status, 'warn', 'and lacks a description');
  await showChecklist(ui, items);
  const pane = ui.view('Checklist');
  // Icons per status, in the row's DOM.
  assert.equal(await ui.treeItem('Checklist', 'front-matter').locator('.codicon-pass').count(), 1);
  assert.equal(await ui.treeItem('Checklist', 'placeholders').locator('.codicon-error').count(), 1);
  assert.equal(await ui.treeItem('Checklist', 'description').locator('.codicon-warning').count(), 1);
  const message = (await pane.locator('.pane-body .message').first().textContent()) ?? '';
  assert.match(message, /Platform: generic .* 1 required items fail\./);

  // The fix from the row's inline action: `description: ""` with the cursor between the quotes.
  await ui.clickAction(ui.treeItem('Checklist', 'description'), 'Apply Fix');
  await ui.page.locator('.editor-instance .monaco-editor.focused').first().waitFor({ state: 'visible', timeout: 10_000 });
  await ui.type(DESCRIPTION);
  await ui.press('Escape');
  await ui.press('Control+S');
  const fixed = POST_TEXT.replace('tags: [writing, checklists]\n', `tags: [writing, checklists]\ndescription: "${DESCRIPTION}"\n`);
  await ui.waitFor('the fixed post on disk', () => {
    const onDisk = fs.readFileSync(file, 'utf8');
    if (onDisk === fixed) return true;
    // Said in the timeout message: the first line that differs from the expected text.
    const lines = onDisk.split('\n');
    const at = lines.findIndex((line, i) => line !== fixed.split('\n')[i]);
    throw new Error(`line ${at + 1} on disk is ${JSON.stringify(lines[at])}`);
  });
  await showChecklist(ui, await expectedItems(ui.workspace, fixed));

  // Tick the manual items with the native checkboxes.
  const manual = items.filter((i) => i.level === 'manual').map((i) => localize(i, 'en'));
  assert.equal(manual.length, 4);
  for (const label of manual) {
    await checkbox(ui, label).click();
    await ui.waitFor(`“${label}” ticked`, () => isChecked(ui, label));
  }
  await ui.settle();
  for (const label of manual) assert.ok(await isChecked(ui, label), `“${label}” is still ticked`);
  await ui.setTheme('dark');
  await ui.screenshot('dark');
  await ui.setTheme('light');
  await ui.screenshot('light');

  // The ticks survive a reload of the window.
  await ui.page.reload({ waitUntil: 'domcontentloaded' });
  await ui.page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: 120_000 });
  await ui.openView('Lectern');
  await ui.openFile(POST);
  await focusChecklistPane(ui);
  await ui.waitFor('the ticks after a reload', async () => {
    for (const label of manual) if (!(await isChecked(ui, label))) return false;
    return true;
  }, 30_000);

  // Mark as Published from the view title: the modal confirmation, then the URL.
  await ui.clickAction(ui.view('Checklist').locator('.pane-header'), 'Mark as Published');
  const dialog = ui.page.locator('.monaco-dialog-box');
  await dialog.waitFor({ state: 'visible', timeout: 10_000 });
  assert.match((await dialog.textContent()) ?? '', /1 required items fail: placeholders\. Publish anyway\?/);
  await ui.clickDialogButton('Publish Anyway');
  const input = (await ui.quickInput()).locator('.quick-input-box input');
  await input.fill(URL);
  await ui.press('Enter');
  const today = systemClock().today;
  const published = fixed
    .replace('status: review   #', 'status: published   #')
    .replace(`description: "${DESCRIPTION}"\n`, `description: "${DESCRIPTION}"\npublished: ${today}\nurl: ${URL}\nlectern: {override: [placeholders]}\n`);
  await ui.waitFor('the published post on disk', () => fs.readFileSync(file, 'utf8') === published, 20_000);

  // The Goals view counts it at once.
  const goalAfter = steadyWritingDescription(ui.workspace);
  assert.notEqual(goalAfter, goalBefore, 'the post counts toward this month’s goal');
  await ui.expandView('Goals');
  await ui.waitFor(`the Goals view to show ${goalAfter}`, async () =>
    (await ui.treeItems('Goals')).some((r) => r.label === 'Publish two posts a month' && r.description === goalAfter), 30_000);
  await ui.screenshot('published');
}
