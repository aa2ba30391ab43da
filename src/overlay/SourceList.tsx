import type { Source } from '../dataset/schema';
import { formatPartialDate, safeHttpsUrl } from './format';
import { text } from './labels';

/** Sources as "Publisher, date: title", linked only when the URL is https. */
export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ul class="sources" aria-label={text.sources}>
      {sources.map((source) => (
        <li key={source.url}>
          <span class="sources__publisher">{source.publisher}</span>
          <span class="sources__date">{source.date ? formatPartialDate(source.date) : text.undated}</span>
          <ExternalLink href={source.url}>{source.title}</ExternalLink>
        </li>
      ))}
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
