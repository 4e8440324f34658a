/**
 * The template picker as a writer sees it: *Lectern: New Post from Template…* from the command palette opens a
 * QuickPick grouped by kind — a separator row per kind (Blog posts, Talks, Other work), then each template's name,
 * its default growth dimension (codicon and name) and its description — in the workbench DOM, in catalog order.
 * Then the CFP proposal's title box counts the characters against the limit as you type.
 * Screenshots: test-results/screenshots/templates-picker-top.png, templates-picker.png (scrolled to where the kinds
 * meet) and templates-cfp-title.png; with LECTERN_DOCS_IMAGES=1 the scenario also refreshes
 * the README's copy, docs/images/templates-picker.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { matchDimension, resolveDimensions } from '../../../src/core/goals/api';
import { BUILTIN_TEMPLATES, TEMPLATE_KINDS, buildCatalog } from '../../../src/core/templates/index';
import type { Ui } from '../workbench';

const KIND_LABELS = { blog: 'Blog posts', talk: 'Talks', other: 'Other work' } as const;

interface PickRow {
  separator: boolean;
  label: string;
  description: string;
  detail: string;
  /** Codicon classes in the description (the dimension's icon). */
  icons: string[];
}

/** What the picker must show: the built-in catalog (the fixture has no workspace templates), in English. */
function expectedRows(): PickRow[] {
  const { templates } = buildCatalog(BUILTIN_TEMPLATES, []);
  const dimensions = resolveDimensions(null);
  const rows: PickRow[] = [];
  for (const kind of TEMPLATE_KINDS) {
    rows.push({ separator: true, label: KIND_LABELS[kind], description: '', detail: '', icons: [] });
    for (const t of templates.filter((x) => x.kind === kind)) {
      const d = t.dimension ? matchDimension(dimensions, t.dimension) : null;
      rows.push({ separator: false, label: t.name.en, description: d?.name ?? '', detail: t.description.en, icons: d ? [`codicon-${d.icon}`] : [] });
    }
  }
  return rows;
}

/**
 * Every row of the open QuickPick, top to bottom, separators included. VS Code draws a separator either as a row of
 * its own (`quick-input-list-separator-as-item`) or as its label on the first row of its group (with a top border),
 * so both become a separator row here. The list is virtual (only the rows in view are in the DOM): it pages down
 * with the keyboard and collects rows by their list index until every one has been seen.
 */
async function allPickRows(ui: Ui, items: number): Promise<PickRow[]> {
  const widget = await ui.quickInput();
  const seen = new Map<number, { group: string; row: PickRow }>();
  for (let page = 0; page < 20 && [...seen.values()].filter((r) => !r.row.separator).length < items; page++) {
    const rows = await widget.locator('.quick-input-list .monaco-list-row').evaluateAll((els) => els.map((el) => {
      const text = (selector: string) => (el.querySelector(selector)?.textContent ?? '').trim();
      const shownText = (node: Element | null) => {
        if (!(node instanceof HTMLElement) || node.offsetWidth === 0 || node.offsetHeight === 0) return '';
        const style = getComputedStyle(node);
        return style.visibility === 'hidden' || style.display === 'none' ? '' : (node.textContent ?? '').trim();
      };
      const entry = el.querySelector('.quick-input-list-entry');
      const asItem = entry?.classList.contains('quick-input-list-separator-as-item') ?? false;
      return {
        index: Number(el.getAttribute('data-index')),
        // Rows are recycled: a separator label left from an earlier use of the row is in the DOM but not drawn.
        group: asItem ? '' : shownText(el.querySelector('.quick-input-list-separator')),
        separator: asItem,
        label: text('.label-name'),
        description: text('.label-description'),
        detail: text('.quick-input-list-label-meta'),
        icons: Array.from(el.querySelectorAll('.label-description .codicon'))
          .flatMap((i) => Array.from(i.classList).filter((c) => c.startsWith('codicon-') && c !== 'codicon-modifier-spin')),
      };
    }));
    for (const { index, group, ...row } of rows) seen.set(index, { group, row });
    await ui.press('PageDown');
    await ui.page.waitForTimeout(150);
  }
  return [...seen.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, { group, row }]) =>
    group ? [{ separator: true, label: group, description: '', detail: '', icons: [] }, row] : [row]);
}

