/** Formatting of dataset values for display. */
import { i18n } from '../i18n/current';

/** "8 Jan 2021", "Jan 2021" or "2021" in the current language: never more precise than the record. */
export const formatPartialDate = (date: string): string => i18n().partialDate(date);
/** The Gregorian companion of a date shown in another calendar, or null (src/i18n/translate.ts). */
export const gregorianAlso = (date: string): string | null => i18n().gregorianAlso(date);

export const formatInstant = (at: number): string => i18n().instant(at);

/** The URL if it is https without credentials, else null: only such links leave the extension. */
export function safeHttpsUrl(raw: string | undefined): string | null {
  try {
    const url = new URL(raw ?? ''); // a missing or empty address throws: no link
    return url.protocol === 'https:' && !url.username && !url.password ? url.href : null;
  } catch {
    return null; // not a URL: render as text, never as a link
  }
}

/** The host a link really goes to ("www.reuters.com"), shown beside it: a title or publisher can say anything. */
export function linkHost(raw: string | undefined): string | null {
  const safe = safeHttpsUrl(raw);
  // "www." says nothing about who publishes: dropped, as browsers' address bars do.
  return safe ? new URL(safe).hostname.replace(/^www\./, '') : null;
}

/**
 * Text the user or a record supplies, isolated for display inside a translated sentence (first-strong
 * isolate … pop directional isolate): a name holding U+202E cannot turn the sentence around it.
 */
export const isolated = (text: string): string => `\u2068${text}\u2069`;
