/**
 * The VSIX check (part of `npm test`, after the host suite): what a user does with `lectern-<version>.vsix`.
 *
 * 1. Packages the extension (`npm run package`: production build + `vsce package`) into a temp folder, unless a
 *    VSIX path is given as the first argument.
 * 2. Installs it into a FRESH code-server (`--install-extension`, fresh user-data and extensions folders).
 * 3. Starts that code-server on a workspace that holds one Markdown file and NO .lectern/ folder, so the only
 *    activation trigger is opening Markdown.
 * 4. In headless chromium: the Lectern container shows (the installed manifest was read), "Developer: Show Running
 *    Extensions" does NOT list Lectern before a Markdown file is open, and does list it after one is opened —
 *    the extension activated from the VSIX, on the Markdown trigger.
 *
 * 5. Records the activation time VS Code reports for Lectern in test-results/activation.json (for `npm run bench`),
 *    with its parts from Developer: Startup Performance (code loading, activate call, activate resolved).
 *
 * Exit 0 when all of that holds, 1 otherwise (with the reason). Server and browser are always stopped.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import {
  HostError, chromiumArgs, chromiumPath, ensureCodeServer, installExtension, log, makeHostDirs, repoRoot, startServer,
  workbenchUrl, type HostDirs, type RunningServer,
} from './codeserver';
import { Workbench } from './workbench';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; publisher: string; version: string; displayName: string };
const extensionId = `${manifest.publisher}.${manifest.name}`;

function packageVsix(outDir: string): string {
  const out = path.join(outDir, `${manifest.name}-${manifest.version}.vsix`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const started = Date.now();
  const r = spawnSync(npm, ['run', '--silent', 'package', '--', '--out', out], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0 || !fs.existsSync(out)) {
    throw new HostError(`npm run package failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  }
  log(`packaged ${path.basename(out)} (${(fs.statSync(out).size / 1024).toFixed(1)} KiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return out;
}

/** The entries of a zip (a VSIX is one), from its central directory: name, compression method, sizes, header offset. */
interface ZipEntry { name: string; method: number; compressedSize: number; offset: number }
function zipDirectory(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new HostError('not a zip file (no end of central directory)');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new HostError('corrupt zip central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20), offset: zip.readUInt32LE(at + 42) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** File names in a zip. */
export function zipEntries(zip: Buffer): string[] {
  return zipDirectory(zip).map((e) => e.name);
}

/** One file of a zip as text (stored or deflated), or undefined when the zip has no such file. */
function zipText(zip: Buffer, name: string): string | undefined {
  const entry = zipDirectory(zip).find((e) => e.name === name);
  if (!entry) return undefined;
  if (zip.readUInt32LE(entry.offset) !== 0x04034b50) throw new HostError(`corrupt zip local header for ${name}`);
  const start = entry.offset + 30 + zip.readUInt16LE(entry.offset + 26) + zip.readUInt16LE(entry.offset + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.toString('utf8');
  if (entry.method === 8) return zlib.inflateRawSync(data).toString('utf8');
  throw new HostError(`${name}: zip compression method ${entry.method} is not supported here`);
}

/**
 * The files of dist/ that the packaged dist/extension.js requires on first use, and those they require (retext, the
 * lazy chunks of scripts/build.mjs): each must be in the VSIX too.
 */
function lazyFiles(zip: Buffer): string[] {
  const found = new Set<string>();
  const queue = ['extension.js'];
  while (queue.length > 0) {
    const text = zipText(zip, `extension/dist/${queue.shift()!}`) ?? '';
    for (const m of text.matchAll(/require\(["']\.\/([\w-]+\.js)["']\)/g)) {
      if (!found.has(m[1]!)) queue.push(m[1]!);
      found.add(m[1]!);
    }
  }
  return [...found].map((f) => `dist/${f}`);
}

/** The VSIX holds the extension under extension/: built code, media, snippets, docs — no sources, tests or maps. */
function checkContents(vsix: string): void {
  const zip = fs.readFileSync(vsix);
  const files = zipEntries(zip).filter((f) => f.startsWith('extension/')).map((f) => f.slice('extension/'.length));
  const forbidden = files.filter((f) => /^(src|test|out|node_modules|scripts|examples)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts'));
  if (forbidden.length > 0) throw new HostError(`the VSIX carries files it should not: ${forbidden.join(', ')}`);
  for (const needed of ['package.json', 'dist/extension.js', ...lazyFiles(zip), 'media/icon.png', 'media/lectern.svg', 'snippets/markdown.json', 'LICENSE']) {
    if (!files.includes(needed) && !files.includes(`${needed}.txt`)) throw new HostError(`the VSIX lacks ${needed}`);
  }
  log(`the VSIX holds ${files.length} files: ${files.join(', ')}`);
}

/** VS Code's activation times for one extension, in ms (its `ActivationTimes`, shown by Developer: Startup Performance). */
export interface ActivationParts {
  /** Loading the extension's main module: reading, compiling and running the top level of dist/extension.js. */
  codeLoadingMs: number;
  /** The synchronous `activate()` call. */
  activateCallMs: number;
  /** After the call returned, until the promise it returned settled. */
  activateResolvedMs: number;
}

/**
 * Lectern's row of the "Extension Activation Stats" table that Developer: Startup Performance writes, one line of
 * Markdown: `| extension | eager | load code | call activate | finish activate | event | by |`. Undefined when the
 * line is not that row.
 */
export function parseActivationRow(line: string): (ActivationParts & { id: string; event: string }) | undefined {
  const cells = line.replace(/\u00a0/g, ' ').split('|').map((c) => c.trim());
  if (cells[0] === '') cells.shift();
  if (cells.length < 6 || !/^[\w-]+\.[\w-]+$/.test(cells[0]!)) return undefined;
  const [codeLoadingMs, activateCallMs, activateResolvedMs] = cells.slice(2, 5).map(Number);
  if (![codeLoadingMs, activateCallMs, activateResolvedMs].every((n) => Number.isFinite(n))) return undefined;
  return { id: cells[0]!, event: cells[5]!, codeLoadingMs: codeLoadingMs!, activateCallMs: activateCallMs!, activateResolvedMs: activateResolvedMs! };
}

/**
 * Lectern's parts, and the extensions activated by the same event: they activate together, and VS Code's "code
 * loading" of each runs from the start of that activation until its own module is loaded, so it includes the
 * loading of the extensions whose modules load before it.
 */
interface ActivationTable extends ActivationParts {
  sameEvent: { id: string; codeLoadingMs: number; activateCallMs: number }[];
}

/**
 * Opens Developer: Startup Performance and reads Lectern's row of its activation table: the editor renders only the
 * lines in view, so Find brings the row into view first.
 */
async function readActivationParts(ui: Workbench): Promise<ActivationTable | undefined> {
  const page = ui.page;
  await ui.runCommand('Developer: Startup Performance');
  await page.locator('.tabs-container .tab.active[aria-label^="Startup Performance"]').waitFor({ state: 'visible', timeout: 20_000 });
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.waitFor({ state: 'visible', timeout: 15_000 });
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+F');
  await page.keyboard.type(extensionId);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  try {
    return await ui.waitFor('Lectern in the extension activation table', async () => {
      const rows = (await editor.locator('.view-line').allTextContents()).flatMap((line) => parseActivationRow(line) ?? []);
      const own = rows.find((r) => r.id === extensionId);
      if (!own) return undefined;
      const sameEvent = rows.filter((r) => r.id !== extensionId && r.event === own.event)
        .map((r) => ({ id: r.id, codeLoadingMs: r.codeLoadingMs, activateCallMs: r.activateCallMs }));
      return { codeLoadingMs: own.codeLoadingMs, activateCallMs: own.activateCallMs, activateResolvedMs: own.activateResolvedMs, sameEvent };
    }, 15_000);
  } catch (error) {
    log(`no activation parts from Startup Performance: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/**
 * The activation time VS Code reports for Lectern ("Activation: N ms" in Running Extensions: loading the code plus the
 * `activate` call) with its parts from Startup Performance, written to test-results/activation.json for `npm run bench`
 * (bench/bench.ts) to show. Recorded, never asserted: a timed test would fail on a busy machine for no fault of the code.
 */
function recordActivation(rowText: string, parts: ActivationTable | undefined): void {
  const m = /Activation:\s*([\d.]+)\s*ms/i.exec(rowText);
  if (!m) {
    log(`no activation time in the running-extensions row (${rowText})`);
    return;
  }
  const out = path.join(repoRoot, 'test-results', 'activation.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const record = {
    activationMs: Number(m[1]),
    ...parts,
    source: 'VS Code Running Extensions (parts: Developer: Startup Performance) after opening Markdown, installed VSIX (npm run test:vsix)',
    at: new Date().toISOString().slice(0, 16).replace('T', ' '),
    loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
  };
  fs.writeFileSync(out, JSON.stringify(record, null, 2) + '\n');
  const detail = parts ? ` (code loading ${parts.codeLoadingMs}, activate call ${parts.activateCallMs}, activate resolved ${parts.activateResolvedMs})` : '';
  log(`activation ${record.activationMs} ms${detail} recorded in test-results/activation.json`);
}

async function check(browser: Browser, server: RunningServer, dirs: HostDirs): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const ui = new Workbench(page, dirs.workspace, path.join(repoRoot, 'test-results', 'screenshots'), 'vsix',
    path.join(dirs.userDataDir, 'User', 'settings.json'));
  await page.goto(workbenchUrl(server, dirs.workspace), { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: 120_000 });
  await page.locator('.part.activitybar li.action-item:has(a[aria-label^="Lectern"])').waitFor({ state: 'visible', timeout: 60_000 })
    .catch(() => { throw new HostError('the Lectern container did not appear: the installed extension was not loaded'); });
  log('the installed extension contributes the Lectern container');

  const runningLectern = page.locator('.runtime-extensions-editor .monaco-list-row').filter({ hasText: manifest.displayName });
  await ui.runCommand('Developer: Show Running Extensions');
  await page.locator('.runtime-extensions-editor').waitFor({ state: 'visible', timeout: 20_000 });
  // The list fills in once the extension host reports; a built-in that runs at startup proves it has reported.
  await ui.waitFor('the running-extensions list', async () => (await page.locator('.runtime-extensions-editor .monaco-list-row').count()) > 0);
  if ((await runningLectern.count()) > 0) {
    throw new HostError('Lectern was already running before any Markdown file was opened (expected activation on Markdown only)');
  }

  await ui.openFile('note.md');
  log('opened note.md');
  await ui.runCommand('Developer: Show Running Extensions');
  // The row appears while it still says "Activating…"; the time is there once activation has finished.
  const text = await ui.waitFor('Lectern activated in the running extensions', async () => {
    if ((await runningLectern.count()) === 0) return undefined;
    const shown = ((await runningLectern.first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
    return /Activation:\s*[\d.]+\s*ms/i.test(shown) ? shown : undefined;
  }, 30_000);
  log(`running extensions: ${text}`);
  await ui.screenshot('running-extensions');
  recordActivation(text, await readActivationParts(ui));
  await page.close();
}

async function main(): Promise<number> {
  const started = Date.now();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-vsix-'));
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let dirs: HostDirs | undefined;
  const stop = async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    dirs?.dispose();
    fs.rmSync(scratch, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop().finally(() => process.exit(130)));
  try {
    const vsix = process.argv[2] ? path.resolve(process.argv[2]) : packageVsix(scratch);
    if (!fs.existsSync(vsix)) throw new HostError(`${vsix} does not exist`);
    checkContents(vsix);
    const entry = await ensureCodeServer();

    // A workspace with one Markdown file and no .lectern/: only opening Markdown can activate Lectern.
    const workspace = path.join(scratch, 'workspace');
    fs.mkdirSync(workspace);
    fs.writeFileSync(path.join(workspace, 'note.md'), '# A note\n\nThis sentence is very clear, and it is short.\n');
    dirs = makeHostDirs(workspace, { copyWorkspace: false });

    const output = installExtension(entry, dirs, vsix);
    const installed = fs.readdirSync(dirs.extensionsDir).filter((d) => d.startsWith(`${extensionId}-`));
    if (installed.length !== 1) throw new HostError(`--install-extension did not install ${extensionId}:\n${output}`);
    log(`installed ${installed[0]} into a fresh code-server`);

    server = await startServer(entry, dirs);
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs, timeout: 60_000 });
    await check(browser, server, dirs);
    log(`VSIX check passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.stdout.write('vsix: 1 passed, 0 failed\n');
    return 0;
  } catch (error) {
    const message = error instanceof HostError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`VSIX check FAILED: ${message}\n`);
    process.stdout.write('vsix: 0 passed, 1 failed\n');
    return 1;
  } finally {
    await stop();
  }
}

void main().then((code) => process.exit(code));
