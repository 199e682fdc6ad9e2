// The analysis tables as CSV: UTF-8 with BOM (opens right in Excel) and formula cells neutralised, through the same
// writer as the geocode CLI.
import { toCsv } from '../../lib/write/csv.ts';

export function downloadCsv(fileName: string, headers: readonly string[], rows: readonly (readonly (string | number)[])[]): void {
  const text = toCsv(
    headers,
    rows.map((r) => r.map(String)),
  );
  saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** Hand a blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
