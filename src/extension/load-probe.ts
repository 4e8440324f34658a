import * as vscode from 'vscode';
import type { LintController } from './lint/controller';

/**
 * The typing-load probe (dev only): measures the extension host from inside while `npm run load` types into a post in
 * a real VS Code. It runs only when the extension host's environment names a file in LECTERN_LOAD_PROBE (the load
 * runner sets it for its own code-server); otherwise nothing here starts. Every second it writes, to that file:
 * - event-loop stalls: a 10 ms interval timer; every tick later than 20 ms is recorded with its lateness;
 * - when Markdown documents last changed, and every publish of diagnostics (time, document version);
 * - heap and RSS of the extension host, after a full garbage collection when no document changed for 4 s (so an idle
 *   sample before typing and one after compare live memory, not garbage not yet collected).
 * - when each Markdown document opened and the name of the document of each publish (the first lint of a large post);
 * - with LECTERN_LOAD_PROFILE naming a file: a CPU profile of the extension host (1 ms sampling) from the start until
 *   the host is quiet 4 s after the last change, written there (what ran during each stall).
 * The runner reads the file (settle time = last publish − last change; longest stall inside the typing window).
 */
interface ProbeState {
  startedAt: number;
  /**
   * [time, lateness ms, CPU ms the host process used since the previous tick] of every late tick (bounded). A stall
   * with little CPU was the machine (the host was not scheduled), one with CPU ≈ its length was work in the host.
   */
  stalls: Array<[number, number, number]>;
  lastChangeAt: number;
  lastChangeVersion: number;
  /** [time, version, file name] of the last publishes (bounded). */
  publishes: Array<[number, number, string]>;
  /** [time, file name] of every Markdown document opened. */
  opened: Array<[number, string]>;
  /** The controller's slicing counters (longest slice, longest finish). */
  slices?: unknown;
  /** [time, heapUsed, rss, 1 when taken after a full GC]. */
  memory: Array<[number, number, number, number]>;
  /**
   * From the extension host's own performance marks (VS Code's `code/extHost/willLoadExtensionCode/<id>` and the like):
   * per extension, when its code started loading, how long `require` of its main module took, and when it was
   * activated (activate called and its promise settled). Lectern's own loading time, without the extensions that VS
   * Code's "code loading" figure also counts (see test/host/vsix.ts).
   */
  extensionLoads?: Array<{ id: string; at: number; loadMs: number; activatedAt?: number }>;
}

/** The extension host's performance marks (VS Code keeps them on globalThis); none outside VS Code's Node host. */
function extensionLoads(): ProbeState['extensionLoads'] {
  const marks = (globalThis as { MonacoPerformanceMarks?: { getMarks(): Array<{ name: string; startTime: number }> } })
    .MonacoPerformanceMarks?.getMarks();
  if (!marks) return undefined;
  const at = new Map(marks.map((m) => [m.name, m.startTime]));
  const out: NonNullable<ProbeState['extensionLoads']> = [];
  for (const m of marks) {
    const id = /^code\/extHost\/willLoadExtensionCode\/(.+)$/.exec(m.name)?.[1];
    const done = id ? at.get(`code/extHost/didLoadExtensionCode/${id}`) : undefined;
    if (!id || done === undefined) continue;
    out.push({ id, at: m.startTime, loadMs: done - m.startTime, activatedAt: at.get(`code/extHost/didActivateExtension/${id}`) });
  }
  return out;
}

/** V8's gc(), for the idle memory samples; undefined where it cannot be had (a web extension host). */
function exposeGc(): (() => void) | undefined {
  try {
    /* eslint-disable @typescript-eslint/no-require-imports -- dev-only probe, Node extension host only */
    (require('node:v8') as typeof import('node:v8')).setFlagsFromString('--expose-gc');
    return (require('node:vm') as typeof import('node:vm')).runInNewContext('gc') as () => void;
    /* eslint-enable @typescript-eslint/no-require-imports */
  } catch {
    return undefined;
  }
}

