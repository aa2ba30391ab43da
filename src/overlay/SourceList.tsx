import type { Source } from '../dataset/schema';
import { formatPartialDate, linkHost, safeHttpsUrl } from './format';
import { text } from './labels';

/**
 * Sources as "Publisher, date: title (host)", linked only when the URL is https. The publisher and
 * title are the record's words, each in its own direction; the host is where the link really goes.
 */
export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ul class="sources" aria-label={text.sources}>
      {sources.map((source) => {
        const host = linkHost(source.url);
        return (
          <li key={source.url}>
            <span class="sources__publisher" dir="auto">
              {source.publisher}
            </span>
            <span class="sources__date">{source.date ? formatPartialDate(source.date) : text.undated}</span>
            <ExternalLink href={source.url}>{source.title}</ExternalLink>
            {host && (
              <span class="sources__host" dir="ltr">
                {host}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function ExternalLink({ href, children }: { href: string | undefined; children: preact.ComponentChildren }) {
  const safe = safeHttpsUrl(href);
  if (!safe) return <span dir="auto">{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" dir="auto">
      {children}
    </a>
  );
}
