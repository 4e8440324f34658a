import { blockRule, type BlockContext, type RuleFinding } from '../rule-types';
import { hasWideText, isChineseQuote, isFullwidthPunctuation, isHan, isRealSpace, sentenceAt } from '../zh';

/** A run of half-width sentence punctuation. Runs of three or more periods are an ellipsis: zh-ellipsis owns them. */
const RUN = /\.{3,}|(?:[,;:!?]|\.(?!\.\.))+/g;
const FULL: Readonly<Record<string, string>> = { ',': '，', '.': '。', ';': '；', ':': '：', '!': '！', '?': '？' };

/**
 * Whether the Latin text before a mark is an English sentence of its own (a quotation, a slogan): three or more Latin
 * words, two of them all lower case (function words), since a run of names ("Kubernetes Operator Pattern") is not.
 */
function isEnglishClause(ctx: BlockContext, from: number, to: number): boolean {
  let words = 0;
  let lower = 0;
  // Binary search for the first word that ends after `from`.
  let lo = 0;
  let hi = ctx.words.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ctx.words[mid]!.end <= from) lo = mid + 1; else hi = mid; }
  for (let k = lo; k < ctx.words.length; k++) {
    const w = ctx.words[k]!;
    if (w.start >= to) break;
    if (w.cjk) return false;
    words++;
    if (/^[a-z]+$/.test(w.text)) lower++;
  }
  return words >= 3 && lower >= 2;
}

/** Where the Latin stretch that ends at `end` starts: after the last Han character or full-width mark, or the block start. */
function latinStart(t: string, end: number): number {
  // At most 300 characters back: enough for any sentence-long quotation, and linear on a long English block.
  const stop = Math.max(0, end - 300);
  let k = end - 1;
  while (k >= stop && !isHan(t.charCodeAt(k)) && !isFullwidthPunctuation(t[k]) && t[k] !== '\n') k--;
  return k + 1;
}

/**
 * Whether the colon at `colon` ends a Latin label that starts its line, list item or sentence (`Note: 这里…`,
 * `- service-facade: 定义服务接口`, `PS: 该问题…`, `### React DOM: 新 Hook`): the label is English, so its colon is too.
 * One to four Latin words (names, identifiers, numbers), after nothing but markup, a list number or a sentence end.
 */
