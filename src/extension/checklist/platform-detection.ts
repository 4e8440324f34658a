import * as vscode from 'vscode';
import { PLATFORM_FILES_TO_READ, detectPlatform, type Platform } from '../../core/platform';
import { readText, relativePath } from '../goals/workspace-root';

/**
 * Which platform a workspace folder's root files point to (Hugo, Zola, Jekyll, Astro), read once per folder and
 * read again when a file at the folder's root is created, changed or deleted.
 */
export class PlatformDetection implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<Platform | null>>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/{hugo.*,config.toml,_config.yml,_config.yaml,astro.config.*}');
    const forget = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      const rel = folder ? relativePath(folder.uri, uri) : undefined;
      if (!folder || rel === undefined || rel.includes('/') || !this.cache.has(folder.uri.toString())) return;
      this.cache.delete(folder.uri.toString());
      this.changed.fire();
    };
    this.disposables.push(watcher, watcher.onDidCreate(forget), watcher.onDidChange(forget), watcher.onDidDelete(forget));
  }

  detect(folder: vscode.Uri): Promise<Platform | null> {
    const key = folder.toString();
    let found = this.cache.get(key);
    if (!found) {
      found = detectIn(folder);
      this.cache.set(key, found);
    }
    return found;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

async function detectIn(folder: vscode.Uri): Promise<Platform | null> {
  let names: string[];
  try {
    names = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
  } catch {
    return null;
  }
  const texts: Record<string, string> = {};
  for (const name of PLATFORM_FILES_TO_READ) {
    if (!names.includes(name)) continue;
    const text = await readText(vscode.Uri.joinPath(folder, name));
    if (text !== undefined) texts[name] = text;
  }
  return detectPlatform(names, texts);
}
