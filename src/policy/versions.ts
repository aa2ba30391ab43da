/** Picks the version of a policy clause that was in force at a given instant. */
import { endOf, isWithin, startOf } from '../dataset/dates';
import type { PolicyRecord, PolicyVersion } from '../dataset/schema';

export type VersionAt =
  | { status: 'in-force'; version: PolicyVersion }
  /** The instant predates the clause, which began with its first version. */
  | { status: 'not-yet'; version: PolicyVersion }
  /** The instant predates the earliest wording on record, and the clause may be older. */
  | { status: 'unrecorded'; version: PolicyVersion }
  /** The clause had ended (or the instant falls in a gap between versions); `version` is the last before it. */
  | { status: 'ended'; version: PolicyVersion };

export function versionAt(policy: PolicyRecord, at: number): VersionAt {
  const inForce = policy.versions.find((v) => isWithin(at, v.from, v.to));
  if (inForce) return { status: 'in-force', version: inForce };
  const first = policy.versions[0];
  if (!first) throw new Error(`policy ${policy.id} has no versions`); // the schema requires one
  if (at < startOf(first.from)) return { status: first.fromIsEarliestRecord ? 'unrecorded' : 'not-yet', version: first };
  const before = policy.versions.filter((v) => v.to !== null && endOf(v.to) < at);
  return { status: 'ended', version: before[before.length - 1] ?? first };
}
