/**
 * Templates in a real VS Code: New Post from Template with its QuickPick and InputBox answered by the test (the
 * file is created, opened with the expected front matter, the cursor on the first tab stop, the post in the Pipeline
 * view), the `lectern-` snippets in Markdown completion, Insert Template into an existing post, New Talk Proposal from
 * Post (related link, dimension, CFP diagnostics) and the speaking-time section of a talk's report.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eventually as waitFor } from './eventually';
import { systemClock } from '../../../src/core/goals/api';
import type { GoalsTestApi } from '../../../src/extension/goals/index';
import type { Prompts } from '../../../src/extension/prompts';
import type { LecternExports } from '../../../src/extension/extension';
import { activateLectern, fileUri, relativePath, revertAndCloseEditors, scripted, treeLabels } from './helpers';
import type { TemplatesApi } from '../../../src/extension/templates/index';

let goals: GoalsTestApi;
let setPrompts: LecternExports['setPrompts'];
let templates: TemplatesApi;
const created: vscode.Uri[] = [];

const eventually = (check: () => Promise<void> | void, timeoutMs?: number) => waitFor(() => goals.whenIdle(), check, timeoutMs);


suite('templates', () => {
  suiteSetup(async function () {
    this.timeout(60_000);
    const exports = await activateLectern();
    goals = exports.goals;
    setPrompts = exports.setPrompts;
    templates = exports.templates;
    await goals.whenIdle();
  });

  teardown(async () => {
    setPrompts(undefined);
    await revertAndCloseEditors();
  });

  suiteTeardown(async () => {
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  test('New Post from Template: picker grouped by kind, title, dimension; file created, opened at the first tab stop, in the Pipeline', async function () {
    this.timeout(60_000);
    const seen: string[] = [];
    const answers: Prompts = {
      async showQuickPick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions) {
        seen.push(`pick:${options.placeHolder}`);
        if (seen.length === 1) {
          const separators = items.filter((i) => i.kind === vscode.QuickPickItemKind.Separator).map((i) => i.label);
          assert.deepEqual(separators, ['Blog posts', 'Talks', 'Other work']);
          assert.equal(items.length, 3 + 20);
          const tutorial = items.find((i) => i.label === 'Tutorial')!;
          assert.equal(tutorial.description, '$(tools) Technical Expertise');
          assert.equal(tutorial.detail, 'Teach one task step by step, from what the reader needs to a result they can check.');
          return tutorial;
        }
        assert.equal(items[0]!.label, '$(tools) Technical Expertise', 'the template default comes first');
        assert.equal(items[0]!.description, 'template default');
        return items[0];
      },
      async showInputBox(options: vscode.InputBoxOptions) {
        seen.push(`input:${options.title}`);
        const empty = await options.validateInput?.('  ');
        assert.equal(typeof empty === 'object' && empty !== null ? empty.message : empty, 'Enter a title.');
        assert.equal(await options.validateInput?.('Hello from the host'), undefined, 'no length hint for a non-CFP template');
        return 'Hello from the host';
      },
      confirm: () => Promise.reject(new Error('no confirmation expected')),
    };
    setPrompts(answers);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('lectern.newPostFromTemplate');
    assert.ok(uri, 'a file was created');
    created.push(uri);
    assert.deepEqual(seen, ['pick:Choose a template for the new post', 'input:New Tutorial', 'pick:Growth dimension this builds']);
    const today = systemClock().today;
    assert.equal(relativePath(uri), `posts/${today}-hello-from-the-host.md`);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.uri.toString(), uri.toString());
    const text = editor.document.getText();
    assert.ok(text.startsWith(`---\ntitle: Hello from the host\ndate: ${today}\nstatus: draft\ntype: blog\ndimension: expertise\ntags: []\ndescription: ""\n---\n\n`), text.slice(0, 200));
    assert.equal(editor.document.getText(editor.selection), 'By the end of this post you will have a working …', 'the first tab stop is selected');
    const disk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.equal(disk, text, 'the file on disk is the text the snippet shows');
    const session = await goals.session();
    assert.ok(session);
    await eventually(async () => assert.ok((await treeLabels(session.trees.pipeline)).includes('Hello from the host'), 'the post is in the Pipeline view'));
    // A second post of the same title never overwrites the first.
    setPrompts({ ...answers, showQuickPick: async (items) => items.find((i) => i.label === 'Tutorial') ?? items[0] });
    const second = await vscode.commands.executeCommand<vscode.Uri>('lectern.newPostFromTemplate');
    assert.ok(second);
    created.push(second);
    assert.equal(relativePath(second), `posts/${today}-hello-from-the-host-2.md`);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), disk);
  });

  test('Markdown completion offers the lectern- snippets', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'lectern-' });
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 8));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const prefix of ['lectern-tutorial', 'lectern-cfp-proposal', 'lectern-marp-deck', 'lectern-slide', 'lectern-cfp-fields', 'lectern-disable-next-line']) {
      assert.ok(labels.includes(prefix), `${prefix} in ${labels.filter((l) => l.startsWith('lectern')).join(', ')}`);
    }
    assert.ok(labels.filter((l) => l.startsWith('lectern-')).length >= 20);
  });

  test('Insert Template into an existing post: the body at the cursor as a snippet, no second front matter', async () => {
    const uri = fileUri('posts/next-idea.md');
    const editor = await vscode.window.showTextDocument(uri);
    const before = editor.document.getText();
    const end = editor.document.positionAt(before.length);
    editor.selection = new vscode.Selection(end, end);
    setPrompts(scripted(['TIL (today I learned)']));
    assert.equal(await vscode.commands.executeCommand('lectern.insertTemplate'), true);
    const after = editor.document.getText();
    assert.ok(after.startsWith(before), 'inserted at the cursor (the end)');
    const inserted = after.slice(before.length);
    assert.ok(inserted.startsWith('<!-- Keep it short'), inserted.slice(0, 80));
    assert.match(inserted, /\n## Example\n/);
    assert.equal((after.match(/^---$/gm) ?? []).length, 2, 'one front matter block');
    assert.equal(editor.document.getText(editor.selection), 'Today I learned that …');
  });

  test('speaking time per section: the report compares each section\'s estimate with the minutes its heading plans', async () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    const uri = fileUri('talks/plan-vs-estimate.md');
    created.push(uri);
    // With its heading's one spoken word, Hook has 130 words (1 min at 130 a minute), Demo 910 (7 min), Questions 14.
    const text = `---\ntitle: Plan vs estimate\ntype: talk\nstatus: idea\n---\n\n## Hook (2 min)\n\n${words(129)}\n\n## Demo (5 min)\n\n${words(909)}\n\n## Questions\n\n${words(13)}\n`;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await vscode.window.showTextDocument(uri);
    const report = await vscode.commands.executeCommand<vscode.Uri>('lectern.showDocumentReport', uri);
    assert.ok(report);
    const reportText = (await vscode.workspace.openTextDocument(report)).getText();
    assert.match(reportText, /About 8\.1 min to say \(1,054 words of slides and speaker notes\)\.\n\nPlanned: 7 min\.\n/);
    const table = reportText.slice(reportText.indexOf('| Section |')).split('\n').slice(0, 5);
    assert.deepEqual(table, [
      '| Section | Estimate | Planned | Difference |',
      '| --- | ---: | ---: | ---: |',
      '| Hook (2 min) | 1 | 2 | −1 |',
      '| Demo (5 min) | 7 | 5 | +2 |',
      '| Questions | 0.1 | — | — |',
    ]);
  });

  test('New Talk Proposal from Post: pitch, outline, related and dimension from the post; CFP limits as diagnostics; speaking time in the report', async function () {
    this.timeout(60_000);
    const post = fileUri('posts/observability-budget.md');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('lectern.newTalkFromPost', post);
    assert.ok(uri);
    created.push(uri);
    assert.equal(relativePath(uri), `talks/${systemClock().today}-an-observability-budget-for-small-teams.md`);
    const editor = vscode.window.activeTextEditor!;
    const text = editor.document.getText();
    assert.match(text, /^title: An observability budget for small teams\n[^]*^type: talk\ndimension: expertise\n[^]*^related: \[posts\/observability-budget\.md\]\nevent: ""\ncfp: true\n---\n/m);
    assert.match(text, /## Timed outline\n\n<!--[^\n]*-->\n- \(\d+ min\) /);
    const session = await goals.session();
    assert.ok(session);
    await eventually(async () => {
      const talk = session.posts.index.get(relativePath(uri));
      assert.ok(talk, 'the proposal is a post in the index');
      assert.deepEqual([talk.type, talk.dimension, talk.related], ['talk', 'expertise', ['posts/observability-budget.md']]);
      assert.ok((await treeLabels(session.trees.pipeline)).includes('An observability budget for small teams'));
    });
    // A title over the limit is a warning at the title, with the count.
    const titleRange = editor.document.getText().indexOf('An observability budget');
    await editor.edit((b) => b.insert(editor.document.positionAt(titleRange), 'A very long prefix that pushes the title past the limit, '));
    const diagnostics = templates.cfp.update(editor.document);
    assert.deepEqual(diagnostics.map((d) => [d.message, d.range.start.line]), [['Title: 96 of 75 characters', 1]]);
    assert.ok(vscode.languages.getDiagnostics(editor.document.uri).some((d) => d.message === 'Title: 96 of 75 characters'));
    // The document report of a talk has its speaking time.
    const report = await vscode.commands.executeCommand<vscode.Uri>('lectern.showDocumentReport', uri);
    assert.ok(report);
    const reportText = (await vscode.workspace.openTextDocument(report)).getText();
    assert.match(reportText, /## Speaking time\n\nAbout [\d.]+ min to say \(\d+ words of slides and speaker notes\)\./);
  });
});
