/**
 * Entry of dist/cli-lint-worker.js: one lint worker thread of `lectern lint <folder>` (see lint-pool.ts). It gets the
 * config once (workerData) and then texts by index; it answers each with the engine's result, or with the error that
 * linting the text threw, so the main thread can report it against the right file. The lint facade is bundled here,
 * not the CLI, so a worker starts quickly.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lintText, type LecternConfig } from '../core/lint/index';
import { nodeProviders } from './node-providers';
import type { WorkerReply, WorkerJob } from './lint-pool';

const { config } = workerData as { config: LecternConfig };
const port = parentPort!;
port.on('message', (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    reply = { index: job.index, result: lintText(job.text, config, nodeProviders) };
  } catch (error) {
    reply = { index: job.index, error: { message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined } };
  }
  port.postMessage(reply);
});
