/**
 * Is a file's content text Lectern may read? Every host (CLI, editor) asks this before decoding a Markdown file, so a
 * binary file named `.md`, a file in another encoding or a huge export is skipped with one notice instead of being
 * linted as prose or indexed as a post. Pure and linear: one pass over the bytes, no decoder needed.
 */

/** Files larger than this are skipped unless the user raises the limit (`lectern.maxFileSize`, `--max-size`). */
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

/** How far a NUL byte is looked for: what git and most editors look at to call a file binary. */
const BINARY_SNIFF_BYTES = 8 * 1024;

export type TextRefusal =
  | { kind: 'binary'; offset: number }
  | { kind: 'invalid-utf8'; offset: number }
  | { kind: 'too-large'; size: number; limit: number };

/**
 * Why these bytes are not read as text, or null when they are UTF-8 text within the limit.
 * `maxSize` 0 (or Infinity) means no limit.
 */
export function refuseBytes(bytes: Uint8Array, maxSize: number = DEFAULT_MAX_FILE_SIZE): TextRefusal | null {
  const tooLarge = refuseSize(bytes.length, maxSize);
  if (tooLarge) return tooLarge;
  const sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < sniff; i++) if (bytes[i] === 0) return { kind: 'binary', offset: i };
  const bad = invalidUtf8At(bytes);
  return bad < 0 ? null : { kind: 'invalid-utf8', offset: bad };
}

/**
 * The size half of `refuseBytes`, for a size known from a stat: hosts ask this BEFORE reading, so a 10 MB file is
 * refused without ever being loaded. `refuseBytes` asks again after the read (the file may have grown meanwhile).
 */
export function refuseSize(size: number, maxSize: number = DEFAULT_MAX_FILE_SIZE): TextRefusal | null {
  return maxSize > 0 && size > maxSize ? { kind: 'too-large', size, limit: maxSize } : null;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629), or -1. */
export function invalidUtf8At(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      else if (b === 0xed) hi = 0x9f; // UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      else if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    if (i + need >= n) return i; // truncated at the end
    const second = bytes[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** A one-line English description for the CLI (the editor words its own notice through l10n). */
export function describeRefusal(r: TextRefusal): string {
  switch (r.kind) {
    case 'binary': return `skipped: binary file (a NUL byte at offset ${r.offset})`;
    case 'invalid-utf8': return `skipped: not UTF-8 text (invalid byte at offset ${r.offset})`;
    case 'too-large': return `skipped: ${formatSize(r.size)} is over the ${formatSize(r.limit)} limit (raise it with --max-size)`;
  }
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}

/** Parses `--max-size` values: `0` (no limit), bytes, or a number with k/kb/m/mb (binary units). Null when invalid. */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib)?\s*$/i.exec(text);
  if (!m) return null;
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1;
  return Math.round(Number(m[1]) * factor);
}

/** How many bytes `text` takes as UTF-8, counted without encoding it (the editor holds text, the limit is bytes). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/** Is this text over the limit (0: no limit)? Counts bytes only when the length alone cannot tell. */
export function isOverSize(text: string, maxSize: number): boolean {
  if (maxSize <= 0 || text.length * 3 <= maxSize) return false;
  return text.length > maxSize || utf8Length(text) > maxSize;
}
