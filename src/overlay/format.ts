/** Formatting of dataset values for display. */
import { i18n } from '../i18n/current';

/** "8 Jan 2021", "Jan 2021" or "2021" in the current language: never more precise than the record. */
export const formatPartialDate = (date: string): string => i18n().partialDate(date);

export const formatInstant = (at: number): string => i18n().instant(at);

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
