/** Wiring only: the content script for the origins the user switched on, trying its sites in the list's order. */
import index from 'virtual:precedent-index/mastodon,truthsocial,x,bluesky';
import { switchedOnContentScript } from '../../src/content/content-scripts';
import { embedsSite } from '../../src/sites/embeds';
import { mastodonSite } from '../../src/sites/mastodon';

export default switchedOnContentScript([mastodonSite, embedsSite], index);
