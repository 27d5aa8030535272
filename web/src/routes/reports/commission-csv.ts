export interface CsvRow {
  month: string;
  seller: string;
  planned: string;
  received: string;
}

/** CSV for spreadsheets: `;`-separated (Russian Excel), decimals as the server sent them, quoted when needed. */
export function commissionCsv(rows: readonly CsvRow[], header: readonly [string, string, string, string]): string {
  const cell = (value: string) => (/[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [header, ...rows.map((r) => [r.month, r.seller, r.planned, r.received])].map((line) => line.map(cell).join(';')).join('\r\n') + '\r\n';
}
