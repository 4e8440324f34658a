import { documentRule, type BlockContext, type RuleFinding } from '../rule-types';
import { hasWideText, isHan, isMarkupGap, isRealSpace } from '../zh';

/**
 * A number: digits (full-width ones included: fullwidth-alnum makes them half-width in the same fix) with decimal or
 * thousands separators, and a unit sign that takes no space before it (50%, 30°).
 */
const NUMBER = /[0-9\uff10-\uff19]+(?:[.,:][0-9\uff10-\uff19]+)*[%\uff05\u2030\u00b0\u2103]?/g;
const DATE_AFTER = '年月日号';
const DATE_BEFORE = '年月';

type Style = 'always' | 'never' | 'consistent';
const STYLES: readonly Style[] = ['always', 'never', 'consistent'];

/**
 * One Han/number boundary: [spaced (1) or touching (0), range start, range end, edit start, edit end, and the two
 * characters on either side in reading order (the message names them as they stand: 在“3”和“台”之间, not 在“台”和“3”)].
 */
type Boundary = [number, number, number, number, number, string, string];

type Options = {
  style: string;
  skipDates: boolean;
};

/** What lies between a Han character and a number: nothing or markup (touching), real spaces (spaced), else undefined. */
function gapKind(ctx: BlockContext, from: number, to: number): 0 | 1 | undefined {
  if (from === to || isMarkupGap(ctx, from, to)) return 0;
  for (let k = from; k < to; k++) if (!isRealSpace(ctx, k)) return undefined;
  return 1;
}

function isGap(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u001f';
}

function collect(ctx: BlockContext, options: Options): Boundary[] {
  const out: Boundary[] = [];
  // Needs a Han character (zh.ts's WIDE): English prose skips the scan of its numbers.
  if (!hasWideText(ctx)) return out;
  const t = ctx.text;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(t); m; m = NUMBER.exec(t)) {
    const ns = m.index;
    const ne = ns + m[0].length;
    let p = ns - 1;
    while (p >= 0 && isGap(t[p])) p--;
    let q = ne;
    while (q < t.length && isGap(t[q])) q++;
    const hanBefore = p >= 0 && isHan(t.charCodeAt(p)) ? t[p]! : '';
    const hanAfter = q < t.length && isHan(t.charCodeAt(q)) ? t[q]! : '';
    if (options.skipDates && (DATE_AFTER.includes(hanAfter || '\0') || (DATE_BEFORE.includes(hanBefore || '\0') && hanAfter !== ''))) continue;
    // Across markup (a link: 第[1](url)台) the range is the Han character alone, never reaching into the destination.
    if (hanBefore) {
      const kind = gapKind(ctx, p + 1, ns);
      if (kind === 0) out.push([0, p, p + 1 === ns ? ns + 1 : p + 1, p + 1, p + 1, hanBefore, t[ns]!]);
      else if (kind === 1) out.push([1, p, ns + 1, p + 1, ns, hanBefore, t[ns]!]);
    }
    if (hanAfter) {
      const kind = gapKind(ctx, ne, q);
      if (kind === 0) out.push([0, q === ne ? ne - 1 : q, q + 1, q, q, t[ne - 1]!, hanAfter]);
      else if (kind === 1) out.push([1, ne - 1, q + 1, ne, q, t[ne - 1]!, hanAfter]);
    }
  }
  return out;
}

export default documentRule<Options, Boundary[]>({
  id: 'zh-space-number',
  description: 'A Chinese character next to a number with no space between them (部署到3台 → 部署到 3 台).',
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'document',
  options: { style: 'always', skipDates: false },
  optionChoices: { style: STYLES },
  why: 'A space between Chinese text and a number sets the number apart, as it does for English words; whichever '
    + 'convention a post follows, it should follow one.',
  example: { bad: '部署到3台服务器，延迟降低了20%。', good: '部署到 3 台服务器，延迟降低了 20%。' },
  notes: '`style`: `always` (a space on both sides of a number, the default), `never` (no space: the fix removes them) or `consistent` (whichever the post uses more often; a tie counts as `always`). A unit sign that takes no space stays with its number: `20%`, `30°`. `skipDates: true` leaves dates written as 2024年5月1日 alone. Full-width digits count as digits (fullwidth-alnum converts them in the same fix). Never inside code, URLs or math.',
  examples: {
    ok: ['部署到 3 台服务器。', '延迟降低了 20% 左右。', '版本号是 v2.1，不是 3D 打印。'],
    notOk: ['部署到3台服务器。', '延迟降低了20%左右。', '用Python3的时候。'],
  },
  collect,
  finish(items, options) {
    let style = options.style as Style;
    if (style === 'consistent') {
      let touching = 0;
      let spaced = 0;
      for (const item of items) for (const b of item.facts) { if (b[0] === 1) spaced++; else touching++; }
      style = touching > spaced ? 'never' : 'always';
    }
    const out: RuleFinding[] = [];
    for (const item of items) {
      for (const [spaced, start, end, editStart, editEnd, before, after] of item.facts) {
        const range = { start: item.start + start, end: item.start + end };
        const edit = { start: item.start + editStart, end: item.start + editEnd };
        const data = { before, after };
        if (style === 'always' && spaced === 0) {
          out.push({ messageId: 'noSpace', data, range, fix: { titleId: 'fix.addSpace', edits: [{ range: edit, newText: ' ' }] } });
        } else if (style === 'never' && spaced === 1) {
          out.push({ messageId: 'space', data, range, fix: { titleId: 'fix.removeSpace', edits: [{ range: edit, newText: '' }] } });
        }
      }
    }
    return out;
  },
});
