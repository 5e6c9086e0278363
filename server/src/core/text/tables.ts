// GFM tables read from the source text: the header of the column an offset falls in.

/** A delimiter row: "|---|:---:|", "--- | ---". */
const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** The cells of a table line, without the outer pipes (an escaped pipe stays in its cell). */
function cells(line: string): string[] {
  const body = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return body.split(/(?<!\\)\|/).map((c) => c.trim());
}

/**
 * The header of the column that `at` falls in, when `at` is in a body row of a GFM table ("PESA rules
 * notified" for the date of "| Chhattisgarh | 8 August 2022 | 5,050 |"); undefined elsewhere, in the
 * header row itself, or in a table without a delimiter row. Reads at most 200 lines up.
 */
export function columnHeader(text: string, at: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  if (!line.includes('|') || DELIMITER.test(line)) return undefined;
  // Up to the delimiter row; the header is the line above it.
  let end = lineStart - 1;
  for (let n = 0; end > 0 && n < 200; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const above = text.slice(start, end).replace(/\r$/, '');
    if (!above.includes('|') && !DELIMITER.test(above)) return undefined;
    if (DELIMITER.test(above)) {
      if (start === 0) return undefined;
      const headerStart = text.lastIndexOf('\n', start - 2) + 1;
      const header = cells(text.slice(headerStart, start - 1).replace(/\r$/, ''));
      const before = line.slice(0, at - lineStart);
      const column = (before.match(/(?<!\\)\|/g) ?? []).length - (/^\s*\|/.test(line) ? 1 : 0);
      return column >= 0 && column < header.length ? header[column] || undefined : undefined;
    }
    end = start - 1;
  }
  return undefined;
}

/** Whether `at` is in the header row of a GFM table: a line with a pipe right above a delimiter row. */
export function inHeaderRow(text: string, at: number): boolean {
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) return false;
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, lineEnd);
  if (!line.includes('|') || DELIMITER.test(line)) return false;
  let nextEnd = text.indexOf('\n', lineEnd + 1);
  if (nextEnd < 0) nextEnd = text.length;
  return DELIMITER.test(text.slice(lineEnd + 1, nextEnd).replace(/\r$/, ''));
}
