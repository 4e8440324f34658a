/**
 * Foundation checks inside a real VS Code: the extension is found, activates when a Markdown file opens, and every
 * command its manifest contributes is registered. Runs in the extension host (see index.ts).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'lectern-dev.lectern';

interface ContributedCommand {
  command: string;
  title: string;
  category?: string;
}

function lectern(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in this extension host`);
  return ext;
}

async function waitFor(what: string, condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the host suite runs with the fixture workspace open');
  return folder.uri;
}

suite('foundation', () => {
  test('runs inside VS Code 1.90 or newer', () => {
    // The runner prints this line as "the suite ran in VS Code x.y.z".
    console.log(`vscode.version ${vscode.version} (${vscode.env.appName}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'})`);
    const [major, minor] = vscode.version.split('.').map(Number);
    assert.equal(major, 1);
    assert.ok(minor >= 90, `VS Code ${vscode.version} is older than the manifest's engines ^1.90.0`);
  });

  test('the manifest declares Markdown and .lectern/ activation', () => {
    const events = (lectern().packageJSON as { activationEvents: string[] }).activationEvents;
    assert.ok(events.includes('onLanguage:markdown'), `activationEvents: ${events.join(', ')}`);
    assert.ok(events.includes('workspaceContains:.lectern/*'), `activationEvents: ${events.join(', ')}`);
  });

  test('activates when a Markdown file opens', async () => {
    const ext = lectern();
    // The fixture workspace has a .lectern/ folder, so workspaceContains may have activated Lectern already; the
    // VSIX check (test/host/vsix.ts) proves the Markdown trigger alone in a workspace without .lectern/.
    console.log(`lectern active before opening Markdown: ${ext.isActive}`);
    const [post] = await vscode.workspace.findFiles('posts/*.md', undefined, 1);
    assert.ok(post, 'the fixture workspace has posts/*.md');
    const doc = await vscode.workspace.openTextDocument(post);
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'markdown');
    await waitFor('the extension to activate', () => ext.isActive);
    assert.equal(ext.isActive, true);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('every contributed command is registered', async () => {
    const ext = lectern();
    await ext.activate();
    const contributed = ((ext.packageJSON as { contributes: { commands: ContributedCommand[] } }).contributes.commands)
      .map((c) => c.command);
    assert.ok(contributed.length > 0, 'the manifest contributes commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], `contributed but not registered in code: ${missing.join(', ')}`);
  });

  test('every contributed command is in the category "Lectern"', () => {
    const commands = (lectern().packageJSON as { contributes: { commands: ContributedCommand[] } }).contributes.commands;
    const outside = commands.filter((c) => c.category !== 'Lectern').map((c) => c.command);
    assert.deepEqual(outside, []);
  });

  test('the fixture workspace is the one the runner copied', async () => {
    const config = vscode.Uri.joinPath(workspaceRoot(), '.lectern', 'config.json');
    const stat = await vscode.workspace.fs.stat(config);
    assert.equal(stat.type, vscode.FileType.File);
  });
});
