/**
 * The extension host's test entry (`extensionTestsPath`). VS Code calls `run()` inside the extension host, under
 * code-server (test/host/run.ts) and under @vscode/test-electron (test/host/run-electron.ts) alike: a rejected
 * promise makes the host exit with code 1, a resolved one with 0, and the runner forwards that code.
 *
 * Loads every `*.test.js` bundled beside this file (one per `test/host/suite/*.test.ts`), TDD interface
 * (`suite`, `test`, `suiteSetup`, …), spec reporter without colours so the forwarded log stays readable.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** The runner greps for this line to count host tests; keep the format in sync with run.ts. */
export const RESULT_PREFIX = 'LECTERN_SUITE_RESULT ';

/**
 * Under code-server the extension host's console reaches the runner mixed with the workbench's own log, untagged
 * (the host's console forwarder cannot be wrapped), so the suite marks where its output starts; the runner shows
 * the informational lines from there to the result line.
 */
export const START_MARKER = 'LECTERN_SUITE_START';

export async function run(): Promise<void> {
  console.log(`${START_MARKER} ${vscode.env.appName} ${vscode.version}`);
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
    // The first command or document in a cold workbench can take seconds; tests that wait longer say so.
    timeout: 30_000,
    slow: 2_000,
  });
  const pattern = process.env.LECTERN_HOST_GREP;
  if (pattern) mocha.grep(pattern);

  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  if (files.length === 0) throw new Error(`no host test files (*.test.js) found in ${__dirname}`);
  for (const file of files) mocha.addFile(path.join(__dirname, file));

  // mocha.run() loads the files with plain `require` (so the extension host's `vscode` module resolution applies);
  // a test file that throws while loading throws out of run() and fails the suite.
  const stats = await new Promise<{ passes: number; failures: number; pending: number; tests: number }>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve({
        passes: runner.stats?.passes ?? 0,
        failures: runner.stats?.failures ?? 0,
        pending: runner.stats?.pending ?? 0,
        tests: runner.stats?.tests ?? 0,
      }));
    } catch (error) {
      console.error(`host suite: a test file failed to load: ${error instanceof Error ? error.stack : String(error)}`);
      reject(error);
    }
  });
  console.log(`${RESULT_PREFIX}${JSON.stringify(stats)}`);
  if (stats.failures > 0) throw new Error(`${stats.failures} of ${stats.tests} host tests failed`);
  if (stats.passes === 0) throw new Error('the host suite ran no test');
}
