/**
 * The Lectern activity-bar container opens and shows its four views; a screenshot of the workbench with it open
 * goes to test-results/screenshots/foundation-lectern-container.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { Ui } from '../workbench';

export async function run(ui: Ui): Promise<void> {
  await ui.setTheme('dark');
  const sidebar = await ui.openView('Lectern');
  const title = ((await sidebar.locator('.composite.title').textContent()) ?? '').trim();
  assert.match(title, /lectern/i, `side bar title: ${title}`);

  // The four views the manifest contributes to the container, by their (localised) names.
  for (const name of ['Goals', 'Growth Dimensions', 'Pipeline', 'Checklist']) {
    await ui.view(name).waitFor({ state: 'visible', timeout: 15_000 });
  }
  const headers = (await sidebar.locator('.pane-header h3.title').allTextContents()).map((t) => t.trim());
  assert.deepEqual(headers, ['Goals', 'Growth Dimensions', 'Pipeline', 'Checklist']);

  // The icon in the activity bar is ours (a mask or background image from media/lectern.svg), not a fallback.
  const icon = ui.page.locator('.part.activitybar li.action-item:has(a[aria-label^="Lectern"]) a.action-label');
  const style = await icon.evaluate((el) => {
    const s = getComputedStyle(el);
    return `${s.maskImage || s.webkitMaskImage} ${s.backgroundImage}`;
  });
  assert.match(style, /lectern\.svg/, `activity-bar icon style: ${style}`);

  await ui.settle();
  const file = await ui.screenshot('lectern-container');
  assert.ok(fs.statSync(file).size > 10_000, 'the screenshot has content');
}
