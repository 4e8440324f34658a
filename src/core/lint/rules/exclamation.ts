import { documentRule, type BlockContext, type RuleFinding } from '../rule-types';

interface Run {
  start: number;
  end: number;
}

interface Facts {
  runs: Run[];
}

function collect(ctx: BlockContext): Facts {
  const runs: Run[] = [];
  const t = ctx.text;
  for (let i = t.indexOf('!'); i >= 0; i = t.indexOf('!', i)) {
    let e = i + 1;
    while (t.charCodeAt(e) === 33) e++;
    // "!=" and "!important" are code that escaped the backticks, not exclamations.
    if (!/[=a-z]/.test(t[e] ?? '')) runs.push({ start: i, end: e });
    i = e;
  }
  return { runs };
}

export default documentRule<{ max: number }, Facts>({
  id: 'exclamation',
  description: 'Two or more "!" in a row, or more than 2 "!" in a post.',
  defaultSeverity: 'warning',
  strict: { calm: 'Already calm: one or two exclamation marks in a post are never flagged, only a doubled mark or a third one. The same in both presets.' },
  fixable: false,
  scope: 'document',
  options: { max: 2 },
  why: 'Exclamation marks shout. One can add energy; many make a technical post sound like an advert.',
  example: { bad: 'It works!! And it is fast! Really fast!', good: 'It works, and it is fast.' },
  notes: '`!!` (or more) is always reported. Single `!` are counted over the whole post (headings included, code excluded); every one after the `max`-th is reported. `!=` and `!important` outside code are not counted.',
  examples: {
    ok: ['It works! That was a long week.', 'The release is out! We are happy! See the notes.'],
    notOk: ['It works!!', 'It works! It is fast! It is cheap!'],
  },
  collect,
  finish(items, options) {
    const out: RuleFinding[] = [];
    let count = 0;
    for (const item of items) {
      for (const run of item.facts.runs) {
        const n = run.end - run.start;
        const before = count;
        count += n;
        const range = { start: item.start + run.start, end: item.start + run.end };
        if (n >= 2) out.push({ messageId: 'repeated', data: { marks: '!'.repeat(n) }, range });
        else if (count > options.max) {
          out.push({ messageId: 'tooMany', data: { number: before + 1, max: options.max }, range });
        }
      }
    }
    return out;
  },
});
