/**
 * The last typing-load run in the real VS Code (`npm run load`, test/host/load.ts), as rows of `npm run bench`'s
 * "Other benchmarks" table. It does not type itself: the load run needs code-server and a browser and takes minutes,
 * so it is run on purpose and recorded in bench/typing-load.json; this prints what was recorded (and when).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TypingLoadResult } from '../test/host/load-result';

const file = join(process.cwd(), 'bench', 'typing-load.json');
if (!existsSync(file)) {
  console.error('typing load: bench/typing-load.json is missing: run `npm run load`');
  process.exit(0);
}
const r = JSON.parse(readFileSync(file, 'utf8')) as TypingLoadResult;
const when = `VS Code typing load, ${r.words.toLocaleString('en')}-word post, ${r.keysPerSecond} keys/s for ${r.seconds} s, run ${r.date}`;
const row = (name: string, value: number, unit: string, target: string): void => console.log(JSON.stringify({ name: `${when}: ${name}`, value, unit, target }));
row('diagnostics settle after the last keystroke', r.settleMs, 'ms', '≤ 1000');
row('longest extension-host stall', r.maxStallMs, 'ms', '≤ 100');
row('heap change, before → 10 s after', Math.abs(r.heapChangePercent), '%', '≤ 20');
if (r.firstLint) {
  const first = `VS Code first lint of a ${r.firstLint.words.toLocaleString('en')}-word post (${r.firstLint.source}), run ${r.date}, load ${r.loadAverage[0]}`;
  console.log(JSON.stringify({ name: `${first}: longest extension-host stall from opening to the first publish`, value: r.firstLint.maxStallMs, unit: 'ms', target: '≤ 50' }));
  console.log(JSON.stringify({ name: `${first}: opening to the first publish`, value: r.firstLint.publishMs, unit: 'ms', target: 'report' }));
}
