/** Formatting of dataset values for display. */
import { precisionOf } from '../dataset/dates';

const FORMATS = {
  year: new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', timeZone: 'UTC' }),
  day: new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
};

/** "8 Jan 2021", "Jan 2021" or "2021": never more precise than the record. */
export function formatPartialDate(date: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return FORMATS[precisionOf(date)].format(Date.UTC(year, month - 1, day));
}

export function formatInstant(at: number): string {
  return FORMATS.day.format(at);
}

/** The URL if it is https, else null: only https links leave the extension. */
export function safeHttpsUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null; // not a URL: render as text, never as a link
  }
}
