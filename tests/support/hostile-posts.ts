/**
 * Generated hostile posts (fast-check), shared by the DOM test (tests/dom/hostile-posts.test.ts)
 * and the end-to-end hostile pages (tests/e2e/chromium and firefox, hostile-page.spec.ts). A post is a plain spec
 * (tag, attributes, text, children), so that a browser page can build it too.
 *
 * Every generator is about one tracked handle: spoofs dress up as it (its display name, lookalike
 * handles, mentions, tricky hrefs, nested and missing parts) and must never get a badge; genuine
 * posts are by it and must.
 */
import fc from 'fast-check';

export type PostSpec = { tag: string; attrs?: Record<string, string>; text?: string; children?: PostSpec[] };
const node = (tag: string, attrs: Record<string, string> = {}, children: PostSpec[] = [], text?: string): PostSpec => ({ tag, attrs, children, text });

const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', c: 'с', p: 'р', x: 'х', y: 'у', T: 'Т', D: 'Д', K: 'К', M: 'М' };

/** Handles that look like `tracked` but are not it: homoglyphs, invisible characters, one character off. */
export function lookalikes(tracked: string): string[] {
  const middle = Math.floor(tracked.length / 2);
  const firstHomoglyph = [...tracked].findIndex((char) => char in CYRILLIC);
  const candidates = [
    `${tracked}_`,
    `_${tracked}`,
    `${tracked}\u200b`,
    `\u200b${tracked}`,
    `${tracked}\u200e`,
    firstHomoglyph >= 0 ? tracked.slice(0, firstHomoglyph) + CYRILLIC[tracked[firstHomoglyph]!] + tracked.slice(firstHomoglyph + 1) : `${tracked}0`,
    tracked.replace(/l/, 'I').replace(/^([^I]*)$/, '$10'),
    `${tracked}${tracked.at(-1)}`,
    `${tracked.slice(0, middle)}_${tracked.slice(middle)}`,
    tracked.replace(/[aeiou]/, (vowel) => ({ a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' })[vowel]!),
    tracked.slice(0, -1),
  ];
  return [...new Set(candidates)].filter((handle) => handle.toLowerCase() !== tracked.toLowerCase());
}

export function hostilePosts(tracked: string, avoid: (handle: string) => boolean = () => false) {
  const lookalike = fc.constantFrom(...lookalikes(tracked));
  const stranger = fc.stringMatching(/^[a-z0-9_]{1,15}$/).filter((h) => h.toLowerCase() !== tracked.toLowerCase() && !avoid(h));
  const notTracked = fc.oneof(lookalike, stranger);
  const statusId = fc.bigInt({ min: 1n, max: 10n ** 19n }).map(String);

  /** Text a hostile page may put anywhere: markup, bidi overrides, zero-width characters, the leader's name. */
  const hostileText = fc.oneof(
    fc.constantFrom(
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      `\u202e${tracked}\u202c`,
      'Donald J. Trump',
      tracked,
      `@${tracked}`,
      `\u200f@${tracked}\u200e`,
      'javascript:alert(1)',
    ),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
  );

  /** Hrefs that name the tracked account without being a permalink or profile link on X. */
  const trickHref = (id: string) =>
    fc.constantFrom(
      `/${tracked}/../evil/status/${id}`,
      `/${tracked}%2Fstatus%2F${id}`,
      `javascript:location='/${tracked}/status/${id}'`,
      `https://evil.example/${tracked}/status/${id}`,
      `https://x.com.evil.example/${tracked}/status/${id}`,
      `https://evil-x.com/${tracked}/status/${id}`,
      `data:text/html,/${tracked}/status/${id}`,
      `//${tracked}/status/${id}`,
      `/${tracked}\u200b/status/${id}`,
      `/${'a'.repeat(10_000)}/status/${id}`,
    );

  const authorLine = (handle: string, name: string, href: string) =>
    node('div', { 'data-testid': 'User-Name' }, [node('a', { href }, [node('span', {}, [], name)]), node('a', { href }, [node('span', {}, [], `@${handle}`)])]);

  const permalink = (href: string, datetime: string) => node('a', { href }, [node('time', { datetime }, [], '2h')]);

  /** Parts any post may carry, hostile or not: none names the tracked account where X names an author. */
  const noise = fc.record({
    name: hostileText,
    text: hostileText,
    mention: fc.boolean(),
    bigAttribute: fc.boolean(),
    card: fc.boolean(),
    extraTimes: fc.nat({ max: 2 }),
  });

  function decorate(parts: PostSpec[], n: { name: string; text: string; mention: boolean; bigAttribute: boolean; card: boolean; extraTimes: number }): PostSpec[] {
    const out = [...parts];
    out.push(
      node('div', { 'data-testid': 'tweetText', lang: 'en', dir: 'auto' }, [
        node('span', {}, [], n.text),
        ...(n.mention ? [node('a', { href: `/${tracked}` }, [], `@${tracked}`)] : []),
      ]),
    );
    if (n.bigAttribute) out.push(node('div', { 'data-testid': 'x'.repeat(50_000), 'aria-label': n.name.repeat(100) }));
    if (n.card) out.push(node('div', { role: 'link' }, [node('a', { href: `https://example.org/${tracked}` }, [], n.name)]));
    for (let i = 0; i < n.extraTimes; i++) out.push(node('time', { datetime: 'not a date' }));
    out.push(node('div', { role: 'group' }));
    return out;
  }

  /** A post by someone else, however it dresses up as the tracked account. */
  const spoofPost = fc
    .record({
      handle: notTracked,
      id: statusId,
      noise,
      trick: fc.boolean(),
      trickHref: statusId.chain(trickHref),
      quote: fc.option(notTracked),
      repostedBy: fc.option(notTracked),
      nested: fc.boolean(),
      missingPermalink: fc.boolean(),
    })
    .map(({ handle, id, noise: n, trick, trickHref: tricky, quote, repostedBy, nested, missingPermalink }) => {
      const parts: PostSpec[] = [];
      if (repostedBy !== null) parts.push(node('a', { href: `/${repostedBy}` }, [node('span', { 'data-testid': 'socialContext' }, [], `${n.name} reposted`)]));
      parts.push(authorLine(handle, n.name, trick ? tricky : `/${handle}`));
      if (!missingPermalink) parts.push(permalink(trick ? tricky : `/${handle}/status/${id}`, '2025-06-12T10:00:00.000Z'));
      if (quote !== null)
        parts.push(
          node('div', { role: 'link' }, [
            node('div', { 'data-testid': 'User-Name' }, [node('span', {}, [], n.name), node('span', {}, [], `@${quote}`)]),
            node('time', { datetime: '2025-06-01T10:00:00.000Z' }),
          ]),
        );
      if (nested) parts.push(node('article', { 'data-testid': 'tweet' }, [authorLine(handle, n.name, `/${handle}`)]));
      return node('article', { 'data-testid': 'tweet', role: 'article' }, decorate(parts, n));
    });

  /** A post by the tracked account (its handle in any ASCII case), with hostile text around it. */
  const genuinePost = fc.record({ id: statusId, noise, upper: fc.boolean() }).map(({ id, noise: n, upper }) => {
    const handle = upper ? tracked.toUpperCase() : tracked.toLowerCase();
    return node('article', { 'data-testid': 'tweet', role: 'article' }, decorate([authorLine(handle, n.name, `/${handle}`), permalink(`/${handle}/status/${id}`, '2025-06-12T10:00:00.000Z')], n));
  });

  return { spoofPost, genuinePost };
}

/** True when the spec is a genuine post (its own permalink names the tracked handle). */
export const isGenuine = (post: PostSpec, tracked: string) =>
  post.children?.some((child) => child.tag === 'a' && child.attrs?.href?.toLowerCase().startsWith(`/${tracked.toLowerCase()}/status/`)) ?? false;
