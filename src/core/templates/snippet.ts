/**
 * VS Code snippet syntax, as far as templates use it: tab stops `$1` `${1}`, placeholders `${1:text}` (nested),
 * choices `${1|a,b|}`, the final stop `$0`, variables `$NAME` `${NAME:default}`, and the escapes `\$` `\}` `\\`.
 * Template bodies are snippets; a file written without an editor (the CLI, or the first write of a new post) gets
 * the text the snippet inserts when every placeholder keeps its default.
 */

/** Escapes text so a snippet inserts it literally. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

export interface SnippetText {
  /** The inserted text with every placeholder at its default and every choice at its first option. */
  text: string;
  /** Offset in the snippet of the first `${` that is never closed, or null when the snippet is well formed. */
  unclosedAt: number | null;
}

/** The text a snippet inserts when the writer only presses Tab: placeholders keep their default text. */
export function snippetToPlain(snippet: string): SnippetText {
  const state = { pos: 0, unclosedAt: null as number | null };
  const text = readUntil(snippet, state, false);
  return { text, unclosedAt: state.unclosedAt };
}

interface State {
  pos: number;
  unclosedAt: number | null;
}

/** Reads text until the end, or (nested) until the `}` that closes the current placeholder. */
function readUntil(s: string, state: State, nested: boolean): string {
  let out = '';
  while (state.pos < s.length) {
    const c = s[state.pos]!;
    if (c === '\\' && (s[state.pos + 1] === '$' || s[state.pos + 1] === '}' || s[state.pos + 1] === '\\')) {
      out += s[state.pos + 1];
      state.pos += 2;
    } else if (c === '}' && nested) {
      return out;
    } else if (c === '$') {
      out += readDollar(s, state);
    } else {
      out += c;
      state.pos++;
    }
  }
  return out;
}

function readDollar(s: string, state: State): string {
  const start = state.pos;
  const simple = /^\$(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(s.slice(start, start + 64));
  if (simple) {
    state.pos += simple[0].length;
    return '';
  }
  const open = /^\$\{(\d+|[A-Za-z_][A-Za-z0-9_]*)([:|}])/.exec(s.slice(start, start + 64));
  if (!open) {
    state.pos++;
    return '$';
  }
  state.pos += open[0].length;
  if (open[2] === '}') return '';
  if (open[2] === ':') {
    const inner = readUntil(s, state, true);
    if (s[state.pos] !== '}') return unclosed(state, start);
    state.pos++;
    return inner; // a variable's default is inserted like a placeholder's text
  }
  // A choice: options separated by `,` up to `|}`; `\,` and `\|` are literal.
  const options: string[] = [''];
  while (state.pos < s.length) {
    const c = s[state.pos]!;
    if (c === '\\' && /[,|$}\\]/.test(s[state.pos + 1] ?? '')) {
      options[options.length - 1] += s[state.pos + 1];
      state.pos += 2;
    } else if (c === '|' && s[state.pos + 1] === '}') {
      state.pos += 2;
      return options[0]!;
    } else if (c === ',') {
      options.push('');
      state.pos++;
    } else {
      options[options.length - 1] += c;
      state.pos++;
    }
  }
  return unclosed(state, start);
}

/** VS Code inserts a `${` it cannot parse as written; so does this, and it remembers where. */
function unclosed(state: State, start: number): string {
  if (state.unclosedAt === null) state.unclosedAt = start;
  state.pos = start + 1;
  return '$';
}
