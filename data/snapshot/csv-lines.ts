import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Bytes read at a time; exported for tests that place text across a chunk end. */
export const chunkBytes = 4 << 20;
const newline = 0x0a;
const quote = 0x22;
const carriageReturn = 0x0d;
const comma = 0x2c;

/**
 * How a CSV file can be read. 'plain': no quotes and no "\r", so it splits at every "\n"
 * and ",". 'quoted': no "\r", and every quote opens a field, closes one (followed by ",",
 * "\n" or the end) or is doubled inside one; such a file splits as plainly once quoted
 * fields are joined across lines. Both are read line by line in chunks, several times
 * faster than csv-parse and without the whole file as one string (V8 caps strings at
 * 512 MB; a country's observations can be more). 'other' (CRLF, stray or unclosed quotes,
 * an empty file) goes to csv-parse, whose records and messages stay the reference.
 */
export type CsvShape = 'plain' | 'quoted' | 'other';

export function csvShape(path: string): CsvShape {
  const fd = openSync(path, 'r');
  try {
    if (fstatSync(fd).size === 0) return 'other';
    const buffer = Buffer.allocUnsafe(chunkBytes);
    let quoted = false;
    let inQuotes = false;
    // A quote inside a quoted field that ended its chunk: the next byte decides what it was.
    let quoteAtEnd = false;
    let previous = newline;
    let first = true;
    for (;;) {
      const read = readSync(fd, buffer, 0, chunkBytes, null);
      if (read === 0) return inQuotes && !quoteAtEnd ? 'other' : quoted ? 'quoted' : 'plain';
      const view = read === chunkBytes ? buffer : buffer.subarray(0, read);
      if (view.includes(carriageReturn)) return 'other';
      let at = 0;
      // Where the file's first field starts (after a byte-order mark); -1 in later chunks.
      let fileStart = -1;
      if (first) {
        first = false;
        if (read >= 3 && view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf) at = 3;
        fileStart = at;
      }
      if (quoteAtEnd) {
        quoteAtEnd = false;
        const next = view[0];
        if (next === quote) at = Math.max(at, 1);
        else if (next === comma || next === newline) inQuotes = false;
        else return 'other';
      }
      for (;;) {
        const found = view.indexOf(quote, at);
        if (found === -1) break;
        quoted = true;
        if (!inQuotes) {
          const before = found > 0 ? view[found - 1] : previous;
          if (found !== fileStart && before !== comma && before !== newline) return 'other';
          inQuotes = true;
          at = found + 1;
          continue;
        }
        if (found + 1 === view.length) {
          quoteAtEnd = true;
          break;
        }
        const next = view[found + 1];
        if (next === quote) at = found + 2;
        else if (next === comma || next === newline) {
          inQuotes = false;
          at = found + 1;
        } else return 'other';
      }
      previous = view[view.length - 1] ?? newline;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Calls onLine for every line of a plain file (see isPlainCsv), with the chunk's text
 * and the line's bounds in it, so callers slice only the fields they need. Lines are
 * numbered from 1 as an editor shows them; a leading byte-order mark is skipped.
 * Chunks are cut after a "\n", which never occurs inside a multi-byte UTF-8 character.
 */
export function forEachPlainLine(path: string, onLine: (text: string, start: number, end: number, line: number) => void): void {
  const fd = openSync(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(chunkBytes);
    let carried = 0;
    let line = 0;
    let first = true;
    for (;;) {
      if (carried === buffer.length) {
        // One line longer than a chunk: grow rather than split it.
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, carried);
        buffer = larger;
      }
      const read = readSync(fd, buffer, carried, buffer.length - carried, null);
      const filled = carried + read;
      const atEnd = read === 0;
      const cut = atEnd ? filled : buffer.lastIndexOf(newline, filled - 1) + 1;
      if (cut > 0) {
        let from = 0;
        if (first && cut >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) from = 3;
        first = false;
        const text = buffer.toString('utf8', from, cut);
        let start = 0;
        while (start < text.length) {
          let end = text.indexOf('\n', start);
          if (end === -1) end = text.length;
          onLine(text, start, end, (line += 1));
          start = end + 1;
        }
      }
      if (atEnd) return;
      carried = filled - cut;
      if (carried > 0) buffer.copy(buffer, 0, cut, filled);
    }
  } finally {
    closeSync(fd);
  }
}
