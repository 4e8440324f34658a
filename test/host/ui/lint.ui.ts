/**
 * What a writer sees: squiggles under findings, the hover that explains the rule, the finding in the Problems panel,
 * the status bar (words · reading time · clarity) and, on a click, the document report in the Markdown preview.
 * Screenshots: test-results/screenshots/lint-squiggles-hover.png, lint-problems.png, lint-report.png.
 */
import * as assert from 'node:assert/strict';
import type { Ui } from '../workbench';

const STATUS = /(\d[\d,]*) words · (\d+) min · clarity (\d+)/;

export async function run(ui: Ui): Promise<void> {
  await ui.openFile('lint/clarity.md');
  const editor = ui.page.locator('.editor-instance .monaco-editor').first();

  // The status bar shows the metrics of the active Markdown editor.
  const status = await ui.waitFor('the Lectern status bar item', async () =>
    (await ui.statusBarItems()).find((t) => STATUS.test(t) || /Lectern: \d+ words/.test(t)));
  ui.log(`status bar: ${status}`);

  // A squiggle under "the the" (an error) and one under "was kept" (a warning).
  await ui.waitFor('error and warning squiggles', async () =>
    (await editor.locator('.squiggly-error').count()) > 0 && (await editor.locator('.squiggly-warning').count()) > 0);

  // Hover the error squiggle: VS Code shows the diagnostic, and Lectern's hover explains the rule.
  const squiggle = editor.locator('.squiggly-error').first();
  const box = await squiggle.boundingBox();
  assert.ok(box, 'the squiggle is on screen');
  await ui.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = await ui.waitFor('the hover', async () => {
    const h = ui.page.locator('.monaco-hover:not(.hidden)').first();
    const text = (await h.count()) > 0 ? await h.innerText() : '';
    return text.includes('Lectern · repeated-word') ? text : undefined;
  });
  assert.match(hover, /A doubled word is almost always a typo that survived editing\./);
  assert.match(hover, /Restart the the server\. → Restart the server\./);
  assert.match(hover, /'the' is repeated\./, 'the diagnostic message is in the same hover');
  await ui.screenshot('squiggles-hover');
  await ui.press('Escape');

  const problems = await ui.problems();
  assert.ok(problems.some((p) => p.includes("'the' is repeated.")), problems.join('\n'));
  await ui.screenshot('problems');

  // Clicking the status bar item opens the document report.
  await ui.page.locator('.part.statusbar .statusbar-item', { hasText: /words · \d+ min · clarity/ }).first().click();
  const report = await ui.webview();
  await report.locator('h1', { hasText: 'Lectern report: clarity.md' }).waitFor({ timeout: 20_000 });
  const table = await report.locator('table').first().innerText();
  assert.match(table, /Words\s+\d+/);
  assert.match(table, /Clarity score\s+\d+ \/ 100/);
  assert.match(await report.locator('body').innerText(), /repeated-word\s+error\s+1/);
  await ui.screenshot('report');
}
