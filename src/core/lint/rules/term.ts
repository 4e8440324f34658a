import { compileTable, matchCase, matchTable, type Matcher } from '../kinds';
import { sentenceRule, type RuleFinding } from '../rule-types';
import type { TermEntry } from '../../terms';
import { tokenize } from '../tokenize';

interface Row {
  match: string[];
  term: TermEntry;
  /** For `case: "exact"`: each phrase's words as written. */
  spelled: Map<string, string[]>;
}

interface Options { terms: readonly TermEntry[]; [k: string]: unknown }

/** One matcher per list of terms (the config's list lives as long as the config): built once, linear to scan. */
const matchers = new WeakMap<readonly TermEntry[], Matcher<Row>>();

function matcherFor(terms: readonly TermEntry[]): Matcher<Row> {
  let m = matchers.get(terms);
  if (!m) {
    const rows: Row[] = terms.map((term) => ({
      match: term.instead,
      term,
      spelled: new Map(term.instead.map((p) => {
        const words = tokenize(p).words;
        return [words.map((w) => w.lower).join(' '), words.map((w) => w.text)];
      })),
    }));
    m = compileTable(rows);
    matchers.set(terms, m);
  }
  return m;
}

/** `term`: the team's own list of preferred and forbidden terms ("terms" in .lectern/config.json, .lectern/terms.yaml). */
export default sentenceRule<Options>({
  id: 'term',
  description: 'A term your team replaces or avoids, from "terms" in .lectern/config.json or .lectern/terms.yaml.',
  defaultSeverity: 'warning',
  strict: { calm: 'Your team\'s own list: you chose these terms, so a finding is what you asked for. The same in both presets; set the rule to `info` or `off` like any other.' },
  fixable: true,
  scope: 'sentence',
  options: { terms: [] },
  fromConfig: (config) => ({ terms: config?.terms ?? [] }),
  why: 'A team that calls one thing by one name reads as one voice; readers do not wonder whether "login" and "sign in" are two features.',
  example: { bad: 'Click login to continue.', good: 'Click sign in to continue.' },
  notes: 'Entries: `{"use": "sign in", "instead": ["login", "log-in"]}` (a substitution: the quick fix replaces the term and keeps its capitalisation) or `{"avoid": ["whitelist"], "message": "Say what it allows."}` (a forbidden term, no fix). `"case": "exact"` matches only the spelling given (`"Github"` but not `"github"` in a URL-like name); the default `"any"` matches every capitalisation. Plain words and phrases, matched on whole words within a sentence, never in code, URLs, HTML or front matter. Long lists go in `.lectern/terms.yaml` (a YAML list of the same entries). A broken entry is reported at its place and the others apply.',
  examples: {
    config: '{ "terms": [{ "use": "sign in", "instead": ["login", "log-in"] }, { "avoid": "whitelist", "message": "say allow list." }, { "use": "GitHub", "instead": "Github", "case": "exact" }] }',
    ok: ['Sign in to continue.', 'The `login` command signs you in.', 'See https://example.com/login for more.', 'Our github.io page.', 'Logins are counted.'],
    notOk: ['Click login to continue.', 'Log-in first.', 'The whitelist is long.', 'We moved to Github.'],
  },
  check(ctx, options) {
    if (options.terms.length === 0 || ctx.sentence.cjk) return [];
    const out: RuleFinding[] = [];
    for (const m of matchTable(matcherFor(options.terms), ctx, [])) {
      const { term } = m.entry;
      if (term.case === 'exact') {
        const spelled = m.entry.spelled.get(m.text.toLowerCase().replace(/\u2019/g, "'"));
        const got = ctx.words.slice(m.first, m.last + 1).map((w) => w.text);
        if (!spelled || spelled.join(' ') !== got.join(' ')) continue;
      }
      const range = { start: m.start, end: m.end };
      if (term.use !== undefined) {
        const replacement = term.case === 'exact' ? term.use : matchCase(m.text, term.use);
        out.push({
          ...(term.message ? { messageId: 'useNote', data: { replacement, text: m.text, note: term.message } }
            : { messageId: 'use', data: { replacement, text: m.text } }),
          range,
          fix: { titleId: 'fix.replace', data: { replacement }, edits: [{ range, newText: replacement }] },
        });
      } else {
        out.push({ ...(term.message ? { messageId: 'avoidNote', data: { text: m.text, note: term.message } }
          : { messageId: 'avoid', data: { text: m.text } }), range });
      }
    }
    return out;
  },
});
