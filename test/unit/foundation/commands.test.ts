/**
 * Both ways: every command the manifest contributes is registered in code, and every command registered in code is
 * contributed (so it has a title, a category and shows in the palette). Registrations are found as
 * `registerCommand('lectern.…')` / `registerTextEditorCommand('lectern.…')` literals under src/extension.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { filesUnder, repoRoot } from '../helpers/repo';

const root = repoRoot();
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  contributes: { commands: Array<{ command: string }> };
};

/** The literal command ids passed to registerCommand / registerTextEditorCommand, with where they are. */
function registeredCommands(sources: Array<{ file: string; text: string }>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const call = /\bregister(?:TextEditor)?Command\(\s*(['"`])([^'"`]+)\1/g;
  for (const { file, text } of sources) {
    for (const m of text.matchAll(call)) {
      const line = text.slice(0, m.index).split('\n').length;
      found.set(m[2], [...(found.get(m[2]) ?? []), `${file}:${line}`]);
    }
  }
  return found;
}

function extensionSources(): Array<{ file: string; text: string }> {
  return filesUnder(path.join(root, 'src', 'extension'), /\.ts$/)
    .map((f) => ({ file: path.relative(root, f), text: fs.readFileSync(f, 'utf8') }));
}

test('the scanner finds registerCommand literals and nothing else', () => {
  const found = registeredCommands([{
    file: 'x.ts',
    text: [
      "vscode.commands.registerCommand('lectern.a', () => 1);",
      'context.subscriptions.push(vscode.commands.registerTextEditorCommand(',
      '  "lectern.b", (editor) => editor));',
      "vscode.commands.executeCommand('lectern.c');",
      "const id = 'lectern.d';",
    ].join('\n'),
  }]);
  assert.deepEqual([...found.entries()], [['lectern.a', ['x.ts:1']], ['lectern.b', ['x.ts:2']]]);
});

test('every contributed command is registered in src/extension', () => {
  const registered = registeredCommands(extensionSources());
  const missing = manifest.contributes.commands.map((c) => c.command).filter((id) => !registered.has(id));
  assert.deepEqual(missing, [], `contributed in package.json but never registered: ${missing.join(', ')}`);
});

test('every command registered in src/extension is contributed', () => {
  const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
  const extra = [...registeredCommands(extensionSources())].filter(([id]) => !contributed.has(id))
    .map(([id, where]) => `${id} (${where.join(', ')})`);
  assert.deepEqual(extra, [], `registered but not contributed in package.json: ${extra.join('; ')}`);
});

test('no command is registered twice', () => {
  const twice = [...registeredCommands(extensionSources())].filter(([, where]) => where.length > 1)
    .map(([id, where]) => `${id} (${where.join(', ')})`);
  assert.deepEqual(twice, []);
});
