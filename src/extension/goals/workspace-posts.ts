import * as vscode from 'vscode';
import { PostIndex, type Clock, type Dimension } from '../../core/goals/api';
import { MARKDOWN_GLOB, contentExcludeGlob, contentIncludes, isContentPath, isMarkdownPath } from '../../core/content';
import { IdleTracker } from './idle';
import { currentText, relativePath, uriOf } from './workspace-root';

/**
 * How many files are read at once during a scan. `workspace.fs` reads are round trips, so wide batches matter
 * (5,000 posts in the host: 4.5 s at 32, 1.5 s at 256); parsing one batch stays a short task, so the views answer
 * while the scan runs.
 */
const READ_BATCH = 200;
/** How long typing in an open post waits before the index takes the new text. */
const DOCUMENT_DEBOUNCE_MS = 300;

/**
 * Feeds the core `PostIndex` from the workspace: one scan at start (and on Refresh or when the content folders
 * change), then only the files that watchers and editors report — never a rescan for a single change.
 *
 * Unsaved edits: an open Markdown document with unsaved changes wins over the file on disk, so setting
 * `status: published` in the editor moves the post in the sidebar before it is saved. Reverting or closing the
 * document without saving brings the file's state back.
 */
export class WorkspacePosts implements vscode.Disposable {
  readonly index: PostIndex;
  private contentFolders: string[];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly documentTimers = new Map<string, { timer: ReturnType<typeof setTimeout>; end: () => void }>();
  /** Bumped by every scan so reads of an older scan are dropped. */
  private generation = 0;
  private scanning: Promise<void> | undefined;
  /** The newest pending read of each file (see refreshFile). */
  private readonly readTickets = new Map<string, number>();

