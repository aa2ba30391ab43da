/**
 * Every host Precedent runs on without being asked, declared up front in the manifest (the content
 * scripts' matches). Other sites (news pages, Mastodon servers) are switched on one origin at a time.
 */
export { X_MATCHES } from './x/hosts';

/** Bluesky's web app. */
export const BLUESKY_MATCHES = ['https://bsky.app/*'];
/** Truth Social's web app. */
export const TRUTH_SOCIAL_MATCHES = ['https://truthsocial.com/*'];
/**
 * The frames X and Bluesky render embedded posts in, on any page. The frames script runs in them
 * (all frames) but annotates only when the page around the frame is a site the user switched on.
 */
export const EMBED_FRAME_MATCHES = ['https://platform.twitter.com/embed/*', 'https://platform.x.com/embed/*', 'https://embed.bsky.app/embed/*'];
