/**
 * Entry of dist/cli-lint-worker.js: one lint worker thread of `lectern lint <folder>` (see lint-pool.ts). It may be
 * started before the run knows its files (lint-prestart.ts), so it waits for one message with its job: the config, size
 * limit and locale, the paths, the claim order and the shared counter. Then it claims files until the counter runs
 * past the end, answering each with what the file gives the output (or why it was not read), or with the error that
 * linting it threw (so the main thread can report it against the right file), and says when it is done. The lint
 * facade is bundled here, not the CLI, so a worker starts quickly.
 */
import { parentPort } from 'node:worker_threads';
import { lintFileAt, type WorkerReply, type WorkerStart } from './lint-pool';

const port = parentPort!;

async function run({ job, paths, order, next }: WorkerStart): Promise<void> {
  const counter = new Int32Array(next);
  for (;;) {
    const k = Atomics.add(counter, 0, 1);
    if (k >= order.length) break;
    const index = order[k]!;
    let reply: WorkerReply;
    try {
      reply = { index, outcome: await lintFileAt(paths[index]!, job) };
    } catch (error) {
      reply = { index, error: { message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined } };
    }
    port.postMessage(reply);
  }
  port.postMessage({ done: true } satisfies WorkerReply);
}

port.once('message', (start: WorkerStart) => void run(start));
