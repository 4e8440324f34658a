/**
 * `node out/bench/retext-cli.js <file…>`: the benchmark's retext pipeline (bench/retext-pipeline.ts) as a whole
 * process, the way a user would run it from a script: prints the number of messages per file, exits 1 when any.
 */
import { readFileSync } from 'node:fs';
import { retextPipeline } from './retext-pipeline';

async function run(): Promise<void> {
  const lint = await retextPipeline();
  let total = 0;
  for (const file of process.argv.slice(2)) {
    const n = await lint(readFileSync(file, 'utf8'));
    process.stdout.write(`${file}: ${n} messages\n`);
    total += n;
  }
  process.exitCode = total > 0 ? 1 : 0;
}

run().catch((e: unknown) => { console.error(e instanceof Error ? e.stack : e); process.exit(2); });
