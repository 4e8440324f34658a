/**
 * code-server as a test host: install it once into a git-ignored cache, start it on a free port with throw-away
 * user data, extensions and workspace folders, and stop it again. Shared by the host runner (run.ts), the VSIX
 * check (vsix.ts) and the sandbox (sandbox.ts), so all three see the same VS Code.
 *
 * Why code-server: it is VS Code's own web workbench (4.100.3 = VS Code 1.100.3) with a Node extension host, it
 * installs from the npm registry (the only place this project can download from) and it runs headless.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';

/** The repository root: out/test/host/*.js → ../../.. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

const cacheRoot = path.join(repoRoot, '.vscode-test');
const installDir = path.join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
/** Written last, only after every check below passed: its absence means "not installed (or half installed)". */
const markerName = '.lectern-install-complete';
const lockDir = `${installDir}.lock`;

export function log(message: string): void {
  process.stdout.write(`[host] ${message}\n`);
}

/** Thrown for anything that keeps the host from starting; the runners print the message and exit 1. */
export class HostError extends Error {}

function packageDir(root: string): string {
  return path.join(root, 'node_modules', 'code-server');
}

export function codeServerEntry(): string {
  return path.join(packageDir(installDir), 'out', 'node', 'entry.js');
}

/**
 * Files that exist only when code-server's postinstall (which installs VS Code's own dependencies and builds their
 * native modules) really ran. npm 11 may skip install scripts it has not been told to allow, and then the server
 * starts but the workbench breaks later in obscure ways, so check them one by one.
 */
