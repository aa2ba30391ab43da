/**
 * The options page's "Your data" section: import a dataset pack (checked whole against the data it
 * lands on, refused with every problem named, or stored at once), see what each pack adds and
 * corrects, remove it; export and restore a backup of settings and packs.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { CompiledDataset } from '../../dataset/compiled';
import { formatProblem, type DatasetProblem } from '../../dataset/integrity';
import { applyPacks, RECORD_KINDS, type PackEffect, type RecordRef, type StoredPack } from '../../packs/apply-packs';
import { exportBackup, readBackup, restoreBackup } from '../../packs/backup';
import { MAX_PACK_BYTES, tooLarge } from '../../packs/pack-format';
import { importPack, loadPacks, removePack, watchPacks } from '../../packs/pack-store';
import type { Settings } from '../../settings/settings';
import { i18n } from '../../i18n/current';
import { data as t } from './strings';

type Outcome = { kind: 'done'; message: string; more?: string } | { kind: 'refused'; message: string; problems: DatasetProblem[] } | null;

/** The plural message counting each kind of record. */
const COUNT_KEYS = { entities: 'countEntities', accounts: 'countAccounts', events: 'countEvents', policies: 'countPolicies' } as const;

/** Problems shown at most; the rest are counted (a broken export can have thousands). */
const SHOWN_PROBLEMS = 20;

export function describeEffect(effect: PackEffect): string {
  const list = (refs: RecordRef[]) =>
    RECORD_KINDS.map((kind) => [kind, refs.filter((ref) => ref.kind === kind).length] as const)
      .filter(([, count]) => count > 0)
      .map(([kind, count]) => i18n().plural(COUNT_KEYS[kind], count))
      .join(', ');
  const parts = [effect.added.length > 0 && t.adds(list(effect.added)), effect.corrected.length > 0 && t.corrects(list(effect.corrected))];
  return parts.filter(Boolean).join('; ') || t.nothing;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The stored packs, and why they could not be read (null when they could). */
function usePacks(): [StoredPack[] | null, string | null] {
  const [packs, setPacks] = useState<StoredPack[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    const load = () =>
      void loadPacks(browser.storage.local).then(
        (loaded) => (setPacks(loaded), setFailure(null)),
        (error: unknown) => setFailure(reason(error)),
      );
    load();
    return watchPacks(browser.storage.onChanged, load);
  }, []);
  return [packs, failure];
}

/** A stored time as the reader's date and time, or "date unknown": one unreadable record never fails the page. */
function importedOn(iso: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? t.unknownDate : i18n().dateTime(at);
}

/** The file's text, refused before reading when it is far too big. */
async function readFile(file: File, limit: number): Promise<string | DatasetProblem[]> {
  if (file.size > limit) return [{ file: file.name, field: '', message: tooLarge(file.size, limit) }];
  return file.text();
}

