/** What the popup and options page show when the packaged dataset cannot be read: the fact, and the error, never a blank page. */
import { ui } from '../strings';

export function DatasetUnreadable({ error }: { error: unknown }) {
  return (
    <div class="problem" role="alert">
      <p>{ui.datasetUnreadable}</p>
      <p dir="ltr">
        <code>{error instanceof Error ? error.message : String(error)}</code>
      </p>
    </div>
  );
}