export async function run(ui: Ui): Promise<void> {
  const expected = expectedRows();
  assert.equal(expected.filter((r) => !r.separator).length, 20, 'twenty built-in templates');

  await ui.openView('Lectern');
  await ui.settle();
  await ui.runCommand('Lectern: New Post from Template…');
  const widget = await ui.quickInput();
  await ui.waitFor('the template picker', async () => (await ui.quickPickItems()).includes('Tutorial'));
  assert.equal(await widget.locator('.quick-input-box input').getAttribute('placeholder'), 'Choose a template for the new post');

  // The first screen: the Blog separator, then names, dimensions and descriptions.
  await ui.page.waitForTimeout(300);
  await ui.screenshot('picker-top');

  const rows = await allPickRows(ui, expected.filter((r) => !r.separator).length);
  const show = (r: PickRow) => (r.separator ? `── ${r.label}` : `${r.label} | ${r.description} | ${r.icons.join(' ')} | ${r.detail}`);
  assert.deepEqual(rows.map(show), expected.map(show));

  // Scrolled back up with the mouse wheel to where the kinds meet (the last blog template, the talks, the first other
  // work), as the README shows it. About a row per wheel step; then the pointer leaves the list so no hover shows.
  const list = await widget.locator('.quick-input-list').boundingBox();
  assert.ok(list, 'the list has a box');
  await ui.page.mouse.move(list.x + list.width / 2, list.y + list.height / 2);
  await ui.waitFor('the last Blog template in view', async () => {
    if ((await ui.quickPickItems()).includes('Book or paper review')) return true;
    await ui.page.mouse.wheel(0, -40);
    await ui.page.waitForTimeout(50);
    return false;
  });
  await ui.page.mouse.move(1200, 800);
  await ui.page.waitForTimeout(800);
  const shot = await ui.screenshot('picker');
  if (process.env.LECTERN_DOCS_IMAGES === '1') {
    // The screenshots folder is <repository>/test-results/screenshots.
    fs.copyFileSync(shot, path.resolve(ui.screenshotDir, '..', '..', 'docs', 'images', 'templates-picker.png'));
    ui.log('copied to docs/images/templates-picker.png');
  }

  // The CFP proposal's title box: the count against the limit (75) as you type, a warning past it.
  await ui.press('Escape');
  await ui.runCommand('Lectern: New Post from Template…');
  await ui.waitFor('the template picker', async () => (await ui.quickPickItems()).includes('Tutorial'));
  await widget.locator('.quick-input-box input').fill('CFP proposal');
  await ui.pickQuickItem('CFP proposal');
  const message = widget.locator('.quick-input-message');
  await ui.waitFor('the title box', async () => (await widget.locator('.quick-input-box input').getAttribute('placeholder')) !== 'Choose a template for the new post');
  await ui.type('Error budgets');
  await ui.waitFor('"Title: 13 of 75 characters" under the title box', async () => ((await message.textContent()) ?? '').includes('Title: 13 of 75 characters'));
  await ui.type(' that product managers and engineers both read, and what we learned in a year');
  const long = 'Error budgets that product managers and engineers both read, and what we learned in a year'.length;
  await ui.waitFor(`"Title: ${long} of 75 characters" as a warning`, async () =>
    ((await message.textContent()) ?? '').includes(`Title: ${long} of 75 characters`) &&
    ((await widget.locator('.quick-input-box .monaco-inputbox').getAttribute('class')) ?? '').includes('warning'));
  await ui.screenshot('cfp-title');
  await ui.press('Escape');
}
