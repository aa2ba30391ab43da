// @vitest-environment happy-dom
/**
 * The sites' small readers at their edges (docs/mutation.md): Bluesky's theme class, an embed frame's
 * theme from its address, a Bluesky record key's date bounds, X's Snowflake ids by length, and a
 * Bluesky handle as printed ("@" only at its start, whitespace around it).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBlueskyTheme } from '../../src/sites/bluesky/theme';
import { readFrameTheme } from '../../src/sites/embed-frames/theme';
import { tidTime } from '../../src/sites/bluesky/tid';
import { xSnowflakeTime } from '../../src/sites/x/snowflake';
import { cleanHandle } from '../../src/sites/bluesky/handle';
import { setPageUrl } from '../support/dom';

describe('themes', () => {
  afterEach(() => {
    document.documentElement.className = '';
    vi.restoreAllMocks();
  });

  it('Bluesky: the theme class on the root, else light', () => {
    document.documentElement.className = 'some theme--dim other';
    expect(readBlueskyTheme(document)).toBe('dim');
    document.documentElement.className = 'some';
    expect(readBlueskyTheme(document)).toBe('light');
  });

  it('an embed frame: the theme its address asks for, else colorMode, else the system’s', () => {
    const system = vi.spyOn(window, 'matchMedia').mockReturnValue({ matches: false } as MediaQueryList);
    setPageUrl('https://embed.bsky.app/embed/x?colorMode=dark');
    expect(readFrameTheme(document)).toBe('dark'); // the system is light: the address decided
    system.mockReturnValue({ matches: true } as MediaQueryList);
    setPageUrl('https://platform.twitter.com/embed/Tweet.html?id=1&theme=light');
    expect(readFrameTheme(document)).toBe('light');
    setPageUrl('https://embed.bsky.app/embed/x?colorMode=system');
    expect(readFrameTheme(document)).toBe('dark'); // the system's, mocked dark
    setPageUrl('https://platform.twitter.com/embed/Tweet.html?id=1&theme=dim');
    expect(readFrameTheme(document)).toBe('dark');
  });
});

describe('dates from ids', () => {
  it('a Bluesky record key dates from 2022 to a day ahead', () => {
    const now = Date.UTC(2026, 0, 1);
    // A TID for an instant: microseconds, shifted 10 bits, in base32-sortable.
    const tid = (ms: number) => {
      let value = BigInt(ms) * 1000n * 1024n;
      let out = '';
      for (let i = 0; i < 13; i++) {
        out = '234567abcdefghijklmnopqrstuvwxyz'[Number(value % 32n)] + out;
        value /= 32n;
      }
      return out;
    };
    expect(tidTime(tid(Date.UTC(2024, 0, 1)), now)).toBe(Date.UTC(2024, 0, 1));
    expect(tidTime(tid(Date.UTC(2022, 0, 1)), now)).toBe(Date.UTC(2022, 0, 1));
    expect(tidTime(tid(Date.UTC(2022, 0, 1) - 1), now)).toBeNull();
    expect(tidTime(tid(now + 86_400_000), now)).toBe(now + 86_400_000);
    expect(tidTime(tid(now + 86_400_001), now)).toBeNull();
    expect(tidTime('not-a-tid', now)).toBeNull();
  });

  it('a Bluesky record key that is not a TID dates nothing, even one a character off', () => {
    // Custom record keys are allowed; '3lrvwaoaanv2b' is a TID of June 2025, its upper-case twin is not.
    const now = Date.UTC(2026, 0, 1);
    expect(tidTime('3lrvwaoaanv2b', now)).not.toBeNull();
    expect(tidTime('3lrvwaoaanv2B', now)).toBeNull();
  });

  it('an X id of 17 digits or more is a Snowflake; a shorter one dates nothing', () => {
    expect(xSnowflakeTime('12345678901234567')).not.toBeNull();
    expect(xSnowflakeTime('1234567890123456')).toBeNull();
  });
});

describe('Bluesky handles as printed', () => {
  it('lose one leading "@" only', () => {
    expect(cleanHandle('@someone.bsky.social')).toBe('someone.bsky.social');
    expect(cleanHandle('some@one.bsky.social')).toBeNull();
  });

  it('lose the whitespace around them, as text in markup has it', () => {
    expect(cleanHandle('\n  @someone.bsky.social\n')).toBe('someone.bsky.social');
  });
});
