/** The options page's "Diagnostics": what content scripts could not read, per open tab, for a user reporting a problem. */
import { useEffect, useState } from 'preact/hooks';
import type { TabFailures } from '../../messaging/protocol';
import { loadDiagnostics } from '../common/extension-api';
import { Failures } from '../common/Failures';
import { ui } from '../strings';

export function Diagnostics() {
  const [tabs, setTabs] = useState<TabFailures[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    loadDiagnostics().then(setTabs, (error: unknown) => setProblem(String(error)));
  }, []);
  const failed = tabs?.filter((tab) => tab.count > 0) ?? [];
  return (
    <section class="group" aria-labelledby="diagnostics-title" aria-busy={tabs === null && problem === null}>
      <h2 id="diagnostics-title" class="group__title">
        {ui.diagnosticsTitle}
      </h2>
      <p class="hint">{ui.diagnosticsHint}</p>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      {tabs && failed.length === 0 && <p class="hint diagnostics__none">{ui.diagnosticsNone}</p>}
      {failed.map((tab) => (
        <Failures key={tab.tabId} failures={tab} showUrl />
      ))}
    </section>
  );
}
