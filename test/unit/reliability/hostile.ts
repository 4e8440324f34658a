/**
 * Hostile and broken inputs, generated in the test (nothing large is committed): each is what a real workspace can
 * hold, and each must give one located message for that file and leave every other file alone.
 */

/** YAML "billion laughs": `levels` anchors, each a list of `width` aliases of the one before. 9×9 is the issue's. */
export function aliasBomb(levels = 9, width = 9): string {
  const lines = ['a0: &a0 [' + Array(width).fill('lol').join(', ') + ']'];
  for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [` + Array(width).fill(`*a${i - 1}`).join(', ') + ']');
  return lines.join('\n');
}

export function post(frontMatter: string, body = 'A short post about tests.\n'): string {
  return `---\n${frontMatter}\n---\n${body}`;
}

/** Every byte value, repeated: what `head -c 1M /dev/urandom > x.md` looks like to a reader. */
export function binaryBytes(size = 1024 * 1024): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = i % 256;
  return out;
}

/** Latin-1 text (é as 0xE9): valid in its own encoding, invalid UTF-8 at `offset`. */
export function latin1Post(): { bytes: Uint8Array; offset: number } {
  const head = new TextEncoder().encode('---\ntitle: Caf');
  const bytes = new Uint8Array([...head, 0xe9, ...new TextEncoder().encode('\n---\nBody.\n')]);
  return { bytes, offset: head.length };
}

/** A post of about `bytes` bytes of ordinary prose in paragraphs. */
export function bigPost(bytes: number): string {
  const paragraph = 'The team measured the build on every commit and wrote down what changed. '.repeat(8) + '\n\n';
  return post('title: Big', paragraph.repeat(Math.ceil(bytes / paragraph.length)));
}