/** A CPU profile of this host until `stop` is called, written to `file` (dev only, Node extension host only). */
function startProfile(file: string): { stop: () => void } | undefined {
  try {
    /* eslint-disable @typescript-eslint/no-require-imports -- dev-only probe, Node extension host only */
    const inspector = require('node:inspector') as typeof import('node:inspector');
    const fs = require('node:fs') as typeof import('node:fs');
    /* eslint-enable @typescript-eslint/no-require-imports */
    const session = new inspector.Session();
    session.connect();
    session.post('Profiler.enable');
    session.post('Profiler.setSamplingInterval', { interval: 1000 });
    session.post('Profiler.start');
    let stopped = false;
    return {
      stop: () => {
        if (stopped) return;
        stopped = true;
        session.post('Profiler.stop', (error, result) => {
          if (!error) fs.writeFileSync(file, JSON.stringify(result.profile));
          session.disconnect();
        });
      },
    };
  } catch {
    return undefined;
  }
}

const TICK_MS = 10;
const LATE_MS = 20;
const KEEP = 5000;

export function startLoadProbe(controller: LintController): vscode.Disposable | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const file = env?.LECTERN_LOAD_PROBE;
  if (!file) return undefined;
  const host = (globalThis as { process?: { memoryUsage?: () => { heapUsed: number; rss: number }; cpuUsage?: () => { user: number; system: number } } }).process;
  const memoryUsage = host?.memoryUsage;
  const cpuMs = (): number => {
    const u = host?.cpuUsage?.();
    return u ? (u.user + u.system) / 1000 : 0;
  };
  const state: ProbeState = { startedAt: Date.now(), stalls: [], lastChangeAt: 0, lastChangeVersion: 0, publishes: [], opened: [], memory: [] };
  const profile = env?.LECTERN_LOAD_PROFILE ? startProfile(env.LECTERN_LOAD_PROFILE) : undefined;
  const nameOf = (u: vscode.Uri): string => u.path.split('/').pop() ?? '';
  const bounded = <T>(list: T[], item: T): void => {
    list.push(item);
    if (list.length > KEEP) list.splice(0, list.length - KEEP);
  };
  let expected = Date.now() + TICK_MS;
  let cpuBefore = cpuMs();
  const ticker = setInterval(() => {
    const now = Date.now();
    const late = now - expected;
    const cpu = cpuMs();
    if (late > LATE_MS) bounded(state.stalls, [now, late, Math.round(cpu - cpuBefore)]);
    cpuBefore = cpu;
    expected = now + TICK_MS;
  }, TICK_MS);
  const uri = vscode.Uri.file(file);
  const gc = exposeGc();
  const writer = setInterval(() => {
    const idle = Date.now() - state.lastChangeAt > 4000;
    if (idle && state.lastChangeAt > 0) profile?.stop();
    if (idle && gc) {
      gc();
      expected = Date.now() + TICK_MS; // the collection is ours, not a stall
    }
    const m = memoryUsage?.();
    if (m) bounded(state.memory, [Date.now(), m.heapUsed, m.rss, idle && gc ? 1 : 0]);
    state.slices = controller.sliceStats;
    state.extensionLoads = extensionLoads();
    void vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(state))).then(undefined, () => undefined);
  }, 1000);
  const changes = vscode.workspace.onDidChangeTextDocument((e) => {
    if (e.document.languageId !== 'markdown' || e.contentChanges.length === 0) return;
    state.lastChangeAt = Date.now();
    state.lastChangeVersion = e.document.version;
  });
  const opened = vscode.workspace.onDidOpenTextDocument((d) => {
    if (d.languageId === 'markdown') bounded(state.opened, [Date.now(), nameOf(d.uri)]);
  });
  const published = controller.onDidLint((snapshot) => bounded(state.publishes, [Date.now(), snapshot.version, nameOf(snapshot.uri)]));
  return new vscode.Disposable(() => {
    clearInterval(ticker);
    clearInterval(writer);
    changes.dispose();
    opened.dispose();
    published.dispose();
    profile?.stop();
  });
}
