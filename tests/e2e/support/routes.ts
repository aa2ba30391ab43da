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
