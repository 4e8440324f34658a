import * as vscode from 'vscode';
import {
  POST_STATUSES,
  evaluateGoals,
  newestFirst,
  relatedGraph,
  summarizeDimensions,
  systemClock,
  type Clock,
  type Dimension,
  type DimensionSummary,
  type GoalProgress,
  type Post,
  type PostStatus,
  type RelatedGraph,
} from '../../core/goals/api';
import type { GoalsFileSource, GoalsFileState } from './goals-file';
import { IdleTracker, Throttle } from './idle';
import type { WorkspacePosts } from './workspace-posts';

/** Everything the three views and the dashboard show, computed once per change. */
export interface GoalsSnapshot {
  today: string;
  dimensions: readonly Dimension[];
  posts: Post[];
  goalsFile: GoalsFileState;
  progress: GoalProgress[];
  summaries: DimensionSummary[];
  pipeline: Array<{ status: PostStatus; posts: Post[] }>;
  /** `related:` links both ways, and the entries that name no post. */
  related: RelatedGraph;
  /** True while the first scan (or a Refresh) is still reading files. */
  indexing: boolean;
}

/** How long a burst of changes is gathered before the views refresh. */
const REFRESH_MS = 120;

/**
 * Joins the posts index, the goals file, the dimensions and the clock, and tells the views when to refresh.
 * The snapshot is recomputed lazily, only when something it depends on changed.
 */
export class GoalsModel implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly throttle: Throttle;
  private readonly disposables: vscode.Disposable[] = [];
  private cached: GoalsSnapshot | undefined;
  private clock: Clock;
  /** A clock set by tests (or a future "as of" setting) wins over the system's day. */
  private fixedClock = false;
  private dimensions: readonly Dimension[];

  constructor(
    private readonly posts: WorkspacePosts,
    private readonly goals: GoalsFileSource,
    dimensions: readonly Dimension[],
    clock: Clock,
    idle: IdleTracker,
  ) {
    this.clock = clock;
    this.dimensions = dimensions;
    this.throttle = new Throttle(REFRESH_MS, () => this.changed.fire(), idle);
    const sub = posts.index.onDidChange(() => this.invalidate());
    this.disposables.push(
      this.changed,
      { dispose: () => sub.dispose() },
      { dispose: () => this.throttle.dispose() },
      goals.onDidChange(() => this.invalidate()),
    );
    // Statuses and periods depend on the day: follow midnight without restarting.
    const timer = setInterval(() => {
      if (this.fixedClock) return;
      const now = systemClock();
      if (now.today !== this.clock.today) this.setClock(now, false);
    }, 60_000);
    this.disposables.push({ dispose: () => clearInterval(timer) });
  }

  get today(): string {
    return this.clock.today;
  }

  setClock(clock: Clock, fixed = true): void {
    this.clock = clock;
    this.fixedClock = fixed;
    this.posts.setClock(clock);
    this.invalidate();
  }

  setDimensions(dimensions: readonly Dimension[]): void {
    this.dimensions = dimensions;
    this.posts.setDimensions(dimensions);
    this.goals.setDimensions(dimensions);
    this.invalidate();
  }

  /** Marks the snapshot stale and schedules a refresh (scan progress changes count too). */
  invalidate(): void {
    this.cached = undefined;
    this.throttle.schedule();
  }

  get snapshot(): GoalsSnapshot {
    if (this.cached && this.cached.indexing === this.posts.isScanning) return this.cached;
    const today = this.clock.today;
    const posts = this.posts.index.posts();
    const goalsFile = this.goals.state;
    const progress = goalsFile.file.parsed ? evaluateGoals(goalsFile.file.goals, posts, today) : [];
    const summaries = summarizeDimensions(posts, this.dimensions, today);
    const pipeline = POST_STATUSES.map((status) => ({
      status,
      posts: posts.filter((p) => p.status === status).sort(newestFirst),
    }));
    this.cached = {
      today,
      dimensions: this.dimensions,
      posts,
      goalsFile,
      progress,
      summaries,
      pipeline,
      related: relatedGraph(posts),
      indexing: this.posts.isScanning,
    };
    return this.cached;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
