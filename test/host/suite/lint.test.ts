/**
 * The lint feature inside a real VS Code: diagnostics at exact ranges on open and after an edit, quick fixes,
 * fix-all, disable comments, the allow list, hover, the rule documentation link, focus mode, the document report,
 * Lint Workspace, config problems, and PARITY with the CLI (`node dist/cli.js lint --format json`) on the same file
 * and config. Fixtures: test/fixtures/host-workspace/lint/*.md and the workspace's .lectern/config.json.
 */
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'lectern-dev.lectern';
const DOCS = 'https://github.com/lectern-dev/lectern/blob/main/docs/rules.md#';

function root(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the host suite runs with the fixture workspace open');
  return folder.uri;
}

function fixture(name: string): vscode.Uri {
  return vscode.Uri.joinPath(root(), 'lint', name);
}

async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) {
      const open = vscode.window.visibleTextEditors.map((e) => e.document.uri.path);
      const all = vscode.languages.getDiagnostics().filter(([, ds]) => ds.some((d) => d.source === 'Lectern'))
        .map(([u, ds]) => `${u.path}: ${ds.filter((d) => d.source === 'Lectern').map((d) => `${ruleOf(d)} ${show(d.range)}`).join(', ')}`);
      const focus = vscode.workspace.getConfiguration('lectern').get('lint.focusMode');
      const cursors = vscode.window.visibleTextEditors.map((e) => e.selections.map((x) => x.active.line).join('/'));
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; visible: ${open.join(', ')} (cursor lines ${cursors.join(', ')}, focus mode ${focus}); Lectern diagnostics: ${all.join(' | ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function lectern(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Lectern');
}

function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
}

