import * as vscode from 'vscode';
import { resolveDimensions, systemClock, type Dimension } from '../../core/goals/api';
import type { ConfigStore } from '../config-store';
import { DimensionsTreeProvider } from './dimensions-tree';
import { GoalsFileSource } from './goals-file';
import { GoalsModel } from './goals-model';
import { GoalsTreeProvider } from './goals-tree';
import { IdleTracker } from './idle';
import { PipelineTreeProvider } from './pipeline-tree';
import { RelatedDiagnostics } from './related-diagnostics';
import { WorkspacePosts } from './workspace-posts';
import { PlatformDetection } from '../checklist/platform-detection';
import { resolvePlatform, type Platform } from '../../core/platform';

export const VIEW_IDS = ['lectern.goals', 'lectern.dimensions', 'lectern.pipeline'] as const;

/**
 * Everything the goals feature keeps for one workspace folder: the posts index, the goals file, the model the
 * views read and the three tree views. Re-created when the chosen folder changes.
 */
export class GoalsSession implements vscode.Disposable {
  readonly idle = new IdleTracker();
  readonly posts: WorkspacePosts;
  readonly goalsFile: GoalsFileSource;
  readonly model: GoalsModel;
  readonly trees: {
    goals: GoalsTreeProvider;
    dimensions: DimensionsTreeProvider;
    pipeline: PipelineTreeProvider;
  };
  /** Warnings at `related` entries that name no post, in open posts. */
  readonly relatedDiagnostics: RelatedDiagnostics;
  /** Resolves when the first scan and the first read of the goals file are done. */
  readonly ready: Promise<void>;
  private readonly disposables: vscode.Disposable[] = [];
  private contentFolders: string[];
  private dimensionsKey: string;
  /** Hugo, Zola, Jekyll and Astro publish posts no flag marks as drafts: the index needs the platform, as the CLI's. */
  private readonly platforms = new PlatformDetection();
  private configuredPlatform: Platform | null;

  private constructor(
    readonly root: vscode.Uri,
    private readonly configs: ConfigStore,
    contentFolders: string[],
    dimensions: Dimension[],
    configuredPlatform: Platform | null,
  ) {
    this.configuredPlatform = configuredPlatform;
    const clock = systemClock();
    this.contentFolders = contentFolders;
    this.dimensionsKey = JSON.stringify(dimensions);
    this.posts = new WorkspacePosts(root, contentFolders, dimensions, clock, this.idle);
    this.goalsFile = new GoalsFileSource(root, dimensions, this.idle);
    this.model = new GoalsModel(this.posts, this.goalsFile, dimensions, clock, this.idle);
    const uriOf = (path: string) => this.posts.uriOf(path);
    this.trees = {
      goals: new GoalsTreeProvider(this.model, uriOf),
      dimensions: new DimensionsTreeProvider(this.model, uriOf),
      pipeline: new PipelineTreeProvider(this.model, uriOf),
    };
    this.relatedDiagnostics = new RelatedDiagnostics(this.posts, this.model);
    this.disposables.push(
      this.platforms,
      this.platforms.onDidChange(() => void this.applyPlatform()),
      this.posts,
      this.goalsFile,
      this.model,
      this.relatedDiagnostics,
      this.trees.goals,
      this.trees.dimensions,
      this.trees.pipeline,
      vscode.window.createTreeView('lectern.goals', { treeDataProvider: this.trees.goals, showCollapseAll: true }),
      vscode.window.createTreeView('lectern.dimensions', { treeDataProvider: this.trees.dimensions, showCollapseAll: true }),
      vscode.window.createTreeView('lectern.pipeline', { treeDataProvider: this.trees.pipeline, showCollapseAll: true }),
    );

    // The extension's one config source: content folders, dimensions and the platform follow `.lectern/config.json`
    // and the `lectern.contentFolders` setting live.
    this.disposables.push(configs.onDidChange(() => void this.reloadSettings()));
    this.ready = Promise.all([this.applyPlatform(), this.scanWithProgress(), this.goalsFile.reload()]).then(() => undefined);
  }

  static async create(root: vscode.Uri, configs: ConfigStore): Promise<GoalsSession> {
    await configs.ready;
    const settings = goalsSettings(configs, root);
    return new GoalsSession(root, configs, settings.contentFolders, settings.dimensions, settings.platform);
  }

  /** Refresh: settings, every post and the goals file read again. */
  async refresh(): Promise<void> {
    await this.configs.reloadAll();
    const settings = goalsSettings(this.configs, this.root);
    this.contentFolders = settings.contentFolders;
    this.applyDimensions(settings.dimensions);
    this.configuredPlatform = settings.platform;
    await Promise.all([this.applyPlatform(), this.scanWithProgress(this.contentFolders), this.goalsFile.reload()]);
  }

  private async reloadSettings(): Promise<void> {
    const settings = goalsSettings(this.configs, this.root);
    this.applyDimensions(settings.dimensions);
    if (settings.platform !== this.configuredPlatform) {
      this.configuredPlatform = settings.platform;
      await this.applyPlatform();
    }
    if (!sameFolders(settings.contentFolders, this.contentFolders)) {
      this.contentFolders = settings.contentFolders;
      await this.scanWithProgress(this.contentFolders);
    }
  }

  /** The configured platform, else the detected one; statuses are re-derived without re-reading any post. */
  private async applyPlatform(): Promise<void> {
    const detected = this.configuredPlatform ? null : await this.platforms.detect(this.root);
    this.posts.index.setPlatform(resolvePlatform(this.configuredPlatform, detected).platform);
    this.model.invalidate();
  }

  private applyDimensions(dimensions: Dimension[]): void {
    const key = JSON.stringify(dimensions);
    if (key === this.dimensionsKey) return;
    this.dimensionsKey = key;
    this.model.setDimensions(dimensions);
  }

  /** Scans with a progress bar on each of the three views; the views keep answering while it runs. */
  private scanWithProgress(contentFolders?: string[]): Promise<void> {
    const scan = this.posts.scan(contentFolders);
    this.model.invalidate();
    for (const viewId of VIEW_IDS) {
      void vscode.window.withProgress({ location: { viewId } }, () => scan.catch(() => undefined));
    }
    return scan.finally(() => this.model.invalidate());
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * What the goals feature takes from the config: the content folders (the config file's, else the setting's, else
 * the whole folder), the dimensions (the config file's, else the built-in five; a broken part falls back to the
 * defaults, and the config's problems show in the file itself) and `checklist.platform` (null = detect it).
 */
function goalsSettings(configs: ConfigStore, root: vscode.Uri): { contentFolders: string[]; dimensions: Dimension[]; platform: Platform | null } {
  const config = configs.configFor(root);
  return { contentFolders: configs.contentFoldersFor(root), dimensions: resolveDimensions(config), platform: config.checklist.platform };
}

function sameFolders(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}
