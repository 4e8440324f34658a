/**
 * A Chinese draft in the real VS Code (issue 12): Lectern's diagnostics with Chinese messages, a quick fix with a
 * Chinese title that edits the text, and Fix All (the command and source.fixAll.lectern) reaching the fixed point at
 * once (a second run changes nothing; one undo takes the whole fix back).
 *
 * The messages follow VS Code's display language (`vscode.env.language`), which is fixed when the workbench starts
 * and is the same for every suite of the run; so the suite switches the extension's message layer to zh-CN through
 * the test handle `setLintLocale` and back to the display language at the end.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateLectern, fileUri } from './helpers';

const PATH = 'lint/chinese-draft.md';
// Our own sentences: a missing space and a half-width comma, full-width alnum, a stray space before ，, and `？?？`,
// which one lint-and-fix pass leaves as `？？` (only a second pass makes it one ？).
const DRAFT = '# 中文草稿\n\n我们使用React构建界面,欢迎试用!\n\n结果？?？调用ＡＰＩ查询１２３条记录 ，很快。\n';
const FIXED = '# 中文草稿\n\n我们使用 React 构建界面，欢迎试用！\n\n结果？调用 API 查询 123 条记录，很快。\n';

function lectern(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Lectern');
}

function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
}

async function waitFor<T>(what: string, check: () => T | undefined | false, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

suite('chinese', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    const api = await activateLectern();
    await vscode.workspace.fs.writeFile(fileUri(PATH), new TextEncoder().encode(DRAFT));
    api.setLintLocale('zh-CN');
    doc = await vscode.workspace.openTextDocument(fileUri(PATH));
    await vscode.window.showTextDocument(doc);
  });

  suiteTeardown(async () => {
    (await activateLectern()).setLintLocale(undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(fileUri(PATH));
  });

  test('Chinese draft: diagnostics in Chinese, a quick fix with a Chinese title, Fix All (command and source.fixAll) reaches the fixed point at once', async () => {
    // Diagnostics, every message in Chinese.
    const first = await waitFor('the zh-space-latin diagnostic', () => lectern(doc.uri).find((d) => ruleOf(d) === 'zh-space-latin'));
    assert.equal(first.message, '在“用”和“R”之间加一个空格：中文和西文之间要留空。');
    const rules = new Set(lectern(doc.uri).map(ruleOf));
    for (const rule of ['zh-space-latin', 'zh-fullwidth-punctuation', 'fullwidth-alnum', 'zh-space-number', 'zh-no-space-fullwidth']) {
      assert.ok(rules.has(rule), `${rule} in ${[...rules].join(', ')}`);
    }
    for (const d of lectern(doc.uri)) assert.match(d.message, /[\u4e00-\u9fff]/, `a Chinese message: ${d.message}`);
    const width = lectern(doc.uri).find((d) => ruleOf(d) === 'fullwidth-alnum')!;
    assert.equal(width.message, '“ＡＰＩ”用了全角字符，应写作“API”。');

    // The quick fix of the first finding, by its Chinese title, through VS Code's code-action provider.
    // The workbench gets the diagnostics a moment after the extension host has them, and a code-action request carries
    // the workbench's: ask again until they have arrived.
    let actions: vscode.CodeAction[] = [];
    for (const deadline = Date.now() + 10_000; Date.now() < deadline && !actions.some((a) => a.title === '加一个空格'); ) {
      actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, first.range,
        vscode.CodeActionKind.QuickFix.value) ?? [];
      if (!actions.some((a) => a.title === '加一个空格')) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const fix = actions.find((a) => a.title === '加一个空格' && a.isPreferred);
    assert.ok(fix?.edit, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.lineAt(2).text, '我们使用 React构建界面,欢迎试用!');
    await waitFor('the fixed finding to go', () => !lectern(doc.uri).some((d) => ruleOf(d) === 'zh-space-latin' && d.range.start.line === 2 && d.range.start.character === 3));

    // source.fixAll.lectern (on save) gives the fixed point too, as one edit that one undo takes back.
    const before = doc.getText();
    const source = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri,
      new vscode.Range(0, 0, 0, 0), 'source.fixAll.lectern') ?? [];
    assert.equal(source.length, 1);
    assert.ok(source[0]!.edit && await vscode.workspace.applyEdit(source[0]!.edit));
    assert.equal(doc.getText(), FIXED);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before, 'one undo takes the whole source.fixAll back');

    // Fix All: the fixed point in one command, one undo step, and a second run has nothing to do.
    assert.equal(await vscode.commands.executeCommand('lectern.fixAll'), true);
    assert.equal(doc.getText(), FIXED);
    await waitFor('no fixable finding left', () => !lectern(doc.uri).some((d) => d.range.start.line > 0) && true);
    assert.equal(await vscode.commands.executeCommand('lectern.fixAll'), false, 'the second Fix All finds nothing to fix');
    assert.equal(doc.getText(), FIXED);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before, 'one undo takes the whole Fix All back');
  });
});