/** The range of the n-th occurrence (0-based) of `needle` in the document. */
function rangeOf(doc: vscode.TextDocument, needle: string, nth = 0): vscode.Range {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `'${needle}' #${i} is in ${doc.uri.path}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

function show(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

async function open(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  const editor = await vscode.window.showTextDocument(doc);
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  return { doc, editor };
}

/** The fixtures as they are on disk at the start of the run, so a test can put back what it edited. */
const pristine = new Map<string, string>();

/** Puts the document back to the fixture's text (saved), so every test starts from the same file. */
async function restore(doc: vscode.TextDocument): Promise<void> {
  const original = pristine.get(doc.uri.toString());
  assert.ok(original !== undefined, `no pristine copy of ${doc.uri.path}`);
  if (doc.getText() !== original) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
    await vscode.workspace.applyEdit(edit);
  }
  if (doc.isDirty) await doc.save();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

async function quickFixes(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range,
    vscode.CodeActionKind.QuickFix.value)) ?? [];
}

function runCli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  const cli = path.join(ext.extensionPath, 'bin', 'lectern.js');
  return new Promise((resolve) => {
    // A plain Node environment: none of the extension host's VSCODE_* variables leak into the CLI.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VSCODE_|ELECTRON_)/.test(k)));
    execFile(process.execPath, [cli, ...args], { cwd, env }, (error, stdout, stderr) => {
      const code = error && typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : error ? -1 : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

suite('lint', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    for (const name of ['clarity.md', 'fixes.md', 'focus.md', 'parity.md', 'allow.md']) {
      pristine.set(fixture(name).toString(), new TextDecoder().decode(await vscode.workspace.fs.readFile(fixture(name))).replace(/^\uFEFF/, ''));
    }
    await vscode.workspace.getConfiguration('lectern').update('lint.focusMode', false, vscode.ConfigurationTarget.Global);
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('diagnostics appear at exact ranges when a Markdown file opens, with source, code and link', async () => {
    const { doc } = await open('clarity.md');
    const expected = rangeOf(doc, 'the the', 0);
    const diag = await waitFor('repeated-word on open', () => lectern(doc.uri).find((d) => ruleOf(d) === 'repeated-word'));
    assert.equal(show(diag.range), show(expected));
    assert.equal(diag.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diag.source, 'Lectern');
    assert.ok(typeof diag.code === 'object' && diag.code);
    assert.equal(diag.code.value, 'repeated-word');
    assert.equal(diag.code.target.toString(true), `${DOCS}repeated-word`);
    // The fenced code block holds "the the" too, and is never linted; the emoji shifts columns by two UTF-16 units.
    const repeated = lectern(doc.uri).filter((d) => ruleOf(d) === 'repeated-word');
    assert.deepEqual(repeated.map((d) => show(d.range)), [show(expected)]);
    const passive = lectern(doc.uri).find((d) => ruleOf(d) === 'passive-voice');
    assert.ok(passive, 'passive-voice on "was kept"');
    assert.equal(show(passive.range), show(rangeOf(doc, 'was kept')));
    assert.equal(passive.range.start.character, '😀 The deploy log '.length);
  });

  test('diagnostics update after an edit, and go away when the finding is fixed', async () => {
    const { doc, editor } = await open('clarity.md');
    await waitFor('first lint', () => lectern(doc.uri).some((d) => ruleOf(d) === 'repeated-word'));
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\nWe fixed it it yesterday.\n'));
    const added = rangeOf(doc, 'it it');
    await waitFor('the new finding', () => lectern(doc.uri).some((d) => ruleOf(d) === 'repeated-word' && d.range.isEqual(added)));
    const first = rangeOf(doc, 'the the', 0);
    await editor.edit((b) => b.replace(first, 'the'));
    await waitFor('the fixed finding to go', () => {
      const repeated = lectern(doc.uri).filter((d) => ruleOf(d) === 'repeated-word');
      return repeated.length === 1 && repeated[0]!.range.isEqual(rangeOf(doc, 'it it'));
    });
    await restore(doc);
  });

  test('untitled Markdown is linted; other languages are not', async () => {
    const md = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Draft: we ran ran out of time.\n' });
    await vscode.window.showTextDocument(md);
    // An untitled name (Untitled-N) can be one an earlier test's document had: wait for this document's own lint, and
    // then exactly its one finding shows.
    const found = await waitFor('untitled finding', () => {
      const repeated = lectern(md.uri).filter((x) => ruleOf(x) === 'repeated-word');
      return repeated.length === 1 && show(repeated[0]!.range) === '0:10-0:17' ? repeated : undefined;
    });
    assert.deepEqual(found.map((d) => show(d.range)), ['0:10-0:17']);
    const txt = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'we ran ran out of time.\n' });
    await vscode.window.showTextDocument(txt);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(lectern(txt.uri), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('lectern.lint.severityMap changes how severities show; lectern.lint.run = onSave waits for the save', async () => {
    const config = vscode.workspace.getConfiguration('lectern');
    const { doc, editor } = await open('focus.md');
    try {
      await waitFor('error severity', () => lectern(doc.uri).some((d) => ruleOf(d) === 'repeated-word' && d.severity === vscode.DiagnosticSeverity.Error));
      await config.update('lint.severityMap', { error: 'Hint', warning: 'Warning', info: 'Information' }, vscode.ConfigurationTarget.Global);
      await waitFor('hint severity', () => lectern(doc.uri).filter((d) => ruleOf(d) === 'repeated-word').every((d) => d.severity === vscode.DiagnosticSeverity.Hint));
      await config.update('lint.run', 'onSave', vscode.ConfigurationTarget.Global);
      // Let the settings change (and the re-lint it triggers) land before typing.
      await waitFor('onSave setting', () => vscode.workspace.getConfiguration('lectern').get('lint.run') === 'onSave');
      await new Promise((resolve) => setTimeout(resolve, 500));
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'We we start.\n\n'));
      await new Promise((resolve) => setTimeout(resolve, 600)); // well past the debounce
      assert.ok(!lectern(doc.uri).some((d) => d.range.start.line === 0), 'not linted before the save');
      await doc.save();
      await waitFor('linted on save', () => lectern(doc.uri).some((d) => ruleOf(d) === 'repeated-word' && d.range.start.line === 0));
    } finally {
      await config.update('lint.severityMap', undefined, vscode.ConfigurationTarget.Global);
      await config.update('lint.run', undefined, vscode.ConfigurationTarget.Global);
      await restore(doc);
    }
  });

  test('diagnostics are cleared when the document closes', async () => {
    const { doc } = await open('clarity.md');
    await waitFor('diagnostics', () => lectern(doc.uri).length > 0);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor('diagnostics cleared after close', () => lectern(doc.uri).length === 0);
    // Shown again (the document may still be loaded): linted again.
    await vscode.window.showTextDocument(doc);
    await waitFor('diagnostics back', () => lectern(doc.uri).some((d) => ruleOf(d) === 'repeated-word'));
  });

  test('a quick fix applies the finding\'s fix', async () => {
    const { doc } = await open('fixes.md');
    const range = rangeOf(doc, 'the the', 0);
    await waitFor('repeated-word', () => lectern(doc.uri).some((d) => ruleOf(d) === 'repeated-word' && d.range.isEqual(range)));
    const actions = await quickFixes(doc, range);
    const fix = actions.find((a) => a.title === "Remove the second 'the'");
    assert.ok(fix?.edit, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.lineAt(2).text, 'Restart the server first.');
    await waitFor('the finding to go', () => !lectern(doc.uri).some((d) => d.range.start.line === 2));
    await restore(doc);
  });

  test('"Fix all" fixes every fixable finding in the file (command and source.fixAll.lectern)', async () => {
    const { doc } = await open('fixes.md');
    await waitFor('three repeated words', () => lectern(doc.uri).filter((d) => ruleOf(d) === 'repeated-word').length === 3);
    const actions = await quickFixes(doc, rangeOf(doc, 'the the', 0));
    assert.ok(actions.some((a) => a.title === 'Fix all Lectern problems in this file'), actions.map((a) => a.title).join(' | '));
    const source = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri,
      new vscode.Range(0, 0, 0, 0), 'source.fixAll.lectern')) ?? [];
    assert.equal(source.length, 1);
    assert.equal(source[0]!.kind?.value, 'source.fixAll.lectern');
    assert.equal(await vscode.commands.executeCommand('lectern.fixAll'), true);
    assert.equal(doc.getText(), '# Fixes fixture\n\nRestart the server first.\n\n- A list item\n  that continues with the words.\n\nThen check the logs.\n');
    await waitFor('no repeated-word left', () => !lectern(doc.uri).some((d) => ruleOf(d) === 'repeated-word'));
    await restore(doc);
  });

  test('"Disable <rule> for this line" inserts the comment with the line\'s indentation and the finding goes away', async () => {
    const { doc } = await open('fixes.md');
    const range = rangeOf(doc, 'the the', 1);
    await waitFor('finding in the list item', () => lectern(doc.uri).some((d) => d.range.isEqual(range)));
    const actions = await quickFixes(doc, range);
    const disable = actions.find((a) => a.title === 'Disable repeated-word for this line');
    assert.ok(disable?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.equal(doc.lineAt(5).text, '  <!-- lectern-disable-next-line repeated-word -->');
    assert.equal(doc.lineAt(6).text, '  that continues with the the words.');
    await waitFor('the finding on the disabled line to go', () => {
      const lines = lectern(doc.uri).filter((d) => ruleOf(d) === 'repeated-word').map((d) => d.range.start.line);
      return lines.length === 2 && !lines.includes(6);
    });
    await restore(doc);
  });

  test('"Disable <rule> for this file" inserts the file comment and every finding of that rule goes away', async () => {
    const { doc } = await open('fixes.md');
    const range = rangeOf(doc, 'the the', 0);
    await waitFor('finding', () => lectern(doc.uri).some((d) => d.range.isEqual(range)));
    const disable = (await quickFixes(doc, range)).find((a) => a.title === 'Disable repeated-word for this file');
    assert.ok(disable?.edit);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.equal(doc.lineAt(0).text, '<!-- lectern-disable-file repeated-word -->');
    await waitFor('no repeated-word left', () => !lectern(doc.uri).some((d) => ruleOf(d) === 'repeated-word'));
    await restore(doc);
  });

  test('hover on a finding explains the rule with a bad → good example and a link', async () => {
    const { doc } = await open('clarity.md');
    const range = rangeOf(doc, 'the the', 0);
    await waitFor('finding', () => lectern(doc.uri).some((d) => d.range.isEqual(range)));
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, range.start.translate(0, 2))) ?? [];
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.ok(text.includes('**Lectern · repeated\\-word** — The same word twice in a row, as in "the the"\\.'), text);
    assert.ok(text.includes('A doubled word is almost always a typo that survived editing\\.'), text);
    assert.ok(text.includes('*Example:* ~~Restart the the server\\.~~ → Restart the server\\.'), text);
    assert.ok(text.includes(`](${DOCS}repeated-word)`), text);
    const none = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(doc.lineCount - 2, 2))) ?? [];
    assert.ok(!none.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '').includes('Lectern ·'))));
  });

  test('"Add \'<word>\' to the allow list" edits .lectern/config.json, keeps its comments, and the finding goes away', async () => {
    const configUri = vscode.Uri.joinPath(root(), '.lectern', 'config.json');
    const original = await vscode.workspace.fs.readFile(configUri);
    try {
      const { doc } = await open('allow.md');
      const range = rangeOf(doc, 'QWZX');
      await waitFor('undefined-acronym', () => lectern(doc.uri).some((d) => ruleOf(d) === 'undefined-acronym' && d.range.isEqual(range)));
      const add = (await quickFixes(doc, range)).find((a) => a.title === "Add 'QWZX' to the allow list");
      assert.ok(add?.command, 'allow-list action');
      assert.equal(add.command.command, 'lectern.addToAllowList');
      assert.equal(await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? [])), true);
      const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri));
      assert.ok(saved.includes('// Lectern configuration for the host-test workspace.'), saved);
      assert.match(saved, /"allow": \[\s*"SRE",\s*"QWZX"\s*\]/);
      await waitFor('the finding to go', () => !lectern(doc.uri).some((d) => ruleOf(d) === 'undefined-acronym'));
      // Undo is one step away: the edit went through a WorkspaceEdit.
      const undoable = await vscode.workspace.openTextDocument(configUri);
      assert.ok(undoable.getText().includes('"QWZX"'));
    } finally {
      await vscode.workspace.fs.writeFile(configUri, original);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  test('PARITY: the editor and `lectern lint --format json` give the same findings for the same file and config', async () => {
    const { doc } = await open('parity.md');
    await waitFor('diagnostics', () => lectern(doc.uri).length >= 3);
    const editor = lectern(doc.uri)
      .map((d) => `${ruleOf(d)} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`)
      .sort();
    const cli = await runCli(['lint', '--format', 'json', 'lint/parity.md'], root().fsPath);
    assert.ok(cli.code === 1 && cli.stdout.startsWith('{'), `exit ${cli.code}, stdout ${cli.stdout}, stderr ${cli.stderr}`);
    const json = JSON.parse(cli.stdout) as { files: Array<{ path: string; diagnostics: Array<{ rule: string; line: number; column: number; endLine: number; endColumn: number }> }> };
    assert.equal(json.files.length, 1);
    assert.equal(json.files[0]!.path, 'lint/parity.md');
    const fromCli = json.files[0]!.diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}-${d.endLine}:${d.endColumn}`).sort();
    assert.deepEqual(editor, fromCli);
    // The file starts with a BOM and an emoji: both sides count UTF-16 columns after the BOM.
    assert.ok(fromCli.includes('repeated-word 7:6-7:13'), fromCli.join('\n'));
  });

  test('focus mode hides findings on the cursor line and shows them when the cursor leaves', async () => {
    const { doc, editor } = await open('focus.md');
    await waitFor('two findings', () => lectern(doc.uri).filter((d) => ruleOf(d) === 'repeated-word').length === 2);
    try {
      assert.equal(await vscode.commands.executeCommand('lectern.toggleFocusMode'), true);
      await waitFor('focus mode on', () => vscode.workspace.getConfiguration('lectern').get('lint.focusMode') === true);
      // Move the cursor the way a person does (cursor commands), from line 1 to line 3, then to line 5.
      await vscode.window.showTextDocument(doc, { selection: new vscode.Range(0, 0, 0, 0) });
      await vscode.commands.executeCommand('cursorMove', { to: 'down', by: 'line', value: 2 });
      assert.equal(editor.selection.active.line, 2);
      await waitFor('line 3 hidden', () => {
        const lines = lectern(doc.uri).map((d) => d.range.start.line);
        return !lines.includes(2) && lines.includes(4);
      });
      await vscode.commands.executeCommand('cursorMove', { to: 'down', by: 'line', value: 2 });
      assert.equal(editor.selection.active.line, 4);
      await waitFor('line 3 back, line 5 hidden', () => {
        const lines = lectern(doc.uri).map((d) => d.range.start.line);
        return lines.includes(2) && !lines.includes(4);
      });
    } finally {
      await vscode.workspace.getConfiguration('lectern').update('lint.focusMode', false, vscode.ConfigurationTarget.Global);
    }
    await waitFor('both back', () => lectern(doc.uri).filter((d) => ruleOf(d) === 'repeated-word').length === 2);
  });

  test('the document report shows metrics and the findings per rule', async () => {
    const { doc } = await open('fixes.md');
    await waitFor('findings', () => lectern(doc.uri).length >= 3);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('lectern.showDocumentReport');
    assert.ok(uri, 'the command returns the report uri');
    const report = await vscode.workspace.openTextDocument(uri);
    const text = report.getText();
    assert.match(text, /^# Lectern report: fixes\\\.md$/m);
    assert.match(text, /^\| Words \| \d+ \|$/m);
    assert.match(text, /^\| Clarity score \| \d+ \/ 100 \|$/m);
    assert.ok(text.includes(`| [repeated\\-word](${DOCS}repeated-word) | error | 3 |`), text);
  });

  test('Lint Workspace lints the unopened files of the content folders into the Problems panel', async () => {
    const configUri = vscode.Uri.joinPath(root(), '.lectern', 'config.json');
    const original = await vscode.workspace.fs.readFile(configUri);
    const unopened = fixture('unopened/never-opened.md');
    try {
      // Point the content folders at a folder no test opens, so the findings can only come from Lint Workspace.
      await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode('{ "contentFolders": ["lint/unopened"], "allow": ["SRE"] }\n'));
      assert.equal(vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), false);
      assert.equal(lectern(unopened).length, 0);
      const summary = await vscode.commands.executeCommand<{ files: number; problems: number; cancelled: boolean }>('lectern.lintWorkspace');
      assert.deepEqual(summary, { files: 1, problems: 1, cancelled: false });
      const found = lectern(unopened);
      assert.deepEqual(found.map((d) => `${ruleOf(d)} ${show(d.range)}`), ['repeated-word 2:21-2:28']);
      assert.equal(vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), false, 'linted without opening it');
    } finally {
      await vscode.workspace.fs.writeFile(configUri, original);
    }
  });

  test('a broken config shows located problems in the config file and linting goes on with defaults', async () => {
    const configUri = vscode.Uri.joinPath(root(), '.lectern', 'config.json');
    const original = await vscode.workspace.fs.readFile(configUri);
    try {
      await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode('{\n  "rules": { "no-such-rule": "error" }\n}\n'));
      const problem = await waitFor('config problem', () => lectern(configUri).find((d) => d.range.start.line === 1));
      assert.equal(problem.range.start.line, 1);
      const { doc } = await open('clarity.md');
      await waitFor('linting still works', () => lectern(doc.uri).some((d) => ruleOf(d) === 'repeated-word'));
    } finally {
      await vscode.workspace.fs.writeFile(configUri, original);
    }
    await waitFor('config problems gone', () => lectern(configUri).length === 0);
  });

  test('Open Configuration opens .lectern/config.json', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('lectern.openConfig');
    assert.equal(uri?.toString(), vscode.Uri.joinPath(root(), '.lectern', 'config.json').toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri?.toString());
    // It opens the existing file as it is (other suites may have changed it; it is not recreated).
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri!));
    await waitFor('the editor to show the file on disk', () => vscode.window.activeTextEditor?.document.getText() === onDisk.replace(/^\uFEFF/, ''));
  });

  test('Open Configuration creates a missing config with $schema and commented defaults, and VS Code validates it', async () => {
    const configUri = vscode.Uri.joinPath(root(), '.lectern', 'config.json');
    const original = await vscode.workspace.fs.readFile(configUri);
    try {
      await vscode.workspace.fs.delete(configUri);
      const uri = await vscode.commands.executeCommand<vscode.Uri>('lectern.openConfig');
      assert.equal(uri?.toString(), configUri.toString());
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor && editor.document.uri.toString() === configUri.toString());
      const text = editor.document.getText();
      assert.ok(text.startsWith('{\n  "$schema": "lectern-schema:/config.schema.json",\n'), text);
      assert.match(text, /^ {4}\/\/ "long-sentence": \["warning", \{"max":25,"maxShare":0\.25\}\],/m);
      // The schema is served by the extension (offline) and VS Code's JSON support validates the file with it.
      await editor.edit((b) => b.insert(new vscode.Position(1, 0), '  "bogus": 1,\n'));
      const json = await waitFor('a JSON-schema diagnostic', () =>
        vscode.languages.getDiagnostics(configUri).find((d) => d.source !== 'Lectern' && /bogus/.test(d.message)), 20_000);
      assert.equal(json.range.start.line, 1);
      // Lectern's own check of the live (unsaved) text reports it too, at the same place.
      const own = await waitFor('Lectern config problem', () => lectern(configUri).find((d) => /bogus/.test(d.message)));
      assert.equal(own.range.start.line, 1);
    } finally {
      // Put the original back in the (possibly dirty) editor model and on disk.
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === configUri.toString());
      const text = new TextDecoder().decode(original);
      if (doc && doc.getText() !== text) {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(configUri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
        await vscode.workspace.applyEdit(edit);
        await doc.save();
      }
      await vscode.workspace.fs.writeFile(configUri, original);
    }
  });
});
