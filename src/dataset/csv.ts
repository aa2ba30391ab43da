/**
 * CSV as spreadsheets read it (RFC 4180, CRLF). Every cell is quoted, and a cell that a spreadsheet
 * would run as a formula (=, +, -, @ first) starts with an apostrophe: imported packs can carry any
 * text, and a record's CSV is opened by people who trust it.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** A header and rows as one CSV text, ending in a line break. */
export function csvText(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
