/** Metrics of Chinese and mixed posts: words, reading time, Chinese sentence length in the clarity score, Flesch for English only. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeMetrics, lintText } from '../../../src/core/lint/index';
import { clarityComponents } from '../../../src/core/lint/metrics';
import { only } from './helpers';

test('words are Han characters plus Latin words; reading time is 300 Han per minute plus 238 words per minute', () => {
  // 我们用 React 写界面 = 6 Han + 1 word; It ships today = 3 words.
  const m = computeMetrics('我们用 React 写界面。It ships today.\n\n```\n代码不算\n```\n');
  assert.equal(m.words, 10);
  assert.equal(m.hanCharacters, 6);
  assert.equal(m.readingMinutes, 6 / 300 + 4 / 238);
  assert.equal(m.fleschApplies, true);
});

test('a Chinese post: the clarity score judges Chinese sentence length, and Flesch does not apply', () => {
  const short = '缓存拆成了独立的集群。'.repeat(5);
  const m = computeMetrics(short);
  assert.equal(m.chinese, true);
  assert.equal(m.fleschApplies, false);
  assert.equal(m.chineseSentences, 5);
  assert.equal(m.chineseSentenceLength, 10);
  assert.equal(m.longSentenceShare, 0);
  assert.equal(m.clarityScore, 100);
  assert.equal(clarityComponents(m)['reading-ease'], 25);
  // Every sentence over 60 characters: long share 100% (5 points) and average length over 60 (5 points).
  const long = ('为了解决线上服务在流量高峰期间因为缓存失效而频繁出现的超时问题我们在上个月对整个缓存层进行了重新设计并把缓存服务拆分成独立集群。').repeat(3);
  const n = computeMetrics(long);
  assert.equal(n.chineseSentences, 3);
  assert.ok(n.chineseSentenceLength > 60);
  assert.equal(n.longSentenceShare, 1);
  assert.equal(n.clarityScore, 5 + 25 + 5 + 25);
  assert.deepEqual(clarityComponents(n), { 'long-sentences': 5, 'passive-voice': 25, 'reading-ease': 5, 'long-paragraphs': 25 });
});

test('zh-sentence-length: over 60 is info, over 100 the rule severity; the message gives the count', () => {
  const sixtyFive = '这'.repeat(65) + '。';
  const oneTen = '那'.repeat(110) + '。';
  const found = lintText(`${sixtyFive}\n\n${oneTen}`, only('zh-sentence-length')).findings;
  assert.deepEqual(found.map((f) => [f.severity, f.data.count]), [['info', 65], ['warning', 110]]);
  assert.match(found[0]!.message, /65/);
});

test('Chinese rules: routing by script, suppression comments, soft line breaks', () => {
  // An English sentence with a few Han characters is English: Chinese clarity rules do not judge it.
  assert.deepEqual(lintText('We use 其实 in many places when we talk.', only('zh-filler')).findings, []);
  assert.equal(lintText('其实这个方案不难。', only('zh-filler')).findings.length, 1);
  const suppressed = '<!-- lectern-disable-next-line zh-filler -->\n其实这个方案不难。';
  assert.deepEqual(lintText(suppressed, only('zh-filler')).findings, []);
  // A soft line break inside a word: the segmenter reads it as a space, so 其实 split over two lines is not matched
  // as one word, and a match at a line start still is.
  assert.equal(lintText('这个方案\n其实不难。', only('zh-filler')).findings.length, 1);
  // Word boundaries and the exception list.
  for (const quiet of ['接口及其实现都在这里。', '等十分钟再试。', '非常量表达式不能放在这里。']) {
    assert.deepEqual(lintText(quiet, only('zh-filler')).findings, [], quiet);
  }
});

test('zh-person-consistency, zh-passive, zh-double-negative, zh-multiple-misuse, zh-empty-verb, zh-de-chain, zh-comma-chain', () => {
  const mixed = '您可以先安装依赖。\n\n然后你需要修改配置，你再重启。';
  assert.deepEqual(lintText(mixed, only('zh-person-consistency')).findings.map((f) => mixed.slice(f.range.start, f.range.end)), ['您']);
  const spans = (text: string, rule: string) => lintText(text, only(rule)).findings.map((f) => text.slice(f.range.start, f.range.end));
  assert.deepEqual(spans('请求被网关拒绝了，被动语态和被子不算。', 'zh-passive'), ['被']);
  assert.deepEqual(spans('这不是不可以，没有人不知道，但两者没有不同。', 'zh-double-negative'), ['不是不', '没有人不']);
  assert.deepEqual(spans('延迟降低了 3 倍，吞吐提高了 3 倍。', 'zh-multiple-misuse'), ['降低了 3 倍']);
  assert.deepEqual(spans('我们对日志进行了分析，会议进行中。', 'zh-empty-verb'), ['进行了分析']);
  assert.deepEqual(lintText('我的团队的服务的配置的问题的根源。', only('zh-de-chain')).findings.map((f) => f.data.count), [5]);
  assert.equal(lintText('的确，目的是让我们的服务更快。', only('zh-de-chain')).findings.length, 0);
  const chain = '我们先看了日志，发现请求在网关就超时了，后来查了网关的配置，发现连接池太小，于是把连接池调大了，问题就解决了，但是过了一周又出现了类似的问题。';
  assert.deepEqual(lintText(chain, only('zh-comma-chain')).findings.map((f) => f.data.commas), [6]);
  assert.deepEqual(lintText('短句，短句，短句，短句，短句。', only('zh-comma-chain')).findings, [], 'four commas in a short sentence');
});
