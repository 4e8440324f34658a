/**
 * Chinese benchmark (issue 12: "100,000 Han characters linted in ≤ 150 ms warm"). A draft of 100,000 Han characters
 * is generated from sentences written for this benchmark (technical prose with Latin names, numbers, code, links,
 * and the typography and clarity problems the Chinese rules look for, at a realistic density), then linted with the
 * default configuration in this process: a few warm-up passes, then the median of timed passes of a fresh `lintText`
 * (no cache between passes). Segmentation (Intl.Segmenter) runs where a word-list candidate needs it.
 * Protocol for bench/bench.ts: one JSON line per result, {"name","value","unit","target"}.
 */
import { defaultConfig, lintText } from '../src/core/lint/index';

const SENTENCES = [
  '我们在上个月重新设计了缓存层，把缓存服务拆成独立的集群。',
  '网关收到请求后先查本地缓存，未命中时再访问 Redis 集群。',
  '其实这个方案并不复杂，关键是把失效时间设置得足够短。',
  '压测显示，新版本的 P99 延迟从 120ms 降到了 35ms，吞吐提高了 2 倍。',
  '部署到3台机器之后，我们又对日志进行了分析,发现超时集中在凌晨。',
  '为了排查这个问题，我们在每个服务里都加上了 `trace_id`，并把它写进访问日志。',
  '如果你想复现，可以参考 [这篇文档](https://example.com/docs/cache) 里的步骤。',
  '这是我们团队的服务的配置文件的一个问题。',
  '请求被网关拒绝了，因为令牌已经过期。',
  '迁移过程中，我们先在灰度环境验证了两周，再逐步把流量切到新集群，每次切换前都检查监控和告警，确认没有异常之后才继续下一步。',
  '这一步非常重要，不能跳过。',
  '我们用 Go 重写了索引服务，内存占用减少了大约 40%。',
  '大量的旧数据需要在迁移前清理掉。',
  '下一篇文章会介绍如何用 Prometheus 和 Grafana 搭建监控面板。',
];

function draft(hanTarget: number): string {
  const paragraphs: string[] = [];
  let han = 0;
  let k = 0;
  while (han < hanTarget) {
    const parts: string[] = [];
    for (let s = 0; s < 4; s++) {
      const sentence = SENTENCES[(k * 7 + s * 3) % SENTENCES.length]!;
      parts.push(sentence);
      han += (sentence.match(/[\u4e00-\u9fff]/g) ?? []).length;
    }
    k++;
    paragraphs.push(k % 12 === 0 ? `## 第 ${k / 12} 部分\n\n${parts.join('')}` : parts.join(''));
    if (k % 20 === 0) paragraphs.push('```go\n// 代码里的中文注释不检查,也不计数\nfunc main() { fmt.Println("你好") }\n```');
  }
  return paragraphs.join('\n\n') + '\n';
}

const text = draft(100_000);
const hanCount = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
const config = defaultConfig();
for (let i = 0; i < 3; i++) lintText(text, config);
// Wall time, and CPU time of this process (on a shared, loaded machine the wall time also counts waiting for a core).
const cpuNow = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const times: number[] = [];
const cpus: number[] = [];
let findings = 0;
for (let i = 0; i < 7; i++) {
  const t = performance.now();
  const c = cpuNow();
  findings = lintText(text, config).findings.length;
  times.push(performance.now() - t);
  cpus.push(cpuNow() - c);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const label = `lint ${hanCount.toLocaleString('en')} Han characters, warm, median of 7 (${findings} findings)`;
console.log(JSON.stringify({ name: label, value: Math.round(median(times) * 100) / 100, unit: 'ms', target: 150 }));
console.log(JSON.stringify({ name: `${label}, CPU time`, value: Math.round(median(cpus) * 100) / 100, unit: 'ms CPU', target: 150 }));
