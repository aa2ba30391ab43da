/** Every X host Precedent runs on, declared up front in the manifest (issue #2). */
export const X_MATCHES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.twitter.com/*',
  'https://mobile.x.com/*',
  'https://pro.x.com/*',
];
