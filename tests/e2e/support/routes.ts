/** The x.com URLs the end-to-end tests visit and the fixture served for each. */
import type { PageMap } from './pages';

export const HOME = 'https://x.com/home';
export const STATUS = 'https://x.com/realDonaldTrump/status/1266237079679935485';
export const PROFILE = 'https://x.com/khamenei_ir';
export const SEARCH = 'https://x.com/search?q=sanctions&src=typed_query';
export const LEGACY_HOME = 'https://twitter.com/home';
/** A list of official accounts: posts by office accounts either side of a change of holder (tests/fixtures/x/README.md). */
export const HANDOVERS = 'https://x.com/i/lists/1860000000000000001';

export const X_PAGES: PageMap = {
  'x.com/home': 'x/home-2025.html',
  'x.com/realDonaldTrump/status/1266237079679935485': 'x/status-2025.html',
  'x.com/khamenei_ir': 'x/profile-2025.html',
  'x.com/search': 'x/search-2025.html',
  'twitter.com/home': 'real/x-home-timeline-2021.html',
  'x.com/i/lists/1860000000000000001': 'x/handovers-2025.html',
};

/**
 * The markers on handovers-2025.html: each @POTUS post on its administration's account (2016 Obama,
 * 2018 Trump, 2022 Biden, 2025 Trump's second term), then the office accounts.
 */
export const HANDOVER_MARKERS = [
  'author x-potus44',
  'author x-potus45',
  'author x-potus-biden',
  'author x-potus-trump-2025',
  'author x-kremlinrussia-e',
  'author x-kremlinrussia-e',
  'author x-elysee',
  'author x-elysee',
  'author x-elysee',
];

/** Status ids in handovers-2025.html, by handle and date. */
export const HANDOVER_IDS = {
  potus2016: '738022288390036480',
  potus2018: '1002565430278036481',
  potus2022: '1532014101919636482',
  potus2025: '1929553590482836483',
  kremlin2011: '75864160466836484',
  kremlin2013: '340769690220436485',
  elysee2005: '10000006',
  elysee2014: '473041261164436487',
  elysee2020: '1267395462559636488',
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
/** The German federal government's account on its own server, as social.example.net shows it. */
export const MASTODON_GOVERNMENT = 'https://social.example.net/@Bundesregierung@social.bund.de';
/** A US federal agency's Bluesky profile. */
export const BLUESKY_GOVERNMENT = 'https://bsky.app/profile/icegov.bsky.social';

export const OTHER_PAGES: PageMap = {
  'bsky.app/': 'sites/bluesky-feed-2025.html',
  'bsky.app/profile/jd-vance-1.bsky.social/post/3m24yhuew5v2b': 'sites/bluesky-thread-2025.html',
  'bsky.app/profile/jd-vance-1.bsky.social': 'sites/bluesky-profile-2025.html',
  'truthsocial.com/@realDonaldTrump': 'sites/truthsocial-profile-2025.html',
  'news.example/2025/11/leaders': 'sites/news-2026.html',
  'social.example.net/home': 'sites/mastodon-home-4.html',
  'social.example.net/@Bundesregierung@social.bund.de': 'sites/mastodon-government-4.html',
  'bsky.app/profile/icegov.bsky.social': 'sites/bluesky-government-2025.html',
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
  /** The German federal government's profile on another server: the header, its post, its boost. */
  mastodonGovernment: ['profile mastodon-bundesregierung-social-bund-de', 'author mastodon-bundesregierung-social-bund-de', 'reposter mastodon-bundesregierung-social-bund-de'],
  /** ICE's Bluesky profile: the header, two own posts around a repost. */
  blueskyGovernment: ['profile bluesky-icegov', 'author bluesky-icegov', 'reposter bluesky-icegov', 'author bluesky-icegov'],
};
