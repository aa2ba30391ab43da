/**
 * Overlays and markers a destroyed predecessor left in the page: Firefox removes an add-on's
 * content scripts without notice (see src/overlay/page.css), so a reinstalled or updated
 * Precedent finds its old hosts (hidden) and markers still there. Removed once, at start.
 */
import { HOST_TAG, isLeftoverHost } from '../overlay/mount';
import { MARKER_ACCOUNT, MARKER_ROLE } from './annotator';

/** Precedent's own markers (not the site's markup, so not in a site's selectors file). */
const OWN_MARKERS = `[${MARKER_ACCOUNT}], [${MARKER_ROLE}]`;

export function removeLeftovers(doc: Document): number {
  // Only hosts an earlier Precedent made: a page element that shares the tag is the page's.
  const hosts = [...doc.querySelectorAll(HOST_TAG)].filter(isLeftoverHost);
  hosts.forEach((host) => host.remove());
  for (const element of doc.querySelectorAll(OWN_MARKERS)) {
    element.removeAttribute(MARKER_ACCOUNT);
    element.removeAttribute(MARKER_ROLE);
  }
  return hosts.length;
}
