/** What one shadow root shows: the badge, and the panel below it while open. */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { BadgeSummary } from '../dataset/badge-summary';
import type { AccountProfile, RecordLookup } from '../dataset/queries';
import { Badge, RecordSummary } from './Badge';
import { text } from './labels';
import { Panel } from './Panel';
import type { Display, OverlayRole } from './types';
import { ViewLinksContext } from './ViewLink';

export interface AnnotationProps {
  /** What the badge shows (at hand in the content script). */
  summary: BadgeSummary;
  /** The panel's detail: null until the background has sent it. */
  profile: AccountProfile | null;
  /** Fetching the detail failed for good: the open panel says so. */
  detailFailed?: boolean;
  /** Asks for the detail (the reader points at, focuses or opens the badge). */
  onWantDetail?: (() => void) | undefined;
  records: RecordLookup;
  role: OverlayRole;
  /** The post's instant (epoch ms); "now" for posts without a date. */
  at: number;
  open: boolean;
  /** Unique within the page, for aria-controls. */
  panelId: string;
  onToggle: () => void;
  density?: Display['density'];
  /** The minimal badge (icon and count): the author's post on their own profile page. */
  compact?: boolean;
  /** Opens an extension view (account, clause lens) in a tab; absent where that is impossible. */
  onOpenView?: ((view: string) => void) | undefined;
}

export function Annotation(props: AnnotationProps) {
  const { summary, profile, records, role, at, open, panelId, onToggle, density, compact = false, onOpenView, onWantDetail } = props;
  const badge = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const wasOpen = useRef(open);
  const focusWhenLoaded = useRef(false);
  // Read while rendering, when the "loading" placeholder is still on the page: if it holds focus,
  // the record that replaces it takes it over.
  if (open && profile && panel.current?.classList.contains('panel-pending')) {
    focusWhenLoaded.current = (panel.current.getRootNode() as Document | ShadowRoot).activeElement === panel.current;
  }
  // Opening moves focus to the panel (a labelled region), so that screen readers announce it;
  // Escape brings focus back to the badge. Without scrolling: the panel opens where the reader is.
  useEffect(() => {
    if ((open && !wasOpen.current) || focusWhenLoaded.current) panel.current?.focus({ preventScroll: true });
    focusWhenLoaded.current = false;
    wasOpen.current = open;
  }, [open, profile]);
  const close = () => {
    onToggle();
    badge.current?.focus();
  };
  const toggle = () => {
    onWantDetail?.();
    onToggle();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) close();
  };
  return (
    <ViewLinksContext.Provider value={onOpenView ? { open: onOpenView } : {}}>
      <div class={`annotation annotation--${role}`} onKeyDown={onKeyDown}>
        <Badge buttonRef={badge} summary={summary} role={role} at={at} open={open} panelId={panelId} onToggle={toggle} compact={compact} onApproach={onWantDetail} />
        {density === 'summary' && !compact && <RecordSummary summary={summary} />}
        {open && profile && <Panel id={panelId} profile={profile} records={records} at={at} role={role} sectionRef={panel} onClose={close} />}
        {open && !profile && <PanelPending id={panelId} failed={props.detailFailed === true} sectionRef={panel} />}
      </div>
    </ViewLinksContext.Provider>
  );
}

/**
 * The panel while its detail is on its way from the background (a few milliseconds, usually there
 * before the click: pointing at the badge asks for it), or when it could not be fetched. Announced
 * politely; the panel replaces it in place.
 */
function PanelPending({ id, failed, sectionRef }: { id: string; failed: boolean; sectionRef: RefObject<HTMLElement | null> }) {
  return (
    <section ref={sectionRef} id={id} class="panel-pending" aria-busy={!failed} tabIndex={-1}>
      <p role="status">{failed ? text.recordUnavailable : text.recordLoading}</p>
    </section>
  );
}
