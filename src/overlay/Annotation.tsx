/** What one shadow root shows: the badge, and the panel below it while open. */
import { useEffect, useRef } from 'preact/hooks';
import type { AccountProfile, RecordLookup } from '../dataset/queries';
import { Badge, RecordSummary } from './Badge';
import { Panel } from './Panel';
import type { Display, OverlayRole } from './types';
import { ViewLinksContext } from './ViewLink';

export interface AnnotationProps {
  profile: AccountProfile;
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
  const { profile, records, role, at, open, panelId, onToggle, density = 'badge', compact = false, onOpenView } = props;
  const badge = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const wasOpen = useRef(open);
  // Opening moves focus to the panel (a labelled region), so that screen readers announce it;
  // Escape brings focus back to the badge. Without scrolling: the panel opens where the reader is.
  useEffect(() => {
    if (open && !wasOpen.current) panel.current?.focus({ preventScroll: true });
    wasOpen.current = open;
  }, [open]);
  const close = () => {
    onToggle();
    badge.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) close();
  };
  return (
    <ViewLinksContext.Provider value={onOpenView ? { open: onOpenView } : {}}>
      <div class={`annotation annotation--${role}`} onKeyDown={onKeyDown}>
        <Badge buttonRef={badge} profile={profile} role={role} at={at} open={open} panelId={panelId} onToggle={onToggle} compact={compact} />
        {density === 'summary' && !compact && <RecordSummary profile={profile} />}
        {open && <Panel id={panelId} profile={profile} records={records} at={at} role={role} sectionRef={panel} onClose={close} />}
      </div>
    </ViewLinksContext.Provider>
  );
}
