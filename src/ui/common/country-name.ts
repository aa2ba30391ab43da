import { i18n } from '../../i18n/current';

/** A country's name in the reader's language ("RU" → "Russia", "روسیه"); the code where the runtime has no name. */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([i18n().locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