export function DataPacks({ bundled, settings }: { bundled: CompiledDataset; settings: Settings }) {
  const [packs, loadFailure] = usePacks();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const applied = useMemo(() => (packs ? applyPacks(bundled, packs) : null), [bundled, packs]);

  const run = (task: () => Promise<Outcome>) => {
    setBusy(true);
    setOutcome(null);
    task()
      .then(setOutcome, (error: unknown) => setOutcome({ kind: 'refused', message: String(error), problems: [] }))
      .finally(() => setBusy(false));
  };

  const onPack = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    run(async () => {
      const text = await readFile(file, MAX_PACK_BYTES);
      const result = typeof text === 'string' ? await importPack(browser.storage.local, bundled, { name: file.name, text }) : { ok: false as const, problems: text };
      return result.ok
        ? { kind: 'done', message: t.imported(result.pack.id, describeEffect(result.effect)) }
        : { kind: 'refused', message: t.refused(file.name), problems: result.problems };
    });
  };

  const onBackup = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    run(async () => {
      const text = await readFile(file, MAX_PACK_BYTES * 4);
      const read = typeof text === 'string' ? readBackup(file.name, text, bundled, settings) : { ok: false as const, problems: text };
      if (!read.ok) return { kind: 'refused', message: t.backupRefused(file.name), problems: read.problems };
      await restoreBackup(browser.storage.local, read);
      const more = read.sitesToAddAgain.length > 0 ? t.sitesToAddAgain(read.sitesToAddAgain.join(', ')) : undefined;
      return { kind: 'done', message: t.restored(read.packs.length), more };
    });
  };

  const onExport = () =>
    void exportBackup(browser.storage.local).then(
      (text) => download(`precedent-backup-${new Date().toISOString().slice(0, 10)}.json`, text),
      (error: unknown) => setOutcome({ kind: 'refused', message: t.exportFailed(reason(error)), problems: [] }),
    );

  return (
    <section class="group" aria-labelledby="data-title" aria-busy={busy}>
      <h2 id="data-title" class="group__title">
        {t.title}
      </h2>
      <p class="hint">{t.intro}</p>
      <p class="data__actions">
        <label class="button">
          {busy ? t.importing : t.importPack}
          <input id="pack-file" class="visually-hidden" type="file" accept=".json,application/json" disabled={busy} onChange={onPack} />
        </label>
      </p>
      <Outcome outcome={outcome} />
      {loadFailure && (
        <p class="problem" role="alert">
          {t.loadFailed(loadFailure)}
        </p>
      )}
      {applied && applied.applied.length === 0 && applied.skipped.length === 0 && <p class="hint">{t.noPacks}</p>}
      <ul class="packs">
        {applied?.applied.map(({ pack, effect }) => (
          <PackRow key={pack.id} pack={pack} onRemoved={setOutcome}>
            <p class="packs__effect">{describeEffect(effect)}</p>
            <details class="packs__details">
              <summary>{t.details}</summary>
              <RefList title={t.added} refs={effect.added} />
              <RefList title={t.corrected} refs={effect.corrected} />
            </details>
          </PackRow>
        ))}
        {applied?.skipped.map(({ pack, problems }) => (
          <PackRow key={pack.id} pack={pack} onRemoved={setOutcome}>
            <p class="problem">{t.skipped}</p>
            <ProblemList problems={problems} />
          </PackRow>
        ))}
      </ul>

      <h3 class="group__title data__backup">{t.backupTitle}</h3>
      <p class="hint">{t.backupHint}</p>
      <p class="data__actions">
        <button type="button" class="button" onClick={onExport}>
          {t.exportBackup}
        </button>
        <label class="button">
          {t.restoreBackup}
          <input id="backup-file" class="visually-hidden" type="file" accept=".json,application/json" disabled={busy} onChange={onBackup} />
        </label>
      </p>
    </section>
  );
}

function PackRow({ pack, onRemoved, children }: { pack: StoredPack; onRemoved: (outcome: Outcome) => void; children: ComponentChildren }) {
  const { meta } = pack.document;
  return (
    <li class="packs__row">
      <div class="packs__head">
        <span>
          <span class="sites__name">{pack.id}</span>
          <span class="hint">
            {t.packVersion(meta.version, i18n().partialDate(meta.date))} · {t.importedOn(importedOn(pack.importedAt))}
          </span>
        </span>
        <button
          type="button"
          class="button"
          onClick={() =>
            void removePack(browser.storage.local, pack.id).then(
              () => onRemoved({ kind: 'done', message: t.removed(pack.id) }),
              (error: unknown) => onRemoved({ kind: 'refused', message: t.removeFailed(pack.id, reason(error)), problems: [] }),
            )
          }
        >
          {t.removePack}
          <span class="visually-hidden"> {pack.id}</span>
        </button>
      </div>
      {children}
    </li>
  );
}

function RefList({ title, refs }: { title: string; refs: RecordRef[] }) {
  if (refs.length === 0) return null;
  return (
    <>
      <p class="packs__term">{title}</p>
      <ul class="packs__refs">
        {refs.map((ref) => (
          <li key={`${ref.kind}:${ref.id}`}>
            <bdi>{ref.label}</bdi> <span class="hint packs__id">{ref.id}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function ProblemList({ problems }: { problems: DatasetProblem[] }) {
  return (
    <ul class="problems">
      {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
        <li key={index} dir="ltr">
          {formatProblem(problem)}
        </li>
      ))}
      {problems.length > SHOWN_PROBLEMS && <li>{t.moreProblems(problems.length - SHOWN_PROBLEMS)}</li>}
    </ul>
  );
}

function Outcome({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  if (outcome.kind === 'done')
    return (
      <div class="data__outcome" role="status">
        <p>{outcome.message}</p>
        {outcome.more && <p>{outcome.more}</p>}
      </div>
    );
  return (
    <div class="data__outcome data__outcome--refused" role="alert">
      <p class="problem">{outcome.message}</p>
      <ProblemList problems={outcome.problems} />
    </div>
  );
}

/** Saves text as a file the user downloads (no "downloads" permission: an object URL and a click). */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
