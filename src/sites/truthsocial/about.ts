/** Truth Social's web app (docs/sites.md): a Soapbox-derived front end on a Mastodon back end. */
import { aboutSite } from '../site-definition';

export const truthSocialAbout = aboutSite({
  id: 'truthsocial',
  name: 'Truth Social',
  runs: { kind: 'built-in', matches: ['https://truthsocial.com/*'] },
});
