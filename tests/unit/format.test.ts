import { describe, expect, it } from 'vitest';
import { formatPartialDate, isolated, linkHost, safeHttpsUrl } from '../../src/overlay/format';
import { namesForReader } from '../../src/overlay/RecordLists';

describe('formatting', () => {
  it('shows a date no more precisely than recorded', () => {
    expect(formatPartialDate('2021-01-08')).toBe('Jan 8, 2021');
    expect(formatPartialDate('2021-01')).toBe('Jan 2021');
    expect(formatPartialDate('2021')).toBe('2021');
  });

  it('keeps only https links', () => {
    expect(safeHttpsUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    for (const unsafe of ['http://example.org', 'javascript:alert(1)', 'data:text/html,x', 'JaVaScRiPt:alert(1)', '//example.org', 'not a url', undefined])
      expect(safeHttpsUrl(unsafe), String(unsafe)).toBeNull();
  });
});

describe('links and isolation', () => {
  it('never links a URL with credentials, and names the host a link really goes to', () => {
    expect(safeHttpsUrl('https://google.com@evil.example/x')).toBeNull();
    expect(safeHttpsUrl('https://user:pass@example.org/')).toBeNull();
    expect(linkHost('https://www.reuters.com/world/x')).toBe('reuters.com');
    expect(linkHost('https://wwwreuters.com/')).toBe('wwwreuters.com');
    expect(linkHost('https://news.www.example/')).toBe('news.www.example');
    expect(linkHost('http://www.reuters.com/')).toBeNull();
  });

  it('isolates supplied text between first-strong and pop isolates', () => {
    expect(isolated('a\u202Eb')).toBe('\u2068a\u202Eb\u2069');
  });
});

describe('names for the reader', () => {
  const names = { en: 'Ali Khamenei', fa: 'سید علی خامنه‌ای', ar: 'علي خامنئي' };
  it('puts the reader’s own language first, then English, then the others, each once', () => {
    expect(namesForReader(names, 'fa').map(([lang]) => lang)).toEqual(['fa', 'en', 'ar']);
    expect(namesForReader(names, 'ar').map(([lang]) => lang)).toEqual(['ar', 'en', 'fa']);
    expect(namesForReader(names, 'en').map(([lang]) => lang)).toEqual(['en', 'fa', 'ar']);
    expect(namesForReader(names, 'ru').map(([lang]) => lang)).toEqual(['en', 'fa', 'ar']);
    expect(namesForReader({ en: 'Recep Tayyip Erdoğan', tr: 'Recep Tayyip Erdoğan' }, 'en')).toEqual([['en', 'Recep Tayyip Erdoğan']]);
  });
});
