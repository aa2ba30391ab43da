/** One account, exactly as the on-post panel shows it, as of now (linkable: #/account/<id>). */
import type { DatasetQueries } from '../../dataset/queries';
import { Panel } from '../../overlay/Panel';
import { ui } from '../strings';

export function AccountView({ id, queries }: { id: string; queries: DatasetQueries }) {
  const profile = queries.profile(id);
  if (!profile) return <p class="empty">{ui.notFound}</p>;
  return <Panel id="account-panel" profile={profile} records={queries} at={Date.now()} />;
}
