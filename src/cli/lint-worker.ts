/**
 * Entry of dist/cli-lint-worker.js: one lint worker thread of `lectern lint <folder>` (see lint-pool.ts). It gets the
 * config, all the texts and the shared counter once (workerData), then claims files until the counter runs past the
 * end, answering each with the engine's result or with the error that linting the text threw (so the main thread can
 * report it against the right file), and says when it is done. The lint facade is bundled here, not the CLI, so a
 * worker starts quickly.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lintText } from '../core/lint/index';
import { nodeProviders } from './node-providers';
import type { WorkerReply, WorkerStart } from './lint-pool';

const { config, texts, order, next } = workerData as WorkerStart;
const counter = new Int32Array(next);
const port = parentPort!;
for (;;) {
  const k = Atomics.add(counter, 0, 1);
  if (k >= order.length) break;
  const index = order[k]!;
  let reply: WorkerReply;
  try {
    reply = { index, result: lintText(texts[index]!, config, nodeProviders) };
  } catch (error) {
    reply = { index, error: { message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined } };
  }
  port.postMessage(reply);
}
port.postMessage({ done: true } satisfies WorkerReply);
