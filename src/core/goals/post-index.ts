/**
 * The posts index. Adapters push file texts into it as watchers report them; it never scans anything itself.
 * It keeps each file's facts (the parse) and the derived post, so a new day or new dimensions re-derive without
 * parsing again, and a rename moves facts without reading the file.
 */
import type { Clock, Dimension, Disposable, Post, PostIndexChange } from './model';
import { BUILTIN_DIMENSIONS } from './dimensions';
import type { Platform } from '../platform';
import { systemClock } from './dates';
import { derivePost, movedFacts, readPostFacts, type PostFacts } from './posts';

interface Entry {
  facts: PostFacts;
  post: Post;
}

export class PostIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<(change: PostIndexChange) => void>();
  private dimensions: readonly Dimension[];
  private clock: Clock;
  /** Where the workspace publishes (configured or detected): it decides whether an unmarked post is published. */
  private platform: Platform | null;
  private sorted: Post[] | null = null;
  private currentVersion = 0;

  constructor(options: { dimensions?: readonly Dimension[]; clock?: Clock; platform?: Platform | null } = {}) {
    this.dimensions = options.dimensions ?? BUILTIN_DIMENSIONS;
    this.clock = options.clock ?? systemClock();
    this.platform = options.platform ?? null;
  }

  get version(): number {
    return this.currentVersion;
  }

  get size(): number {
    return this.entries.size;
  }

  upsert(path: string, text: string): Post | null {
    const facts = readPostFacts(path, text);
    if (!facts) {
      this.remove(path);
      return null;
    }
    // Typing in a post's body changes nothing the index shows: no event, so views do not refresh on every key.
    const previous = this.entries.get(path);
    if (previous && sameFacts(previous.facts, facts)) return previous.post;
    const post = derivePost(facts, this.dimensions, this.clock, this.platform);
    this.entries.set(path, { facts, post });
    this.changed({ paths: [path], kind: 'upsert' });
    return post;
  }

  /**
   * Indexes many files with a single change event (the first scan of a workspace), so listeners refresh once
   * instead of once per file. Files without front matter are removed. Returns how many posts were stored.
   */
  upsertMany(files: Iterable<{ path: string; text: string }>): number {
    const paths: string[] = [];
    let stored = 0;
    for (const { path, text } of files) {
      const facts = readPostFacts(path, text);
      if (facts) {
        this.entries.set(path, { facts, post: derivePost(facts, this.dimensions, this.clock, this.platform) });
        stored++;
        paths.push(path);
      } else if (this.entries.delete(path)) paths.push(path);
    }
    if (paths.length) this.changed({ paths, kind: 'upsert' });
    return stored;
  }

  remove(path: string): boolean {
    if (!this.entries.delete(path)) return false;
    this.changed({ paths: [path], kind: 'remove' });
    return true;
  }

  rename(from: string, to: string): boolean {
    const entry = this.entries.get(from);
    if (!entry || from === to) return false;
    this.entries.delete(from);
    const facts = movedFacts(entry.facts, to);
    this.entries.set(to, { facts, post: derivePost(facts, this.dimensions, this.clock, this.platform) });
    this.changed({ paths: [from, to], kind: 'rename' });
    return true;
  }

  removeFolder(folder: string): number {
    const prefix = folder.replace(/\/+$/, '') + '/';
    const gone = [...this.entries.keys()].filter((p) => p.startsWith(prefix));
    for (const p of gone) this.entries.delete(p);
    if (gone.length) this.changed({ paths: gone, kind: 'remove' });
    return gone.length;
  }

  get(path: string): Post | undefined {
    return this.entries.get(path)?.post;
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  posts(): Post[] {
    // Sorting 5,000 paths on every read would be wasteful; the sorted list is kept until the next change.
    if (!this.sorted) {
      this.sorted = [...this.entries.values()].map((e) => e.post).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    }
    return [...this.sorted];
  }

  clear(): void {
    if (this.entries.size === 0) return;
    const paths = [...this.entries.keys()];
    this.entries.clear();
    this.changed({ paths, kind: 'reset' });
  }

  setDimensions(dimensions: readonly Dimension[]): void {
    this.dimensions = dimensions;
    this.rederive();
  }

  setClock(clock: Clock): void {
    this.clock = clock;
    this.rederive();
  }

  /** A new platform (the config changed, or a site config appeared): statuses are re-derived, nothing is re-parsed. */
  setPlatform(platform: Platform | null): void {
    if (platform === this.platform) return;
    this.platform = platform;
    this.rederive();
  }

  onDidChange(listener: (change: PostIndexChange) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => void this.listeners.delete(listener) };
  }

  private rederive(): void {
    for (const entry of this.entries.values()) entry.post = derivePost(entry.facts, this.dimensions, this.clock, this.platform);
    this.changed({ paths: [...this.entries.keys()], kind: 'reset' });
  }

  private changed(change: Omit<PostIndexChange, 'version'>): void {
    this.sorted = null;
    this.currentVersion++;
    const event: PostIndexChange = { ...change, version: this.currentVersion };
    for (const listener of [...this.listeners]) listener(event);
  }
}

/** Facts are plain data (strings, numbers, booleans, arrays, objects), so their JSON is a faithful comparison. */
function sameFacts(a: PostFacts, b: PostFacts): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
