/**
 * The post inside an embed frame (X's or Bluesky's), read from inside the frame: the frames
 * content script runs in every frame of those hosts. The frame's address gives the post's id (X) or
 * its author's DID and record key (Bluesky); the author's handle is what the platform itself
 * rendered, so a publisher cannot dress one post up as another. A frame holds one post, so the
 * frame's body is the "post" and the overlay goes at its top.
 */
import { cleanHandle } from '../bluesky/handle';
import { tidTime } from '../bluesky/tid';
import { EMBED_PERMALINK } from '../embeds/selectors';
import { epochOf, type SiteAdapter, type SitePost } from '../site-adapter';
import { xSnowflakeTime } from '../x/snowflake';
import { BLUESKY_FRAME_HOST, BLUESKY_FRAME_PATH, BLUESKY_PROFILE_URL, X_FRAME_HOSTS, X_FRAME_PATH, embedFramesSelectors as s } from './selectors';

type FrameKind = { platform: 'x'; statusId: string } | { platform: 'bluesky'; did: string; rkey: string };

/** Which embed frame this address is, if any. */
export function frameKind(location: { hostname: string; pathname: string; search: string }): FrameKind | null {
  if (X_FRAME_HOSTS.includes(location.hostname) && X_FRAME_PATH.test(location.pathname)) {
    const id = new URLSearchParams(location.search).get('id');
    return id && /^\d{1,25}$/.test(id) ? { platform: 'x', statusId: id } : null;
  }
  if (location.hostname === BLUESKY_FRAME_HOST) {
    const match = BLUESKY_FRAME_PATH.exec(decodeURIComponent(location.pathname));
    return match ? { platform: 'bluesky', did: match[1]!, rkey: match[2]! } : null;
  }
  return null;
}

export function createEmbedFrameSite(doc: Document): SiteAdapter {
  const kind = doc.location ? frameKind(doc.location) : null;

  const readX = (statusId: string): SitePost['author'] => {
    for (const link of doc.querySelectorAll(s.xStatusLink)) {
      const match = EMBED_PERMALINK.exec(link.getAttribute('href') ?? '');
      if (match?.[2] === statusId) return { platform: 'x', handle: match[1]! };
    }
    return null;
  };

  const readBluesky = (did: string): SitePost['author'] => {
    // The handle Bluesky rendered inside the author's own profile link (every link there uses the DID).
    for (const link of doc.querySelectorAll(s.blueskyProfileLink)) {
      if (BLUESKY_PROFILE_URL.exec(link.getAttribute('href') ?? '')?.[1] !== did) continue;
      for (const paragraph of link.querySelectorAll(s.paragraph)) {
        const text = paragraph.textContent.trim();
        const handle = text.startsWith('@') ? cleanHandle(text) : null;
        if (handle) return { platform: 'bluesky', handle, userId: did };
      }
    }
    return { platform: 'bluesky', handle: null, userId: did };
  };

  return {
    findPosts: () => (kind && doc.body ? [doc.body] : []),
    enclosingPost: () => (kind && doc.body ? doc.body : null),
    readPost(element): SitePost {
      const base = { element, kind: 'post' as const, reposter: null, quoted: null };
      if (!kind) return { ...base, statusId: null, author: null, time: null };
      if (kind.platform === 'x') return { ...base, statusId: kind.statusId, author: readX(kind.statusId), time: xSnowflakeTime(kind.statusId) };
      const time = epochOf(doc.querySelector(s.time)?.getAttribute('datetime')) ?? tidTime(kind.rkey);
      return { ...base, statusId: kind.rkey, author: readBluesky(kind.did), time };
    },
    overlayAnchor: (post, role) => (role === 'author' ? post.element : null),
    placement: 'prepend',
  };
}