function missingPieces(root: string): string[] {
  const pkg = packageDir(root);
  const vscode = path.join(pkg, 'lib', 'vscode');
  const required = [
    path.join(pkg, 'out', 'node', 'entry.js'),
    path.join(vscode, 'out'),
    path.join(vscode, 'node_modules.asar'),
    path.join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'),
    path.join(vscode, 'node_modules', 'node-pty', 'build', 'Release', 'pty.node'),
    path.join(vscode, 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
    path.join(vscode, 'extensions', 'node_modules', 'typescript'),
    path.join(vscode, 'bin', 'remote-cli', 'code-server'),
  ];
  return required.filter((p) => !fs.existsSync(p)).map((p) => path.relative(root, p));
}

export function isInstalled(): boolean {
  return fs.existsSync(path.join(installDir, markerName)) && missingPieces(installDir).length === 0;
}

/**
 * @vscode/ripgrep's postinstall downloads rg from GitHub unless this archive is already in its cache. This machine
 * (and CI) only reach the npm registry and Debian, so pack Debian's `rg` into the archive it looks for.
 */
function seedRipgrepCache(): void {
  const cacheDir = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const archive = path.join(cacheDir, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (fs.existsSync(archive)) {
    const list = spawnSync('tar', ['tzf', archive], { encoding: 'utf8' });
    if (list.status === 0 && list.stdout.split('\n').includes('rg')) return;
  }
  const which = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' });
  const rg = which.stdout.trim();
  if (which.status !== 0 || !rg) {
    throw new HostError('ripgrep (`rg`) is not installed; code-server needs it (Debian: apt-get install ripgrep).');
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-rg-'));
  try {
    fs.copyFileSync(rg, path.join(staging, 'rg'));
    fs.chmodSync(path.join(staging, 'rg'), 0o755);
    const tmpArchive = `${archive}.${process.pid}.tmp`;
    const tar = spawnSync('tar', ['czf', tmpArchive, '-C', staging, 'rg'], { stdio: 'inherit' });
    if (tar.status !== 0) throw new HostError(`could not build the ripgrep archive ${archive}`);
    fs.renameSync(tmpArchive, archive);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, logFile: string): number {
  const out = fs.openSync(logFile, 'a');
  try {
    const r = spawnSync(command, args, { cwd, env, stdio: ['ignore', out, out] });
    return r.status ?? 1;
  } finally {
    fs.closeSync(out);
  }
}

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Takes the install lock (a directory: mkdir is atomic) so two runs that start at once do not both install.
 * A lock whose owner died is taken over.
 */
async function withInstallLock<T>(work: () => Promise<T>): Promise<T> {
  fs.mkdirSync(cacheRoot, { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
      } catch {
        // The owner has made the folder but not yet written its pid: wait a moment.
      }
      const lockAge = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if ((Number.isFinite(owner) && !pidAlive(owner)) || (!Number.isFinite(owner) && lockAge > 30_000)) {
        log(`removing a stale install lock (owner ${Number.isFinite(owner) ? owner : 'unknown'} is gone)`);
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new HostError(`timed out waiting for the install lock ${lockDir}`);
      await sleep(1000);
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

/**
 * Installs code-server into .vscode-test/code-server-<version>/ unless a complete install is there. The install
 * happens in a staging folder that is renamed into place only once it is complete, so an interrupted install never
 * looks like a finished one and is simply redone.
 */
export async function ensureCodeServer(): Promise<string> {
  if (isInstalled()) return codeServerEntry();
  return withInstallLock(async () => {
    if (isInstalled()) return codeServerEntry(); // another run finished it while we waited
    const started = Date.now();
    log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(repoRoot, installDir)} (once; takes about a minute)`);
    seedRipgrepCache();
    for (const entry of fs.readdirSync(cacheRoot)) {
      if (entry.startsWith(`code-server-${CODE_SERVER_VERSION}.staging-`)) {
        fs.rmSync(path.join(cacheRoot, entry), { recursive: true, force: true });
      }
    }
    const staging = path.join(cacheRoot, `code-server-${CODE_SERVER_VERSION}.staging-${process.pid}`);
    fs.mkdirSync(staging, { recursive: true });
    fs.writeFileSync(path.join(staging, 'package.json'),
      JSON.stringify({ name: 'lectern-code-server-cache', private: true }, null, 2) + '\n');
    const logFile = path.join(cacheRoot, `install-${CODE_SERVER_VERSION}.log`);
    fs.writeFileSync(logFile, '');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // As root npm drops privileges for scripts unless told not to; code-server's postinstall checks for this.
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
      // npm 11 skips dependencies' install scripts unless allowed; code-server's postinstall is the whole point.
      npm_config_dangerously_allow_all_scripts: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const status = run(npm, ['install', '--no-save', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], staging, env, logFile);
    if (status !== 0) {
      throw new HostError(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${status}); see ${logFile}:\n${tail(logFile, 25)}`);
    }
    let missing = missingPieces(staging);
    if (missing.length > 0 && fs.existsSync(path.join(packageDir(staging), 'postinstall.sh'))) {
      // The install scripts did not run (an npm that ignores the allow setting): run code-server's postinstall
      // ourselves, the way npm would have.
      log(`code-server's postinstall did not run (missing ${missing[0]}); running it now`);
      const scriptEnv = { ...env, npm_config_user_agent: `npm/lectern node/v${process.versions.node} ${process.platform} ${process.arch}` };
      const s = run('sh', ['./postinstall.sh'], packageDir(staging), scriptEnv, logFile);
      if (s !== 0) throw new HostError(`code-server's postinstall failed (exit ${s}); see ${logFile}:\n${tail(logFile, 25)}`);
      missing = missingPieces(staging);
    }
    if (missing.length > 0) {
      throw new HostError(`code-server install is incomplete, missing: ${missing.join(', ')}; see ${logFile}:\n${tail(logFile, 25)}`);
    }
    fs.writeFileSync(path.join(staging, markerName), `${new Date().toISOString()}\n`);
    fs.rmSync(installDir, { recursive: true, force: true }); // a half install from an older layout, if any
    fs.renameSync(staging, installDir);
    log(`installed code-server ${CODE_SERVER_VERSION} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return codeServerEntry();
  });
}

/** A TCP port nobody listens on right now (the OS picks it), so parallel runs do not collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * User settings that keep the workbench quiet and the same from run to run: no welcome page, tips, telemetry,
 * update or extension-gallery chatter, no workspace-trust prompt, no restored editors.
 */
export const quietSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.layoutControl.enabled': false,
  'window.restoreWindows': 'none',
  'window.commandCenter': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'files.hotExit': 'off',
  // The web workbench auto-saves after a delay by default; tests that check unsaved edits need it off.
  'files.autoSave': 'off',
  'chat.commandCenter.enabled': false,
  'editor.minimap.enabled': false,
  'npm.fetchOnlinePackageInfo': false,
  'json.schemaDownload.enable': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'markdown.validate.enabled': false,
};

export interface HostDirs {
  /** Parent of everything below; removed by `dispose`. */
  root: string;
  userDataDir: string;
  extensionsDir: string;
  /** A fresh copy of the workspace fixture (or the folder passed in, when `copyWorkspace` is false). */
  workspace: string;
  dispose(): void;
}

/** Fresh temp user-data, extensions and workspace folders for one run. */
export function makeHostDirs(workspaceSource: string, options: { copyWorkspace?: boolean; settings?: Record<string, unknown> } = {}): HostDirs {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-host-'));
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...quietSettings, ...options.settings }, null, 2) + '\n');
  let workspace = workspaceSource;
  if (options.copyWorkspace !== false) {
    workspace = path.join(root, 'workspace');
    if (!fs.existsSync(workspaceSource)) throw new HostError(`workspace fixture ${workspaceSource} does not exist`);
    fs.cpSync(workspaceSource, workspace, { recursive: true });
  }
  return {
    root,
    userDataDir,
    extensionsDir,
    workspace,
    dispose: () => fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 }),
  };
}

/**
 * Environment for code-server: its own config and data folders under the run's temp root, so it never writes
 * ~/.config/code-server/config.yaml (with a generated password) or logs into the user's home.
 */
function serverEnv(dirs: HostDirs): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(dirs.root, 'xdg-config'),
    XDG_DATA_HOME: path.join(dirs.root, 'xdg-data'),
    XDG_CACHE_HOME: path.join(dirs.root, 'xdg-cache'),
  };
  // A password from the caller's environment would turn auth back on.
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  delete env.VSCODE_IPC_HOOK_CLI;
  return env;
}

function baseArgs(dirs: HostDirs): string[] {
  const config = path.join(dirs.root, 'code-server.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  return ['--config', config, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir];
}

/** `code-server --install-extension <vsix>` into the run's extensions folder (what a user does with a VSIX). */
export function installExtension(entry: string, dirs: HostDirs, vsix: string): string {
  const r = spawnSync(process.execPath, [entry, ...baseArgs(dirs), '--install-extension', vsix, '--force'],
    { env: serverEnv(dirs), encoding: 'utf8', timeout: 120_000 });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) throw new HostError(`code-server --install-extension ${vsix} failed (exit ${r.status}):\n${output}`);
  return output;
}

export interface RunningServer {
  port: number;
  url: string;
  process: ChildProcess;
  /** Everything the server printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts code-server on a free port and resolves once it listens (its "HTTP server listening" line). Fails with the
 * server's own output when it exits early or does not listen within `timeoutMs`.
 */
export async function startServer(entry: string, dirs: HostDirs, options: { timeoutMs?: number; echo?: boolean; port?: number } = {}): Promise<RunningServer> {
  const port = options.port ?? await freePort();
  const args = [entry, ...baseArgs(dirs), '--bind-addr', `127.0.0.1:${port}`, dirs.workspace];
  const child = spawn(process.execPath, args, { env: serverEnv(dirs), stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
  let output = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    if (output.length > 200_000) output = output.slice(-100_000);
    if (options.echo) process.stdout.write(text.replace(/^/gm, '[code-server] '));
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  let exited = false;
  const exitPromise = new Promise<void>((resolve) => child.once('exit', () => { exited = true; resolve(); }));

  const stop = async (): Promise<void> => {
    if (exited) return;
    // The server spawns extension hosts and file watchers: signal the whole process group.
    killGroup(child, 'SIGTERM');
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000).unref());
    if ((await Promise.race([exitPromise.then(() => 'exited' as const), timer])) === 'timeout') {
      killGroup(child, 'SIGKILL');
      await exitPromise;
    }
  };

  const timeoutMs = options.timeoutMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  while (!/HTTP server listening on/.test(output)) {
    if (exited) {
      throw new HostError(`code-server exited before it listened (exit ${child.exitCode}):\n${output.trim()}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new HostError(`code-server did not listen on 127.0.0.1:${port} within ${timeoutMs / 1000} s:\n${output.trim()}`);
    }
    await sleep(100);
  }
  return { port, url: `http://127.0.0.1:${port}/`, process: child, output: () => output, stop };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform !== 'win32') process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

/** `vscode-remote://127.0.0.1:PORT/abs/path`: how the web workbench names a file on the code-server machine. */
export function remoteUri(port: number, absPath: string): string {
  const posix = absPath.split(path.sep).join('/');
  return `vscode-remote://127.0.0.1:${port}${posix.startsWith('/') ? '' : '/'}${encodeURI(posix)}`;
}

/** The workbench URL for a folder, optionally with the extension-development / extension-tests payload. */
export function workbenchUrl(server: RunningServer, workspace: string, payload?: Array<[string, string]>): string {
  let url = `${server.url}?folder=${encodeURIComponent(workspace)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** Debian's chromium (`which chromium`), or CHROMIUM_PATH. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  throw new HostError('no chromium found (Debian: apt-get install chromium; or set CHROMIUM_PATH)');
}

export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