function isLatinLabel(t: string, colon: number): boolean {
  const from = latinStart(t, colon);
  if (from > 0 && t[from - 1] !== '\n' && !'。！？'.includes(t[from - 1]!)) return false;
  const label = t.slice(from, colon).replace(/^[\s*_>#+\-\u001f]*(?:[0-9]{1,3}[.)、][\s*_]*)?/, '').replace(/[\s*_]+$/, '');
  return /^[A-Za-z][A-Za-z0-9 _\-./&+@#'()]{0,39}$/.test(label) && label.split(/\s+/).length <= 4;
}

/**
 * Whether the comma at `i` separates Latin items of a bracket that holds no Chinese (`基本类型（bool, byte, i16）`,
 * `Fescar（Fast & Easy Commit And Rollback, Fescar）`): an English list, whose commas stay half-width.
 */
function inLatinBracket(t: string, i: number): boolean {
  let a = i - 1;
  while (a >= 0 && a > i - 200 && !'（(\n'.includes(t[a]!) && !isHan(t.charCodeAt(a)) && !isFullwidthPunctuation(t[a])) a--;
  if (t[a] !== '（' && t[a] !== '(') return false;
  let b = i + 1;
  while (b < t.length && b < i + 200 && !'）)\n'.includes(t[b]!) && !isHan(t.charCodeAt(b)) && !isFullwidthPunctuation(t[b])) b++;
  return t[b] === (t[a] === '（' ? '）' : ')') && /[A-Za-z0-9]/.test(t[i - 1] ?? '');
}

/** Latin abbreviations that end in a period of their own (i.e., e.g.): the period before Chinese text is theirs. */
const ABBREVIATION = /(?:^|[^A-Za-z])(?:i\.e|e\.g|etc|vs|cf|approx)$/i;

/** A full-width mark whose neighbouring spaces zh-no-space-fullwidth removes. */
function ownsSpace(t: string, i: number): boolean {
  return isFullwidthPunctuation(t[i]) || isChineseQuote(t, i);
}

/**
 * The full-width form of a run: repeats of one mark collapse to one (zh-repeated-punctuation would otherwise flag the
 * result, and one --fix must reach the fixed point), `..` is one full stop.
 */
function fullwidth(run: string): string {
  let out = '';
  for (let i = 0; i < run.length; i++) if (run[i] !== run[i - 1]) out += FULL[run[i]!]!;
  return out;
}

export default blockRule({
  id: 'zh-fullwidth-punctuation',
  description: 'Half-width , . ; : ! ? inside a Chinese sentence (发布了,欢迎试用! → 发布了，欢迎试用！).',
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'block',
  options: {},
  why: 'Chinese text takes full-width punctuation: a half-width comma or period is narrow and crowds the next '
    + 'character, and the line reads as if it had been typed with the wrong input method.',
  example: { bad: '新版本发布了,欢迎试用!', good: '新版本发布了，欢迎试用！' },
  notes: 'A mark is in a Chinese sentence when the character before it is Chinese (or a Chinese closing bracket or quote), or when it follows Latin words and a Chinese character comes next or the sentence is Chinese (at least half of its letters are Han). A complete English sentence inside Chinese text keeps its half-width punctuation (three or more words, two of them lower case: `他说 Stay hungry, stay foolish. 然后……`). Marks between two letters or digits (3.14, Node.js, 10:30) are never flagged, nor the colon of a Latin label that starts a line, list item or sentence (`Note: 这一步…`, `- service-facade: 定义接口`) the period of an abbreviation (`i.e.`, `e.g.`, `etc.`), or a comma between Latin items of a bracket without Chinese (`类型（bool, byte, i16）`). The fix also removes spaces around the mark and makes a repeated mark one (`!!` → `！`); `...` is left to `zh-ellipsis`.',
  examples: {
    ok: ['新版本发布了，欢迎试用！', '**1.系统检测**：先看资源。', '版本 1.2.3 用 Node.js 写成，10:30 上线。', '他常说 Stay hungry, stay foolish. 这句话出自乔布斯。', 'We use React, Vue and Svelte.', 'Note: 这一步不能跳过。'],
    notOk: ['新版本发布了,欢迎试用!', '注意:这一步不能跳过。', '我们用的是 React.', '成本很高 , 但值得。'],
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    // Needs a character of zh.ts's WIDE (a Han character, full-width punctuation, a Chinese sentence or ……): English prose skips the scan.
    if (!hasWideText(ctx)) return out;
    const t = ctx.text;
    // Where the last run that was reported ends: a run right after it (across spaces its fix removes) is Chinese too.
    let lastReported = -1;
    RUN.lastIndex = 0;
    for (let m = RUN.exec(t); m; m = RUN.exec(t)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].startsWith('...')) continue;
      const next = t[end];
      // Only punctuation: a mark followed by a letter or digit is part of a number, a name or a time.
      if (next !== undefined && !(next === ' ' || next === '\t' || next === '\n' || next === '\r' || isHan(t.charCodeAt(end))
        || isFullwidthPunctuation(next) || isChineseQuote(t, end))) continue;
      let p = start - 1;
      while (p >= 0 && (t[p] === ' ' || t[p] === '\t')) p--;
      if (p < 0 || t[p] === '\n') continue;
      const prevCode = t.charCodeAt(p);
      // Before full-width punctuation (,！ or . （), also across spaces that zh-no-space-fullwidth removes, is Chinese
      // text too.
      let ahead = end;
      while (ahead < t.length && isRealSpace(ctx, ahead)) ahead++;
      let chinese = isHan(prevCode) || ownsSpace(t, p) || ownsSpace(t, ahead)
        || (t[p] === '\u2026' && (t[p - 1] === '\u2026' || isHan(t.charCodeAt(p - 1))))
        || (t[p] === '.' && t.slice(p - 2, p) === '..' && (isHan(t.charCodeAt(p - 3)) || ownsSpace(t, p - 3)))
        || p + 1 === lastReported;
      if (!chinese && /[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a)\]"'\u2019\u201d\u001f]/.test(t[p]!)) {
        let q = end;
        while (q < t.length && (t[q] === ' ' || t[q] === '\t')) q++;
        const sentence = sentenceAt(ctx, start) ?? sentenceAt(ctx, p);
        // The cheap tests first: English prose (no Chinese next, an English sentence) never reaches the clause test.
        chinese = (isHan(t.charCodeAt(q)) || (sentence !== undefined && sentence.cjk)) && !isEnglishClause(ctx, latinStart(t, p + 1), p + 1);
      }
      if (!chinese) continue;
      // A Latin label's colon (Note: 这里…) and an abbreviation's period (i.e.每个节点) are English marks.
      if (m[0] === ':' && isLatinLabel(t, start)) continue;
      if (m[0] === ',' && inLatinBracket(t, start)) continue;
      if (m[0] === '.' && ABBREVIATION.test(t.slice(Math.max(0, start - 8), start))) continue;
      // A numbering (1.系统检测, **2.基线**, ### 3.背景, 两点：1. 不用): a period after one to three digits that start the
      // line or follow markup, a space or a Chinese mark is a list number, not a full stop.
      if (m[0] === '.' && /^[0-9]{1,3}$/.test(t.slice(latinStart(t, start), start).trim()) && /(?:^|[\s：；，、（])[0-9]{1,3}$/.test(t.slice(Math.max(0, start - 4), start))) continue;
      // The fix takes the real spaces around the mark with it (a space never touches full-width punctuation), but not
      // spaces before a line end (two of them are a Markdown hard break) nor markup.
      // Spaces next to a full-width mark on their other side are zh-no-space-fullwidth's to remove (the two edits
      // would overlap and one fix pass would not reach the fixed point).
      let editStart = start;
      while (editStart > 0 && isRealSpace(ctx, editStart - 1)) editStart--;
      if (editStart === 0 || t[editStart - 1] === '\n' || ownsSpace(t, editStart - 1) || editStart <= lastReported) editStart = start;
      let editEnd = end;
      while (editEnd < t.length && isRealSpace(ctx, editEnd)) editEnd++;
      if (editEnd >= t.length || t[editEnd] === '\n' || t[editEnd] === '\r' || ownsSpace(t, editEnd)) editEnd = end;
      const replacement = fullwidth(m[0]);
      // Next to the same full-width mark (好.。), the half-width one is dropped rather than doubled.
      // Across spaces that zh-no-space-fullwidth removes in the same pass too (好! ！).
      let newText = replacement;
      let after = editEnd;
      while (after < t.length && isRealSpace(ctx, after)) after++;
      if (t[after] === newText[newText.length - 1]) newText = newText.slice(0, -1);
      let before = editStart - 1;
      while (before >= 0 && isRealSpace(ctx, before)) before--;
      if (before >= 0 && t[before] === newText[0]) newText = newText.slice(1);
      lastReported = end;
      out.push({
        messageId: 'halfwidth',
        data: { marks: m[0], replacement },
        range: { start, end },
        fix: newText
          ? { titleId: 'fix.fullwidth', data: { replacement: newText }, edits: [{ range: { start: editStart, end: editEnd }, newText }] }
          : { titleId: 'fix.remove', data: { text: m[0] }, edits: [{ range: { start: editStart, end: editEnd }, newText }] },
      });
    }
    return out;
  },
});
