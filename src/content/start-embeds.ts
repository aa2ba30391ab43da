/**
 * The content script for sites the user switched on (news pages and the like): finds embedded X
 * posts and puts the same badge and panel beside each one from a tracked account.
 *
 *   MutationObserver ──queues──▶ one batch per frame ──▶ embeds adapter (DOM → posts)
 *                                                          ├─▶ lookup (post → account)
 *                                                          └─▶ overlay, mounted after the embed
 *
 * State is keyed by the embed's element and status id; `stop()` removes every overlay and marker.
 */
import { PENDING } from '../matching/account-lookup';
import { HOST_TAG, mountAnnotation, type MountedAnnotation } from '../overlay/mount';
import type { Theme } from '../overlay/types';
import type { ThemeChoice } from '../settings/settings';
import { enclosingEmbed, findEmbeds, readEmbed } from '../sites/embeds/adapter';
import { observeInBatches } from './batch-observer';
import { createPendingPosts } from './pending-posts';
import type { StartOptions } from './start-x';
import { MARKER_ACCOUNT, MARKER_ROLE } from './x-annotator';

export type StartEmbedsOptions = StartOptions & { now?: () => number };

interface Applied {
  key: string;
  mount: MountedAnnotation;
}

let nextPanelId = 0;

/** Publishers' pages have their own colour schemes; the overlay follows the system's unless told. */
function themeFor(choice: ThemeChoice, doc: Document): Theme {
  if (choice !== 'site') return choice;
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function startEmbeds(options: StartEmbedsOptions): { stop(): void; size(): number } {
  const { doc, lookup, onError } = options;
  const display = options.display ?? { density: 'badge', show: { author: true, quoted: true, reposter: true } };
  const now = options.now ?? Date.now;
  const theme = themeFor(options.themeChoice ?? 'site', doc);
  const applied = new Map<HTMLElement, Applied>();
  const open = new Set<string>();
  /** Embeds whose author the background is being asked about. */
  const pending = createPendingPosts(lookup, (element) => processEmbed(element));

  const clear = (element: HTMLElement) => {
    const previous = applied.get(element);
    if (!previous) return;
    previous.mount.remove();
    element.removeAttribute(MARKER_ACCOUNT);
    element.removeAttribute(MARKER_ROLE);
    applied.delete(element);
  };

  const processEmbed = (element: HTMLElement) => {
    try {
      const post = readEmbed(element);
      const at = post?.time ?? now();
      const match = post && display.show.author ? lookup.match({ platform: 'x', handle: post.author, at }) : null;
      pending.waiting.delete(element);
      if (match === PENDING) {
        clear(element);
        pending.waiting.add(element);
        return;
      }
      const profile = match ? lookup.profile(match.id) : null;
      const key = `${post?.statusId ?? ''}:${profile?.account.id ?? ''}`;
      const previous = applied.get(element);
      if (previous && previous.key === key && previous.mount.host.isConnected) return;
      clear(element);
      if (!post || !profile) return;
      const stateKey = `${post.statusId}:author`;
      const panelId = `precedent-embed-panel-${nextPanelId++}`;
      const props = () => ({
        profile,
        records: lookup.records,
        role: 'author' as const,
        at,
        open: open.has(stateKey),
        panelId,
        density: display.density,
        onOpenView: options.onOpenView,
        onToggle: () => {
          if (open.has(stateKey)) open.delete(stateKey);
          else open.add(stateKey);
          mount.update(props(), theme);
        },
      });
      // After the blockquote, not inside it: X's widgets.js replaces the blockquote's contents.
      const mount = mountAnnotation(element, props(), theme);
      element.setAttribute(MARKER_ACCOUNT, profile.account.id);
      element.setAttribute(MARKER_ROLE, 'author');
      applied.set(element, { key, mount });
    } catch (error) {
      onError?.(error);
    }
  };

  const observer = observeInBatches(doc.documentElement, {
    isOwnNode: (node) => node.nodeName.toLowerCase() === HOST_TAG,
    schedule: options.schedule,
    isAlive: options.isAlive,
    onBatch: (added, touched) => {
      const embeds = new Set<HTMLElement>();
      for (const node of added) if (node.nodeType === 1) findEmbeds(node as Element).forEach((el) => embeds.add(el));
      for (const node of touched) {
        const embed = enclosingEmbed(node);
        if (embed) embeds.add(embed);
      }
      embeds.forEach(processEmbed);
    },
  });
  findEmbeds(doc).forEach(processEmbed);

  return {
    stop() {
      observer.disconnect();
      pending.stop();
      for (const element of [...applied.keys()]) clear(element);
      open.clear();
    },
    size: () => applied.size,
  };
}
