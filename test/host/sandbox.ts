/**
 * `npm run sandbox`: try Lectern in a browser without installing VS Code. Starts the same code-server the host tests
 * use, with this repository as the extension under development, on a fresh copy of examples/ (so trying things out
 * never edits the committed examples), and prints the URL to open. Stays up until Ctrl-C, then stops the server
 * and removes its temp folders.
 *
 *   npm run sandbox                 # examples/
 *   npm run sandbox -- path/to/dir  # your own folder, edited in place
 *   LECTERN_SANDBOX_PORT=8080 npm run sandbox
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CODE_SERVER_VERSION, HostError, ensureCodeServer, log, makeHostDirs, remoteUri, repoRoot, startServer, workbenchUrl,
} from './codeserver';

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) {
    throw new HostError('dist/extension.js is missing: run `node scripts/build.mjs` first (npm run sandbox does)');
  }
  const own = process.argv[2];
  const source = own ? path.resolve(own) : path.join(repoRoot, 'examples');
  if (!fs.existsSync(source)) throw new HostError(`${source} does not exist`);
  const entry = await ensureCodeServer();
  const dirs = makeHostDirs(source, { copyWorkspace: !own });
  const server = await startServer(entry, dirs, {
    port: process.env.LECTERN_SANDBOX_PORT ? Number(process.env.LECTERN_SANDBOX_PORT) : undefined,
  });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping code-server');
    await server.stop();
    dirs.dispose();
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => void stop(0));
  server.process.once('exit', (code) => {
    if (!stopping) {
      log(`code-server exited (code ${code}):\n${server.output().trim().split('\n').slice(-10).join('\n')}`);
      void stop(1);
    }
  });

  const url = workbenchUrl(server, dirs.workspace, [['extensionDevelopmentPath', remoteUri(server.port, repoRoot)]]);
  process.stdout.write([
    '',
    `Lectern sandbox: VS Code 1.100 in the browser (code-server ${CODE_SERVER_VERSION}), Lectern loaded from this repository`,
    `Workspace: ${own ? source : 'a fresh copy of examples/'}`,
    '',
    `  Open ${url}`,
    '',
    'Rebuild (npm run build) and run "Developer: Reload Window" to pick up changes. Ctrl-C stops the sandbox.',
    '',
  ].join('\n'));
}

main().catch((error: unknown) => {
  process.stderr.write(`sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
