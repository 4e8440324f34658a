import * as vscode from 'vscode';
import { refuseBytes, refuseSize } from '../../core/text-bytes';
import { LECTERN_FOLDER } from '../../core/content';

/**
 * The goals feature works on one folder: the first workspace folder that has a `.lectern/` folder, else the first
 * workspace folder. Posts, the goals file and the config are all relative to it (multi-root workspaces with
 * several Lectern folders are not merged; see README "Goals").
 */
export async function findGoalsRoot(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  for (const folder of folders) {
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, LECTERN_FOLDER));
      if (stat.type & vscode.FileType.Directory) return folder.uri;
    } catch {
      // No .lectern here: try the next folder.
    }
  }
  return folders[0]?.uri;
}

/** The workspace-relative POSIX path of `uri` under `root`, or undefined when it is elsewhere. */
export function relativePath(root: vscode.Uri, uri: vscode.Uri): string | undefined {
  if (uri.scheme !== root.scheme || uri.authority !== root.authority) return undefined;
  const base = root.path.endsWith('/') ? root.path : root.path + '/';
  if (!uri.path.startsWith(base)) return undefined;
  const rel = uri.path.slice(base.length);
  return rel.length > 0 ? rel : undefined;
}

/** The Uri of a workspace-relative POSIX path. */
export function uriOf(root: vscode.Uri, path: string): vscode.Uri {
  return vscode.Uri.joinPath(root, ...path.split('/'));
}

const decoder = new TextDecoder('utf-8');

/**
 * Reads a file as UTF-8 text (a BOM is dropped), or undefined when it cannot be read or is not text (a NUL byte in
 * its first 8 KB, invalid UTF-8): such a file is never indexed as a post. With `maxSize` (bytes, 0: none), a larger
 * file is undefined too, known from its size before anything is read. Posts are read whole whatever their size
 * (only the front matter is parsed); the limit is for files whose text is scanned.
 */
export async function readText(uri: vscode.Uri, maxSize = 0): Promise<string | undefined> {
  try {
    if (maxSize > 0 && refuseSize((await vscode.workspace.fs.stat(uri)).size, maxSize)) return undefined;
    const bytes = await vscode.workspace.fs.readFile(uri);
    return refuseBytes(bytes, maxSize) ? undefined : decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The text the goals feature reflects for a file: an open document's text when it has unsaved changes (what the
 * person sees), else the file on disk (an open but saved document may not have picked up a change on disk yet).
 * Undefined when the file does not exist (a deleted file that is still open is gone).
 */
export async function currentText(uri: vscode.Uri, maxSize = 0): Promise<string | undefined> {
  const key = uri.toString();
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  const disk = await readText(uri, maxSize);
  if (doc && doc.isDirty && disk !== undefined) return doc.getText();
  return disk;
}
