import * as vscode from 'vscode';
import { CONFIG_SCHEMA_SCHEME } from './config-template';

/**
 * Serves the configuration's JSON schema (built into the extension as dist/config.schema.json) at
 * `lectern-schema:/config.schema.json`, the `$schema` that `lectern.openConfig` writes.
 * Why not an https URL: VS Code's JSON support lets a `$schema` override the extension's `jsonValidation`
 * association, and an unreachable URL (offline, or before the schema is published) then turns validation off.
 * A URI of our own resolves offline, always matches the installed version, and is fetched through this provider
 * (the JSON language client opens non-http schemas as documents).
 */
export function registerSchemaProvider(extensionUri: vscode.Uri): vscode.Disposable {
  const file = vscode.Uri.joinPath(extensionUri, 'dist', 'config.schema.json');
  return vscode.workspace.registerTextDocumentContentProvider(CONFIG_SCHEMA_SCHEME, {
    async provideTextDocumentContent() {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      } catch {
        return '{}'; // a missing schema must not break the config file: validate nothing rather than fail
      }
    },
  });
}
