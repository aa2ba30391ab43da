/**
 * The extension's views, addressed by URL hash so that every record is linkable:
 *   #/                   search (popup home)
 *   #/entity/<id>        a person or body: offices, accounts on each platform, the whole record
 *   #/account/<id>       one account, as the on-post panel shows it
 *   #/policies           every clause with its versions
 *   #/clause/<id>        the consistency lens for a clause
 *   #/compare/<id>,<id>  two to four people or bodies side by side, clause by clause (none yet: #/compare)
 */
import { MAX_COMPARED } from '../dataset/compare';

export type View =
  | { name: 'home' }
  | { name: 'entity'; id: string }
  | { name: 'account'; id: string }
  | { name: 'policies' }
  | { name: 'clause'; id: string }
  | { name: 'compare'; ids: readonly string[] };

const ID = /^[a-z0-9][a-z0-9-]{0,119}$/;

export function parseView(hash: string): View {
  const [name, id, ...rest] = hash.replace(/^#\/?/, '').split('/');
  if (rest.length > 0) return { name: 'home' };
  if (name === 'policies' && id === undefined) return { name: 'policies' };
  if (name === 'compare') return compareView(id);
  const decoded = id === undefined ? undefined : decodePart(id);
  if ((name === 'entity' || name === 'account' || name === 'clause') && decoded !== undefined && ID.test(decoded)) return { name, id: decoded };
  return { name: 'home' };
}

export function viewHash(view: View): string {
  if (view.name === 'home') return '#/';
  if (view.name === 'policies') return '#/policies';
  if (view.name === 'compare') return view.ids.length > 0 ? `#/compare/${view.ids.map(encodeURIComponent).join(',')}` : '#/compare';
  return `#/${view.name}/${encodeURIComponent(view.id)}`;
}

/** Ids that are not a record's shape make the whole address unknown; repeats count once. */
function compareView(list: string | undefined): View {
  if (list === undefined || list === '') return { name: 'compare', ids: [] };
  const ids = [...new Set(list.split(',').map(decodePart))];
  if (ids.length > MAX_COMPARED || !ids.every((id): id is string => id !== undefined && ID.test(id))) return { name: 'home' };
  return { name: 'compare', ids };
}

/** A percent-decoded part of an address, or undefined where the page wrote a broken escape ("%E0"). */
function decodePart(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}
