/**
 * Builds the benchmark's X-like home timeline: 1,000 (or n) posts made from four cells of the
 * recorded 2025 home page (a plain post, a post with media, a repost, a quote), with generated
 * authors, about 2 % of them by tracked accounts (a few of them, seen again and again), and the
 * virtualised list in page/timeline.js.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURE = resolve(process.cwd(), 'tests/fixtures/x/home-2025.html');
const RUNTIME = resolve(process.cwd(), 'scripts/bench/page/timeline.js');

/** A tracked handle and an instant at which it belonged to its account. */
export interface TrackedHandle {
  handle: string;
  at: string;
}

export interface TimelineOptions {
  posts: number;
  /** Share of posts whose author is a tracked account. */
  trackedShare: number;
  tracked: readonly TrackedHandle[];
  /**
   * How many of the tracked handles the timeline's tracked posts are by: a reader follows a few
   * leaders and sees each of them again and again, so both a handle's first post on the page and
   * its later ones are measured. All of them when absent.
   */
  followed?: number;
  seed?: number;
}

type Kind = 'plain' | 'media' | 'repost' | 'quote';

interface TemplateSpec {
  status: string;
  /** Literal strings in the recorded cell and the placeholder each becomes. */
  replace: Array<[string, string]>;
}

/** The recorded cells, found by status id, and what in each is generated per post. */
const TEMPLATES: Record<Kind, TemplateSpec> = {
  plain: {
    status: '1933167692215226385',
    replace: [['lena_ortiz_dev', 'author'], ['Lena Ortiz', 'name'], ['2025-06-12T14:21:09.000Z', 'time']],
  },
  media: {
    status: '1933109521413050538',
    replace: [['tidepool_labs', 'author'], ['Tidepool Labs', 'name'], ['2025-06-12T10:30:00.000Z', 'time']],
  },
  repost: {
    status: '1932732034053050419',
    replace: [
      ['khamenei_ir', 'author'],
      ['Khamenei.ir', 'name'],
      ['northwind_wx', 'reposter'],
      ['Northwind Weather', 'reposterName'],
      ['2025-06-11T09:30:00.000Z', 'time'],
    ],
  },
  quote: {
    status: '1933117763220410436',
    replace: [
      ['civicdatadesk', 'author'],
      ['Civic Data Desk', 'name'],
      ['2025-06-12T11:02:45.000Z', 'time'],
      ['realDonaldTrump', 'quoted'],
      ['Donald J. Trump', 'quotedName'],
      ['2020-06-03T14:40:00.000Z', 'quotedTime'],
    ],
  },
};

/** The inner HTML of the recorded timeline cell that holds `status`, with placeholders. */
function template(page: string, spec: TemplateSpec): string {
  const cells = page.split('<div class="css-175oi2r" data-testid="cellInnerDiv"');
  const cell = cells.find((chunk) => chunk.includes(`/status/${spec.status}"`));
  if (!cell) throw new Error(`No cell with status ${spec.status} in ${FIXTURE}`);
  let inner = cell.slice(cell.indexOf('>') + 1, cell.lastIndexOf('</div>'));
  inner = inner.split(spec.status).join('{{status}}');
  for (const [literal, key] of spec.replace) inner = inner.split(literal).join(`{{${key}}}`);
  return inner;
}

/** A small deterministic generator (mulberry32): the same seed gives the same timeline. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TimelinePage {
  html: string;
  trackedPosts: number;
}

export function buildTimelinePage(options: TimelineOptions): TimelinePage {
  const fixture = readFileSync(FIXTURE, 'utf8');
  const head = fixture.slice(0, fixture.indexOf('<body'));
  const styles = head.match(/<style[\s\S]*?<\/style>/g)?.join('') ?? '';
  const templates = Object.fromEntries(Object.entries(TEMPLATES).map(([kind, spec]) => [kind, template(fixture, spec)]));
  const next = random(options.seed ?? 2026);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const someone = () => `user_${Math.floor(next() * 1e9).toString(36)}`;
  let status = 1933200000000000000n;
  const pool = [...options.tracked];
  const followed = options.followed === undefined ? pool : Array.from({ length: Math.min(options.followed, pool.length) }, () => pool.splice(Math.floor(next() * pool.length), 1)[0]!);

  const posts = Array.from({ length: options.posts }, () => {
    const roll = next();
    const kind: Kind = roll < 0.6 ? 'plain' : roll < 0.75 ? 'media' : roll < 0.87 ? 'repost' : 'quote';
    const tracked = followed.length > 0 && next() < options.trackedShare ? pick(followed) : null;
    status += BigInt(1 + Math.floor(next() * 1e6));
    const author = tracked?.handle ?? someone();
    const fields: Record<string, string> = {
      status: status.toString(),
      author,
      name: `Name of ${author}`,
      time: tracked?.at ?? '2025-06-12T10:00:00.000Z',
      reposter: someone(),
      reposterName: 'A reposter',
      quoted: someone(),
      quotedName: 'A quoted account',
      quotedTime: '2025-06-01T10:00:00.000Z',
    };
    return { kind, tracked: tracked !== null, fields };
  });

  const data = JSON.stringify({ templates, posts }).replace(/</g, '\\u003c');
  const html =
    `<!DOCTYPE html><html dir="ltr" lang="en" style="overflow-y: scroll; font-size: 15px;"><head><meta charset="utf-8">${styles}</head>` +
    `<body style="background-color: rgb(255, 255, 255);"><div id="react-root"><main role="main"><div data-testid="primaryColumn">` +
    `<section aria-labelledby="timeline-heading"><h1 id="timeline-heading">Your Home Timeline</h1><div aria-label="Timeline: Your Home Timeline"></div></section>` +
    `</div></main></div><script>window.__BENCH__ = ${data};</script><script>${readFileSync(RUNTIME, 'utf8')}</script></body></html>`;
  return { html, trackedPosts: posts.filter((post) => post.tracked).length };
}
