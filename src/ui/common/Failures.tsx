/** What content scripts could not read (src/background/diagnostics.ts): a count, and the messages on demand. */
import type { TabFailures } from '../../messaging/protocol';
import { ui } from '../strings';

export function Failures({ failures, showUrl = false }: { failures: TabFailures; showUrl?: boolean }) {
  return (
    <div class="failures" role="status">
      {showUrl && (
        <p class="failures__url" dir="ltr">
          {failures.url}
        </p>
      )}
      <p class="problem">{ui.failuresOnTab(String(failures.count))}</p>
      <details class="failures__details">
        <summary>{ui.failuresDetails}</summary>
        <ul dir="ltr">
          {failures.samples.map((sample, index) => (
            <li key={index}>{sample}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
