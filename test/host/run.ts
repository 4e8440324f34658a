/**
 * `npm run test:host`: the host tests in a real VS Code (code-server 4.100.3 = VS Code 1.100.3, web workbench with a
 * Node extension host), driven by headless Debian chromium through playwright-core.
 *
 * 1. Installs code-server once into .vscode-test/ (see codeserver.ts) and starts it on a free port with fresh temp
 *    user-data / extensions folders and a fresh copy of test/fixtures/host-workspace/.
 * 2. Opens the workbench with `extensionDevelopmentPath` = this repository and `extensionTestsPath` =
 *    out/test/host/suite/index.js: VS Code runs the Mocha suite inside the extension host, the host's log arrives
 *    through `codeAutomationLog` and the result through `codeAutomationExit` (0 passed, 1 failed).
 * 3. Runs every Playwright UI scenario out/test/host/ui/*.ui.js (API: workbench.ts) in a freshly loaded workbench
 *    with the extension under development (no tests path, so the extension host stays up).
 * 4. Exits with 0 only if the suite and every scenario passed. The server and the browser are always stopped.
 *
 * Anything that keeps the host from starting (install, server, browser, workbench load) fails the run with the
 * reason; nothing is skipped. Environment knobs:
 *   LECTERN_HOST_GREP=<regex>   only suite tests whose full title matches
 *   LECTERN_UI=<a,b>            only these UI scenarios (file names without .ui.js); LECTERN_UI=none skips them
 *   LECTERN_HOST_TIMEOUT=<s>    overall limit for the suite (default 600)
 *   LECTERN_HOST_VERBOSE=1      echo code-server's own output and the whole workbench log
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  CODE_SERVER_VERSION, HostError, chromiumArgs, chromiumPath, ensureCodeServer, log, makeHostDirs, remoteUri,
  repoRoot, startServer, workbenchUrl, type HostDirs, type RunningServer,
} from './codeserver';
import { Workbench, type Ui } from './workbench';

const fixture = path.join(repoRoot, 'test', 'fixtures', 'host-workspace');
const suiteEntry = path.join(repoRoot, 'out', 'test', 'host', 'suite', 'index.js');
const uiDir = path.join(repoRoot, 'out', 'test', 'host', 'ui');
const resultsDir = path.join(repoRoot, 'test-results');
const screenshotDir = path.join(resultsDir, 'screenshots');
const verbose = process.env.LECTERN_HOST_VERBOSE === '1';
const WORKBENCH_LOAD_MS = 120_000;
/** The line suite/index.ts logs before the Mocha run (see START_MARKER there). */
const SUITE_START = 'LECTERN_SUITE_START';

