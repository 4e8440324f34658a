/**
 * `npm run test:electron`: the same host suite (out/test/host/suite/index.js) in desktop VS Code, through
 * @vscode/test-electron, for contributors with a display and internet access (it downloads VS Code into
 * .vscode-test/ on first use). CI runs the code-server runner (run.ts) instead.
 *
 *   LECTERN_VSCODE_VERSION=stable npm run test:electron   # default: 1.100.3, the version the web runner uses
 *   LECTERN_HOST_GREP=foundation npm run test:electron    # only matching tests
 *
 * Like run.ts it uses a fresh copy of test/fixtures/host-workspace/ and fresh user-data / extensions folders, and
 * exits with the suite's code.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

async function main(): Promise<number> {
  const extensionTestsPath = path.join(repoRoot, 'out', 'test', 'host', 'suite', 'index.js');
  if (!fs.existsSync(extensionTestsPath)) {
    throw new Error('out/test/host/suite/index.js is missing: run `node scripts/build.mjs --tests` first');
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-electron-'));
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'host-workspace'), workspace, { recursive: true });
  try {
    return await runTests({
      version: process.env.LECTERN_VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions stay out; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', path.join(scratch, 'user-data'),
        '--extensions-dir', path.join(scratch, 'extensions'),
      ],
      extensionTestsEnv: { LECTERN_HOST_GREP: process.env.LECTERN_HOST_GREP },
    });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // runTests rejects with the exit code (or an Error) when the tests fail or VS Code cannot start.
    process.stderr.write(`host tests (electron) failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
