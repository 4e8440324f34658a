/** What `npm run load` (load.ts) records in bench/typing-load.json, and bench/typing-load.bench.ts reads. */
export interface TypingLoadResult {
  date: string;
  vscode: string;
  words: number;
  seconds: number;
  keys: number;
  keysPerSecond: number;
  /** Last diagnostics publish − last document change, both on the extension host's clock. */
  settleMs: number;
  /** The last publish was for the document's last version. */
  settledOnLastVersion: boolean;
  /** Longest lateness of the probe's 10 ms interval timer from the first keystroke to the settle. */
  maxStallMs: number;
  /** CPU the host process used during that stall (all its threads): ≈ the stall when it was work, ≪ when the machine. */
  maxStallCpuMs?: number;
  stallsOver50ms: number;
  stallsOver100ms: number;
  /** The same timer over 10 quiet seconds before typing: what the machine does to the host with nobody typing. */
  idleMaxStallMs: number;
  idleMaxStallCpuMs?: number;
  idleStallsOver50ms: number;
  /** Heap after a full GC in the quiet before typing, and 10 s after the settle. */
  heapBeforeMb: number;
  heapAfterMb: number;
  heapChangePercent: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  /**
   * The first lint of a 100k-word post before typing: from the document's opening to its first publish (host clock),
   * and the host's longest stall in that window (+1 s). Absent in runs before it was measured.
   */
  firstLint?: { words: number; source: string; publishMs: number; maxStallMs: number; maxStallCpuMs: number; stallsOver50ms: number };
  /** 1- and 5-minute load averages at the end, and the core count: the machine is shared. */
  loadAverage: [number, number];
  cores: number;
}
