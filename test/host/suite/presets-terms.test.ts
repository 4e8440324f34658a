/**
 * House terms and presets inside a real VS Code: a `.lectern/terms.yaml` substitution shows as a `term` diagnostic
 * whose quick fix replaces the word, and `"extends": "lectern:strict"` in `.lectern/config.json` changes what the
 * Problems panel shows (diagnostics and their severities, before and after). Fixtures: test/fixtures/host-workspace/
 * presets/*.md; the test writes the workspace's terms.yaml and config.json and puts them back.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eventually } from './eventually';

const EXTENSION_ID = 'lectern-dev.lectern';

function root(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the host suite runs with the fixture workspace open');
  return folder.uri;
}

/** No settle point to wait on here: the diagnostics come from the extension's own debounce. */
const idle = async (): Promise<void> => undefined;

function lectern(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Lectern');
}

function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
}

const SEVERITY = ['Error', 'Warning', 'Information', 'Hint'];

/** What the Problems panel and the editor show, in a comparable form: "rule severity 'text'", in document order. */
function shown(doc: vscode.TextDocument): string[] {
  return lectern(doc.uri)
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((d) => `${ruleOf(d)} ${SEVERITY[d.severity]} '${doc.getText(d.range)}'`);
}

async function open(...segments: string[]): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root(), ...segments));
  await vscode.window.showTextDocument(doc);
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  return doc;
}

suite('house terms and presets', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('a term from .lectern/terms.yaml shows as a `term` diagnostic and its quick fix replaces the word', async () => {
    const termsUri = vscode.Uri.joinPath(root(), '.lectern', 'terms.yaml');
    const doc = await open('presets', 'house-terms.md');
    const original = doc.getText();
    try {
      await vscode.workspace.fs.writeFile(termsUri, new TextEncoder().encode('- use: sign in\n  instead: [login, log-in]\n'));
      const at = original.indexOf('log-in');
      const range = new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'log-in'.length));
      let finding: vscode.Diagnostic | undefined;
      await eventually(idle, () => {
        finding = lectern(doc.uri).find((d) => ruleOf(d) === 'term' && d.range.isEqual(range));
        assert.ok(finding, `a term diagnostic at 'log-in'; shown: ${shown(doc).join(', ')}`);
      });
      assert.ok(finding);
      assert.equal(finding.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(finding.message, /sign in/);
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range,
        vscode.CodeActionKind.QuickFix.value)) ?? [];
      const fix = actions.find((a) => a.title === "Replace with 'sign in'");
      assert.ok(fix?.edit, `actions: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.equal(doc.lineAt(2).text, 'Please sign in to the dashboard before the release.');
      await eventually(idle, () => assert.deepEqual(lectern(doc.uri).filter((d) => ruleOf(d) === 'term'), []));
    } finally {
      await vscode.workspace.fs.delete(termsUri).then(undefined, () => undefined);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
      await vscode.workspace.applyEdit(edit);
      await doc.save();
    }
  });

  test('"extends": "lectern:strict" changes the diagnostics: every passive sentence, suggestions at full severity', async () => {
    const configUri = vscode.Uri.joinPath(root(), '.lectern', 'config.json');
    const original = await vscode.workspace.fs.readFile(configUri);
    const doc = await open('presets', 'strict.md');
    try {
      // The calm default (lectern:recommended): one passive sentence in seven is under the 20% share, so it is not
      // shown; the intensifier and "simply" are hints (dotted underline, not in the Problems panel).
      const calm = ["weasel-word Hint 'very'", "condescending Hint 'simply'"];
      await eventually(idle, () => assert.deepEqual(shown(doc), calm));
      const text = new TextDecoder().decode(original);
      await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode(text.replace('{', '{\n  "extends": "lectern:strict",')));
      const strict = ["passive-voice Warning 'was rebuilt'", "weasel-word Information 'very'", "condescending Warning 'simply'"];
      await eventually(idle, () => assert.deepEqual(shown(doc), strict));
      // Back to the calm default when the preset goes.
      await vscode.workspace.fs.writeFile(configUri, original);
      await eventually(idle, () => assert.deepEqual(shown(doc), calm));
    } finally {
      await vscode.workspace.fs.writeFile(configUri, original);
    }
  });
});
