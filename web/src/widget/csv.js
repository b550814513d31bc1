// The schedule as CSV for a spreadsheet: plain numbers with a "." decimal point and ISO dates, so
// any spreadsheet in any locale reads them as numbers and dates; only the header is translated.
import { SCHEDULE_COLUMNS } from './schedule-table.js';

const quote = (value) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function scheduleCsv(schedule, t) {
  const lines = [SCHEDULE_COLUMNS.map((column) => quote(t(`columns.${column}`))).join(',')];
  for (const row of schedule.installments) lines.push(SCHEDULE_COLUMNS.map((column) => quote(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Offers `text` as a file download, from inside a shadow root (the link is never attached). */
export function downloadText(text, filename, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
