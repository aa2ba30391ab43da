/**
 * The extension's views, addressed by URL hash so that every record is linkable:
 *   #/                   search (popup home)
 *   #/entity/<id>        a person or body: offices, accounts on each platform, the whole record
 *   #/account/<id>       one account, as the on-post panel shows it
 *   #/policies           every clause with its versions
 *   #/clause/<id>        the consistency lens for a clause
 */
export type View =
  | { name: 'home' }
  | { name: 'entity'; id: string }
  | { name: 'account'; id: string }
  | { name: 'policies' }
  | { name: 'clause'; id: string };

const ID = /^[a-z0-9][a-z0-9-]{0,119}$/;

export function parseView(hash: string): View {
  const [name, id, ...rest] = hash.replace(/^#\/?/, '').split('/');
  if (rest.length > 0) return { name: 'home' };
  if (name === 'policies' && id === undefined) return { name: 'policies' };
  if ((name === 'entity' || name === 'account' || name === 'clause') && id !== undefined && ID.test(decodeURIComponent(id)))
    return { name, id: decodeURIComponent(id) };
  return { name: 'home' };
}

export function viewHash(view: View): string {
  if (view.name === 'home') return '#/';
  if (view.name === 'policies') return '#/policies';
  return `#/${view.name}/${encodeURIComponent(view.id)}`;
}