/** Everything to undo, newest first; run on normal exit, on error and on Ctrl-C / SIGTERM. */
const cleanups: Array<() => Promise<void> | void> = [];
let cleaningUp: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaningUp ??= (async () => {
    for (const undo of cleanups.reverse()) {
      try {
        await undo();
      } catch (error) {
        log(`cleanup: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return cleaningUp;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the browser and code-server`);
    void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  try {
    const browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs, timeout: 60_000 });
    cleanups.push(() => browser.close());
    return browser;
  } catch (error) {
    throw new HostError(`chromium (${executablePath}) did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  return context.newPage();
}

/** Waits until the workbench has rendered its parts, or fails saying it never loaded. */
async function waitForWorkbench(page: Page, server: RunningServer, what: string): Promise<void> {
  try {
    await page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: WORKBENCH_LOAD_MS });
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: 30_000 });
  } catch {
    const title = await page.title().catch(() => '?');
    const shot = path.join(resultsDir, `${what}-did-not-load.png`);
    await page.screenshot({ path: shot }).catch(() => undefined);
    throw new HostError(`the workbench (${what}) did not load within ${WORKBENCH_LOAD_MS / 1000} s (page title '${title}', `
      + `screenshot ${path.relative(repoRoot, shot)}); code-server said:\n${server.output().trim().split('\n').slice(-20).join('\n')}`);
  }
}

interface SuiteOutcome {
  code: number;
  passes: number;
  failures: number;
  version?: string;
}

/** Step 2: the Mocha suite inside the extension host. */
async function runSuite(browser: Browser, server: RunningServer, dirs: HostDirs, logFile: string): Promise<SuiteOutcome> {
  const page = await newPage(browser);
  let resolveExit!: (code: number) => void;
  let failExit!: (error: Error) => void;
  const exited = new Promise<number>((resolve, reject) => {
    resolveExit = resolve;
    failExit = reject;
  });
  // A crashed or closed page never reports an exit code: fail at once instead of waiting for the overall limit.
  page.on('crash', () => failExit(new HostError(`the workbench page crashed during the suite; workbench log: ${path.relative(repoRoot, logFile)}`)));
  page.on('close', () => setTimeout(() => failExit(new HostError('the workbench page closed before the suite reported its result')), 1000));
  let version: string | undefined;
  let stats: { passes: number; failures: number } | undefined;

  // Registered before page.goto: the workbench looks for these when it starts in extension-test mode.
  let inSuite = false;
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    fs.appendFileSync(logFile, `[${type}] ${text}\n`);
    if (text.startsWith(SUITE_START)) {
      inSuite = true;
      return;
    }
    const result = /^LECTERN_SUITE_RESULT (\{.*\})/.exec(text);
    if (result) {
      stats = JSON.parse(result[1]) as { passes: number; failures: number };
      inSuite = false;
      return;
    }
    const v = /^vscode\.version (\S+)/.exec(text);
    if (v) version = v[1];
    // Between the markers, informational lines are the suite's (Mocha's spec reporter and the tests' console.log);
    // the workbench's own errors (gallery lookups that fail offline, …) stay in the log file unless they concern
    // this extension.
    if ((inSuite && type !== 'error') || verbose || (type === 'error' && /lectern/i.test(text))) {
      process.stdout.write(type === 'info' || inSuite ? `${text}\n` : `[workbench ${type}] ${text}\n`);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(Number(code)));
  page.on('pageerror', (error) => fs.appendFileSync(logFile, `[pageerror] ${error.stack ?? error.message}\n`));

  const payload: Array<[string, string]> = [
    ['extensionDevelopmentPath', remoteUri(server.port, repoRoot)],
    ['extensionTestsPath', remoteUri(server.port, suiteEntry)],
  ];
  const started = Date.now();
  await page.goto(workbenchUrl(server, dirs.workspace, payload), { waitUntil: 'domcontentloaded', timeout: 60_000 });

  const limitMs = Number(process.env.LECTERN_HOST_TIMEOUT ?? 600) * 1000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HostError(`the host suite did not finish within ${limitMs / 1000} s; workbench log: ${path.relative(repoRoot, logFile)}`)), limitMs);
  });
  try {
    // The workbench must load; once it has, wait for the suite's exit code (or the overall limit).
    const code = await Promise.race([
      exited,
      waitForWorkbench(page, server, 'suite').then(() => Promise.race([exited, timeout])),
      timeout,
    ]);
    log(`host suite finished in ${((Date.now() - started) / 1000).toFixed(1)} s with exit code ${code}`);
    if (!stats) {
      // No result line means the suite never got to run (e.g. the tests path was wrong or index.js threw).
      log(`the suite printed no result line; workbench log: ${path.relative(repoRoot, logFile)}`);
    }
    return { code: stats ? code : code || 1, passes: stats?.passes ?? 0, failures: stats?.failures ?? 0, version };
  } finally {
    clearTimeout(timer);
    await page.context().close().catch(() => undefined);
  }
}

interface ScenarioOutcome {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

/** Step 3: the Playwright scenarios, each in a freshly loaded workbench on a fresh workspace copy. */
async function runScenarios(browser: Browser, server: RunningServer, dirs: HostDirs, logFile: string): Promise<ScenarioOutcome[]> {
  if (!fs.existsSync(uiDir)) return [];
  const only = process.env.LECTERN_UI?.split(',').map((s) => s.trim()).filter(Boolean);
  if (only?.includes('none')) return [];
  const files = fs.readdirSync(uiDir).filter((f) => f.endsWith('.ui.js')).sort()
    .filter((f) => !only || only.includes(f.replace(/\.ui\.js$/, '')));
  const outcomes: ScenarioOutcome[] = [];
  const baseSettings = fs.readFileSync(path.join(dirs.userDataDir, 'User', 'settings.json'), 'utf8');
  fs.mkdirSync(screenshotDir, { recursive: true });

  for (const file of files) {
    const name = file.replace(/\.ui\.js$/, '');
    const started = Date.now();
    const workspace = path.join(dirs.root, `ui-${name}`);
    fs.cpSync(fixture, workspace, { recursive: true });
    const settingsFile = path.join(dirs.userDataDir, 'User', 'settings.json');
    fs.writeFileSync(settingsFile, baseSettings);
    const page = await newPage(browser);
    page.on('pageerror', (error) => fs.appendFileSync(logFile, `[ui:${name} pageerror] ${error.stack ?? error.message}\n`));
    page.on('console', (msg) => fs.appendFileSync(logFile, `[ui:${name} console.${msg.type()}] ${msg.text()}\n`));
    const ui: Ui = new Workbench(page, workspace, screenshotDir, name, settingsFile);
    log(`UI scenario ${name}`);
    try {
      const scenario = (await import(path.join(uiDir, file))) as { run?: (ui: Ui) => Promise<void> };
      if (typeof scenario.run !== 'function') throw new Error(`${file} does not export async function run(ui)`);
      const payload: Array<[string, string]> = [['extensionDevelopmentPath', remoteUri(server.port, repoRoot)]];
      await page.goto(workbenchUrl(server, workspace, payload), { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await waitForWorkbench(page, server, `ui-${name}`);
      // The extensions (ours and the built-in ones, themes included) are registered once our container shows.
      await page.locator('.part.activitybar li.action-item:has(a[aria-label^="Lectern"])')
        .waitFor({ state: 'visible', timeout: 60_000 })
        .catch(() => { throw new HostError('the Lectern activity-bar container did not appear within 60 s: the extension was not loaded'); });
      await scenario.run(ui);
      outcomes.push({ name, ok: true, ms: Date.now() - started });
      log(`  ✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      outcomes.push({ name, ok: false, ms: Date.now() - started, error: message });
      await page.screenshot({ path: path.join(screenshotDir, `${name}-FAILED.png`) }).catch(() => undefined);
      log(`  ✘ ${name}: ${message}`);
    } finally {
      await page.context().close().catch(() => undefined);
    }
  }
  return outcomes;
}

/** Keeps the newest `keep` runs' logs. */
function pruneOldLogs(dir: string, keep: number): void {
  const runs = [...new Set(fs.readdirSync(dir).map((f) => f.replace(/-(workbench|code-server)\.log$/, '')))].sort();
  for (const old of runs.slice(0, Math.max(0, runs.length - keep))) {
    for (const suffix of ['-workbench.log', '-code-server.log']) fs.rmSync(path.join(dir, old + suffix), { force: true });
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  for (const [file, hint] of [[suiteEntry, 'node scripts/build.mjs --tests'], [path.join(repoRoot, 'dist', 'extension.js'), 'node scripts/build.mjs']]) {
    if (!fs.existsSync(file)) throw new HostError(`${path.relative(repoRoot, file)} is missing: run \`${hint}\` first (npm run test:host does)`);
  }
  // One log folder per run, so two runs at once (other helpers, CI) never write into each other's files.
  const logDir = path.join(resultsDir, 'host-logs');
  fs.mkdirSync(logDir, { recursive: true });
  pruneOldLogs(logDir, 10);
  const runId = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
  const logFile = path.join(logDir, `${runId}-workbench.log`);
  fs.writeFileSync(logFile, '');
  log(`workbench log: ${path.relative(repoRoot, logFile)}`);

  const entry = await ensureCodeServer();
  const dirs = makeHostDirs(fixture);
  cleanups.push(() => dirs.dispose());
  const server = await startServer(entry, dirs, { echo: verbose });
  cleanups.push(() => server.stop());
  cleanups.push(() => fs.writeFileSync(path.join(logDir, `${runId}-code-server.log`), server.output()));
  log(`code-server ${CODE_SERVER_VERSION} listening on ${server.url} (workspace: a fresh copy of test/fixtures/host-workspace)`);

  const browser = await launchBrowser();
  log(`chromium ${browser.version()} (headless)`);

  const suite = await runSuite(browser, server, dirs, logFile);
  log(suite.version ? `the suite ran in VS Code ${suite.version}` : 'the suite did not report vscode.version');
  const scenarios = await runScenarios(browser, server, dirs, logFile);

  const uiPassed = scenarios.filter((s) => s.ok).length;
  const uiFailed = scenarios.length - uiPassed;
  log(`suite: ${suite.passes} passed, ${suite.failures} failed (exit ${suite.code}); UI scenarios: ${uiPassed} passed, ${uiFailed} failed; `
    + `total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const s of scenarios.filter((x) => !x.ok)) log(`failed UI scenario ${s.name}: ${s.error?.split('\n')[0]}`);
  // The plain closing line CI reads: every host test and scenario.
  process.stdout.write(`host: ${suite.passes + uiPassed} passed, ${suite.failures + uiFailed + (suite.code !== 0 && suite.failures === 0 ? 1 : 0)} failed\n`);
  return suite.code === 0 && uiFailed === 0 ? 0 : 1;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    await cleanup();
    const message = error instanceof HostError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`host tests FAILED: the host could not run: ${message}\n`);
    process.exit(1);
  });
