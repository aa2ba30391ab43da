/**
 * The compiled dataset: what the build bundles into the extension and what `npm run data:export`
 * prints. Flat lists (accounts and events lifted out of their entity files) so that consumers can
 * index them without knowing the file layout.
 */
import type { AccountRecord, DatasetMeta, EntityFile, EventRecord, PolicyRecord } from './schema';

export const DATASET_FORMAT = 1;

export type EntityRecord = Omit<EntityFile, 'accounts' | 'events'>;
export type CompiledAccount = AccountRecord & { entity: string };
/** What matching a post's author needs of an account (src/matching/matcher.ts). */
export type MatchableAccount = Pick<CompiledAccount, 'id' | 'platform' | 'handles' | 'userId'>;

export interface CompiledDataset {
  format: typeof DATASET_FORMAT;
  meta: DatasetMeta;
  entities: EntityRecord[];
  accounts: CompiledAccount[];
  /** Newest first. */
  events: EventRecord[];
  policies: PolicyRecord[];
}
