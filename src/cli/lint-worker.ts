/**
 * Entry of dist/cli-lint-worker.js: one lint worker thread of `lectern lint <folder>` (see lint-pool.ts). It gets the
 * job (config, size limit, locale), the paths and the shared counter once (workerData), then the claim order in one
 * message; it claims files until the counter runs past the end, answering each with what the file gives the output
 * (or why it was not read), or with the error that linting it threw (so the main thread can report it against the
 * right file), and says when it is done. The lint facade is bundled here, not the CLI, so a worker starts quickly.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lintFileAt, type WorkerOrder, type WorkerReply, type WorkerStart } from './lint-pool';

const { job, paths, next } = workerData as WorkerStart;
const counter = new Int32Array(next);
const port = parentPort!;

async function run(order: Int32Array): Promise<void> {
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

port.once('message', (message: WorkerOrder) => void run(message.order));
