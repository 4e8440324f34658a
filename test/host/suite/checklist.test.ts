/**
 * The publish checklist in a real VS Code: Run Publish Checklist on a prepared post, the Checklist view's items
 * (tree provider), "Go to", a fix applied as a snippet edit (cursor in the empty value, undoable), updates as the
 * document changes, manual ticks, and Mark as Published (refused while manual items are unticked, the modal
 * "Publish Anyway" with the override recorded, the URL, one undoable edit, saved) with the exact front-matter bytes
 * and the goals tree's new count. A post whose front matter does not parse is never written.
 *
 * The posts are written by the test (and deleted after it) so the goals suite sees the fixture as it was.
 * "Today" is fixed to 2026-11-20 through the goals test handle; the checklist reads the same clock.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eventually as waitFor } from './eventually';
import { fixedClock } from '../../../src/core/goals/api';
import type { ChecklistTestApi } from '../../../src/extension/checklist/index';
import type { ChecklistNode } from '../../../src/extension/checklist/checklist-tree';
import type { GoalsTestApi } from '../../../src/extension/goals/index';
import type { LecternExports } from '../../../src/extension/extension';
import { LARGE_POST_CHARS } from '../../../src/extension/checklist/checklist-model';
import { CHECKLIST_DESCRIPTION as DESCRIPTION, CHECKLIST_POST, CHECKLIST_POST_LINES } from '../checklist-post';
import { activateLectern, fileUri, readFile, revertAndCloseEditors, scripted } from './helpers';

const TODAY = '2026-11-20';
const POST = CHECKLIST_POST;
const BROKEN = 'posts/checklist-broken.md';
const POST_TEXT = CHECKLIST_POST_LINES.join('\r\n');
const BROKEN_TEXT = '---\ntitle: [unclosed\nstatus: review\n---\n\nBody.\n';

let goals: GoalsTestApi;
let setPrompts: LecternExports['setPrompts'];
let checklist: ChecklistTestApi;

const eventually = (check: () => Promise<void> | void, timeoutMs?: number) =>
  waitFor(async () => { await checklist.whenIdle(); await goals.whenIdle(); }, check, timeoutMs);

async function rows(parent?: ChecklistNode): Promise<Array<{ label: string; description: string; icon?: string; checked?: boolean; context?: string }>> {
  const tree = checklist.tree;
  return Promise.all(tree.getChildren(parent).map(async (n) => {
    const item = await tree.getTreeItem(n);
    const box = item.checkboxState;
    const state = box === undefined ? undefined : typeof box === 'object' ? box.state : box;
    return {
      label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
      description: typeof item.description === 'string' ? item.description : '',
      icon: item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined,
      checked: state === undefined ? undefined : state === vscode.TreeItemCheckboxState.Checked,
      context: item.contextValue,
    };
  }));
}

function node(id: string): ChecklistNode {
  const found = checklist.tree.getChildren().find((n) => n.type === 'item' && n.item.id === id);
  assert.ok(found, `a checklist row for ${id}`);
  return found;
}

async function publishedThisMonth(): Promise<string> {
  const session = await goals.session();
  assert.ok(session);
  const goal = session.model.snapshot.progress.find((p) => p.goal.id === 'steady-writing');
  assert.ok(goal);
  const item = await session.trees.goals.getTreeItem({ type: 'goal', progress: goal });
  return typeof item.description === 'string' ? item.description : '';
}

suite('publish checklist', () => {
  suiteSetup(async function () {
    this.timeout(60_000);
    const exports = await activateLectern();
    goals = exports.goals;
    setPrompts = exports.setPrompts;
    checklist = exports.checklist;
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    await goals.setClock(fixedClock(TODAY));
    await vscode.workspace.fs.writeFile(fileUri(POST), new TextEncoder().encode(POST_TEXT));
    await vscode.workspace.fs.writeFile(fileUri(BROKEN), new TextEncoder().encode(BROKEN_TEXT));
    await eventually(async () => {
      const session = await goals.session();
      assert.ok(session?.posts.index.has(POST));
    });
  });

  teardown(() => setPrompts(undefined));

  suiteTeardown(async function () {
    this.timeout(30_000);
    setPrompts?.(undefined);
    await revertAndCloseEditors();
    for (const path of [POST, BROKEN]) await vscode.workspace.fs.delete(fileUri(path)).then(undefined, () => undefined);
    await eventually(async () => {
      const session = await goals.session();
      assert.ok(session && [POST, BROKEN].every((p) => !session.posts.index.has(p)), 'the test posts left the index');
    });
    await goals?.setClock(undefined);
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('the commands and the view are contributed', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['lectern.runPublishChecklist', 'lectern.markPublished', 'lectern.checklistGoTo', 'lectern.checklistApplyFix']) {
      assert.ok(commands.includes(id), id);
    }
  });

  test('Run Publish Checklist shows the active post\'s items: status icons, level and message, manual checkboxes', async () => {
    await vscode.window.showTextDocument(fileUri(POST));
    const result = await vscode.commands.executeCommand<{ items: Array<{ id: string }> } | undefined>('lectern.runPublishChecklist');
    assert.ok(result, 'the command returns the result');
    await eventually(async () => {
      const all = await rows();
      assert.equal(all.length, result.items.length);
      const byLabel = new Map(all.map((r) => [r.label, r]));
      assert.deepEqual(byLabel.get('front-matter'), { label: 'front-matter', description: 'required · The front matter parses (YAML).', icon: 'pass', checked: undefined, context: 'checklistItem status-pass' });
      assert.deepEqual(byLabel.get('description'), { label: 'description', description: 'recommended · No description.', icon: 'warning', checked: undefined, context: 'checklistItem status-warn located fixable' });
      assert.deepEqual(byLabel.get('placeholders'), { label: 'placeholders', description: 'required · Left-over placeholder: TODO', icon: 'error', checked: undefined, context: 'checklistItem status-fail located' });
      assert.deepEqual(all.filter((r) => r.checked !== undefined), [
        { label: 'Read it aloud once', description: 'manual', icon: undefined, checked: false, context: 'checklistItem status-manual' },
        { label: 'Code samples run as shown', description: 'manual', icon: undefined, checked: false, context: 'checklistItem status-manual' },
        { label: 'Someone reviewed it', description: 'manual', icon: undefined, checked: false, context: 'checklistItem status-manual' },
        { label: 'Summary and social post drafted', description: 'manual', icon: undefined, checked: false, context: 'checklistItem status-manual' },
      ]);
    });
    assert.match(checklist.tree.view.message ?? '', /^Platform: generic \(none configured or detected\) · 1 required items fail\.$/);
    assert.equal(checklist.tree.view.description, 'checklist-post.md');
  });

  test('Go to reveals the line of a located failure', async () => {
    const placeholders = node('placeholders');
    assert.ok(await vscode.commands.executeCommand('lectern.checklistGoTo', placeholders));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.uri.toString(), fileUri(POST).toString());
    assert.equal(editor.selection.start.line, 7);
    assert.equal(editor.document.getText(editor.selection), 'TODO');
  });

  test('a fix adds the missing field as a snippet (cursor in the value), as one undoable edit', async () => {
    assert.ok(await vscode.commands.executeCommand('lectern.checklistApplyFix', node('description')));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    const text = editor.document.getText();
    assert.equal(text, POST_TEXT.replace('tags: [writing, checklists]\r\n', 'tags: [writing, checklists]\r\ndescription: ""\r\n'));
    const at = editor.document.offsetAt(editor.selection.active);
    assert.equal(text.slice(at - 'description: "'.length, at + 1), 'description: ""', 'the cursor is between the quotes');
    await editor.edit((b) => b.insert(editor.selection.active, DESCRIPTION));
    await eventually(async () => {
      const description = (await rows()).find((r) => r.label === 'description');
      assert.equal(description?.icon, 'pass', 'the checklist follows the edit');
    });
    // Undo takes back the typing, then the fix; redo puts both back.
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), POST_TEXT);
    await vscode.commands.executeCommand('redo');
    await vscode.commands.executeCommand('redo');
    assert.ok(editor.document.getText().includes(`description: "${DESCRIPTION}"`));
    await editor.document.save();
  });

  test('Mark as Published refuses while manual items are unticked; the file stays as it is', async () => {
    setPrompts(scripted([], []));
    const before = await readFile(POST);
    assert.equal(await vscode.commands.executeCommand('lectern.markPublished'), false);
    assert.equal(await readFile(POST), before);
  });

  test('ticks are kept per post; a required failure needs "Publish Anyway", recorded as an override', async () => {
    const uri = fileUri(POST);
    for (const n of checklist.tree.getChildren()) {
      if (n.type === 'item' && n.item.level === 'manual') await checklist.ticks.set(uri, n.item.id, true);
    }
    await eventually(async () => {
      assert.deepEqual((await rows()).filter((r) => r.checked !== undefined).map((r) => r.checked), [true, true, true, true]);
    });
    assert.deepEqual([...checklist.ticks.ticked(uri)].sort(), ['manual:code-runs', 'manual:read-aloud', 'manual:reviewed', 'manual:social']);

    const before = await readFile(POST);
    const seen: string[] = [];
    setPrompts(scripted(['no'], seen));
    assert.equal(await vscode.commands.executeCommand('lectern.markPublished'), false);
    assert.deepEqual(seen, ['confirm:1 required items fail: placeholders. Publish anyway?']);
    assert.equal(await readFile(POST), before, 'cancelled: untouched');

    const countBefore = await publishedThisMonth();
    assert.match(countBefore, /^1 \/ 2 · /);
    setPrompts(scripted(['yes', 'https://example.com/checklists'], seen));
    assert.equal(await vscode.commands.executeCommand('lectern.markPublished'), true);
    const expected = before.replace(
      'status: review   # ready for a last look',
      'status: published   # ready for a last look',
    ).replace(
      `description: "${DESCRIPTION}"\r\n`,
      `description: "${DESCRIPTION}"\r\npublished: ${TODAY}\r\nurl: https://example.com/checklists\r\nlectern: {override: [placeholders]}\r\n`,
    );
    assert.equal(await readFile(POST), expected, 'the front matter in its own convention, CRLF kept, saved');
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    assert.equal(doc?.isDirty, false);
    await eventually(async () => {
      assert.match(await publishedThisMonth(), /^2 \/ 2 · done · this month$/);
    });
    // One undoable edit: undo brings the whole state back at once.
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('undo');
    assert.equal(vscode.window.activeTextEditor?.document.getText(), before);
    await vscode.commands.executeCommand('redo');
    assert.equal(vscode.window.activeTextEditor?.document.getText(), expected);
  });

  test('front matter that does not parse: the checklist says so and Mark as Published leaves the file untouched', async () => {
    const uri = fileUri(BROKEN);
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('lectern.runPublishChecklist', uri);
    await eventually(async () => {
      const first = (await rows())[0];
      assert.equal(first?.label, 'front-matter');
      assert.equal(first?.icon, 'error');
      assert.ok(!(await rows()).some((r) => r.context?.includes('fixable')), 'no fix is offered');
    });
    assert.match(checklist.tree.view.message ?? '', /The front matter does not parse/);
    setPrompts(scripted([], []));
    assert.equal(await vscode.commands.executeCommand('lectern.markPublished', uri), false);
    assert.equal(await readFile(BROKEN), BROKEN_TEXT);
  });
  test('a large post is checked by itself only while the Checklist view is shown; shown, it runs', async function () {
    this.timeout(60_000);
    const LARGE = 'posts/checklist-large.md';
    const paragraph = `${'The release notes list what changed and why it matters to the reader. '.repeat(30)}\n\n`;
    const text = `---\ntitle: Large post\nstatus: review\n---\n\n${paragraph.repeat(Math.ceil(LARGE_POST_CHARS / paragraph.length) + 1)}`;
    const uri = fileUri(LARGE);
    try {
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      await eventually(() => assert.equal(checklist.tree.view.visible, false, 'the Checklist view is hidden'));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      const editor = await vscode.window.showTextDocument(uri);
      // Followed (the active post) but not checked: whenIdle has settled every run that was started.
      await eventually(() => {
        assert.equal(checklist.model.uri?.toString(), uri.toString());
        assert.equal(checklist.model.current, undefined, 'no run while the view is hidden');
      });
      await editor.edit((b) => b.insert(new vscode.Position(5, 0), 'Edited. '));
      await eventually(() => assert.equal(checklist.model.current, undefined, 'typing does not run it either'));
      await vscode.commands.executeCommand('lectern.checklist.focus');
      await eventually(() => {
        assert.equal(checklist.tree.view.visible, true);
        assert.equal(checklist.model.current?.uri.toString(), uri.toString(), 'shown, the view runs the waiting check');
      }, 30_000);
    } finally {
      await revertAndCloseEditors();
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      await eventually(async () => assert.ok(!(await goals.session())?.posts.index.has(LARGE), 'the large post left the index'));
    }
  });
});
