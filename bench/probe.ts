/**
 * Preloaded (`node --require out/bench/probe.js …`) into each whole-process run of the real-prose benchmark: when the
 * process exits it reports its own CPU time (user + system) and peak RSS on stderr, as one tagged JSON line that
 * bench/prose.ts reads. The tool itself is unchanged; loading this file costs well under a millisecond.
 */
process.on('exit', () => {
  const cpu = process.cpuUsage();
  const line = { cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: process.resourceUsage().maxRSS };
  process.stderr.write(`LECTERN_BENCH_PROBE ${JSON.stringify(line)}\n`);
});