  constructor(
    readonly root: vscode.Uri,
    contentFolders: readonly string[],
    dimensions: readonly Dimension[],
    clock: Clock,
    private readonly idle: IdleTracker,
  ) {
    this.contentFolders = [...contentFolders];
    this.index = new PostIndex({ dimensions, clock });

    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**/*'));
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.onCreated(uri)),
      watcher.onDidChange((uri) => this.onChanged(uri)),
      watcher.onDidDelete((uri) => this.onDeleted(uri)),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const file of e.files) this.onRenamed(file.oldUri, file.newUri);
      }),
      // Also when only the dirty state changed (no content changes): a revert makes the file's text count again.
      vscode.workspace.onDidChangeTextDocument((e) => this.onDocumentEdited(e.document)),
      vscode.workspace.onDidSaveTextDocument((doc) => this.onDocumentEdited(doc, 0)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.onDocumentClosed(doc)),
    );
  }

  /** The workspace-relative path when `uri` is a post candidate (Markdown in the content folders), else undefined. */
  postPath(uri: vscode.Uri): string | undefined {
    const rel = relativePath(this.root, uri);
    return rel !== undefined && isContentPath(rel, this.contentFolders) ? rel : undefined;
  }

  uriOf(path: string): vscode.Uri {
    return uriOf(this.root, path);
  }

  get isScanning(): boolean {
    return this.scanning !== undefined;
  }

  /** Scans the content folders from scratch (start, Refresh, changed content folders). */
  scan(contentFolders?: readonly string[]): Promise<void> {
    if (contentFolders) this.contentFolders = [...contentFolders];
    const generation = ++this.generation;
    const run = this.idle.track(this.scanNow(generation)).finally(() => {
      if (this.generation === generation) this.scanning = undefined;
    });
    this.scanning = run;
    return run;
  }

  setDimensions(dimensions: readonly Dimension[]): void {
    this.index.setDimensions(dimensions);
  }

  setClock(clock: Clock): void {
    this.index.setClock(clock);
  }

  private async scanNow(generation: number): Promise<void> {
    const exclude = contentExcludeGlob(this.contentFolders);
    const includes = contentIncludes(this.contentFolders).map(({ base, pattern }) =>
      new vscode.RelativePattern(base ? this.uriOf(base) : this.root, pattern));
    const found = (await Promise.all(includes.map((p) => vscode.workspace.findFiles(p, exclude)))).flat();
    if (generation !== this.generation) return;
    const paths = [...new Set(found.map((u) => this.postPath(u)).filter((p): p is string => p !== undefined))];
    paths.sort();
    this.index.clear();
    for (let i = 0; i < paths.length; i += READ_BATCH) {
      const batch = paths.slice(i, i + READ_BATCH);
      const texts = await Promise.all(batch.map((p) => currentText(this.uriOf(p))));
      if (generation !== this.generation) return;
      // One change event per batch: the views refresh as the scan goes, not once per file.
      this.index.upsertMany(batch.flatMap((path, j) => (texts[j] !== undefined ? [{ path, text: texts[j]! }] : [])));
    }
  }

  /**
   * Reads one file again and updates the index. Reads of the same file can overlap (a save right after an edit);
   * only the newest read may land, or a slow older read could put back text that is already gone.
   */
  private refreshFile(path: string): void {
    const generation = this.generation;
    const ticket = (this.readTickets.get(path) ?? 0) + 1;
    this.readTickets.set(path, ticket);
    void this.idle.track(
      (async () => {
        if (this.scanning) await this.scanning.catch(() => undefined);
        const text = await currentText(this.uriOf(path));
        if (this.readTickets.get(path) !== ticket) return;
        this.readTickets.delete(path);
        if (generation !== this.generation && this.scanning) return;
        if (text === undefined) this.index.remove(path);
        else this.index.upsert(path, text);
      })(),
    );
  }

  private onCreated(uri: vscode.Uri): void {
    const path = this.postPath(uri);
    if (path !== undefined) {
      this.refreshFile(path);
      return;
    }
    const rel = relativePath(this.root, uri);
    if (rel === undefined || isMarkdownPath(rel)) return;
    // A folder moved in from outside may be reported as one event: read the posts inside it.
    void this.idle.track(this.scanFolder(uri));
  }

  private async scanFolder(folder: vscode.Uri): Promise<void> {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(folder);
    } catch {
      return;
    }
    if (!(stat.type & vscode.FileType.Directory)) return;
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, MARKDOWN_GLOB), contentExcludeGlob(this.contentFolders));
    for (const uri of found) {
      const path = this.postPath(uri);
      if (path !== undefined && !this.index.has(path)) this.refreshFile(path);
    }
  }

  private onChanged(uri: vscode.Uri): void {
    const path = this.postPath(uri);
    if (path !== undefined) this.refreshFile(path);
  }

  private onDeleted(uri: vscode.Uri): void {
    const rel = relativePath(this.root, uri);
    if (rel === undefined) return;
    if (isMarkdownPath(rel)) this.index.remove(rel);
    else this.index.removeFolder(rel);
  }

  private onRenamed(oldUri: vscode.Uri, newUri: vscode.Uri): void {
    const from = relativePath(this.root, oldUri);
    const to = relativePath(this.root, newUri);
    if (from !== undefined && isMarkdownPath(from)) {
      const toPath = this.postPath(newUri);
      if (toPath !== undefined && this.index.has(from)) this.index.rename(from, toPath);
      else {
        this.index.remove(from);
        if (toPath !== undefined) this.refreshFile(toPath);
      }
      return;
    }
    if (from !== undefined) {
      // A folder: move its posts without re-reading them, drop those that left the content folders.
      const prefix = from + '/';
      for (const post of this.index.posts()) {
        if (!post.path.startsWith(prefix)) continue;
        const moved = to !== undefined ? to + '/' + post.path.slice(prefix.length) : undefined;
        if (moved !== undefined && isContentPath(moved, this.contentFolders)) this.index.rename(post.path, moved);
        else this.index.remove(post.path);
      }
    }
    if (to !== undefined && !isMarkdownPath(to)) void this.idle.track(this.scanFolder(newUri));
    else if (to !== undefined && from === undefined) {
      const toPath = this.postPath(newUri);
      if (toPath !== undefined) this.refreshFile(toPath);
    }
  }

  private onDocumentEdited(doc: vscode.TextDocument, delayMs = DOCUMENT_DEBOUNCE_MS): void {
    const path = this.postPath(doc.uri);
    if (path === undefined) return;
    const key = doc.uri.toString();
    const previous = this.documentTimers.get(key);
    if (previous) {
      clearTimeout(previous.timer);
      previous.end();
    }
    const end = this.idle.begin();
    const timer = setTimeout(() => {
      this.documentTimers.delete(key);
      // The document's text while it has unsaved changes, the file's once it is saved or reverted.
      this.refreshFile(path);
      end();
    }, delayMs);
    this.documentTimers.set(key, { timer, end });
  }

  private onDocumentClosed(doc: vscode.TextDocument): void {
    const path = this.postPath(doc.uri);
    if (path === undefined) return;
    const pending = this.documentTimers.get(doc.uri.toString());
    if (pending) {
      clearTimeout(pending.timer);
      pending.end();
      this.documentTimers.delete(doc.uri.toString());
    }
    // Unsaved edits that were discarded must not linger: the file on disk is the truth again.
    this.refreshFile(path);
  }

  dispose(): void {
    this.generation++;
    for (const { timer, end } of this.documentTimers.values()) {
      clearTimeout(timer);
      end();
    }
    this.documentTimers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
