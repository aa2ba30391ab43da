/** The x.com URLs the end-to-end tests visit and the fixture served for each. */
import type { PageMap } from './pages';

export const HOME = 'https://x.com/home';
export const STATUS = 'https://x.com/realDonaldTrump/status/1266237079679935485';
export const PROFILE = 'https://x.com/khamenei_ir';
export const SEARCH = 'https://x.com/search?q=sanctions&src=typed_query';
export const LEGACY_HOME = 'https://twitter.com/home';

export const X_PAGES: PageMap = {
  'x.com/home': 'x/home-2025.html',
  'x.com/realDonaldTrump/status/1266237079679935485': 'x/status-2025.html',
  'x.com/khamenei_ir': 'x/profile-2025.html',
  'x.com/search': 'x/search-2025.html',
  'twitter.com/home': 'real/x-home-timeline-2021.html',
};

/** Every host the manifest declares, each serving the 2025 home timeline at /home. */
export const ALL_X_HOSTS = ['x.com', 'twitter.com', 'mobile.twitter.com', 'mobile.x.com', 'pro.x.com'];

/** The markers each page must carry with the bundled dataset, in document order. */
export const EXPECTED_MARKERS = {
  home: [
    'author x-realdonaldtrump',
    'author x-khamenei-ir',
    'quoted x-realdonaldtrump',
    'reposter x-khamenei-ir',
    'quoted x-realdonaldtrump',
  ],
  status: ['author x-realdonaldtrump', 'author x-khamenei-ir'],
  search: ['author x-realdonaldtrump', 'quoted x-khamenei-ir'],
};

/** Status ids in home-2025.html. */
export const HOME_IDS = {
  trump: '1266237079679930402',
  khameneiReposted: '1932732034053050419',
  untracked: '1933167692215226385',
  spoof: '1933075170063290504',
};

/** The other sites' pages (tests/fixtures/sites/) and the fixture served for each. */
export const BLUESKY = {
  feed: 'https://bsky.app/',
  thread: 'https://bsky.app/profile/jd-vance-1.bsky.social/post/3m24yhuew5v2b',
  profile: 'https://bsky.app/profile/jd-vance-1.bsky.social',
};
export const TRUTH_SOCIAL_PROFILE = 'https://truthsocial.com/@realDonaldTrump';
export const NEWS = 'https://news.example/2025/11/leaders';
export const MASTODON_HOME = 'https://social.example.net/home';

export const OTHER_PAGES: PageMap = {
  'bsky.app/': 'sites/bluesky-feed-2025.html',
  'bsky.app/profile/jd-vance-1.bsky.social/post/3m24yhuew5v2b': 'sites/bluesky-thread-2025.html',
  'bsky.app/profile/jd-vance-1.bsky.social': 'sites/bluesky-profile-2025.html',
  'truthsocial.com/@realDonaldTrump': 'sites/truthsocial-profile-2025.html',
  'news.example/2025/11/leaders': 'sites/news-2026.html',
  'social.example.net/home': 'sites/mastodon-home-4.html',
  'platform.twitter.com/embed/Tweet.html': 'sites/x-embed-frame.html',
  'embed.bsky.app/embed/did:plc:fixturevanceaaaaaaaaaaaa/app.bsky.feed.post/3m24yhuew5v2b': 'sites/bluesky-embed-frame.html',
};

/** With the bundled dataset (JD Vance's and Lula's Bluesky accounts, Trump's Truth Social account). */
export const OTHER_MARKERS = {
  blueskyFeed: [
    'quoted bluesky-jd-vance-1',
    'author bluesky-jd-vance-1',
    'author bluesky-lulaoficial',
    'reposter bluesky-jd-vance-1',
    'quoted bluesky-lulaoficial',
    'author bluesky-jd-vance-1',
  ],
  blueskyThread: ['author bluesky-jd-vance-1', 'author bluesky-lulaoficial'],
  blueskyProfile: ['profile bluesky-jd-vance-1', 'author bluesky-jd-vance-1', 'reposter bluesky-jd-vance-1', 'author bluesky-jd-vance-1'],
  truthSocial: ['author truthsocial-realdonaldtrump', 'reposter truthsocial-realdonaldtrump', 'author truthsocial-realdonaldtrump'],
  /** The Mastodon server: the remote Truth Social account, twice (no Mastodon account of this server is in the dataset). */
  mastodon: ['author truthsocial-realdonaldtrump', 'author truthsocial-realdonaldtrump'],
};
