/**
 * Where the project lives. Corrections are filed as issues here; the extension itself never makes
 * a network request: it only opens a prefilled https link in a new tab when the user asks.
 */
export const PROJECT_REPOSITORY = 'https://github.com/precedent-extension/precedent';
export const CHANGELOG_URL = `${PROJECT_REPOSITORY}/blob/main/CHANGELOG.md`;
/** The coverage checklist's page: what the record holds of the reported actions, and what it leaves out and why. */
export const COVERAGE_URL = `${PROJECT_REPOSITORY}/blob/main/docs/coverage.md`;

export interface CorrectionTarget {
  kind: 'entity' | 'account' | 'event' | 'policy';
  id: string;
  /** What the reader sees the record as ("Ali Khamenei", "@khamenei_ir", "Permanent suspension, 8 Jan 2021"). */
  label: string;
  datasetVersion: string;
}

/** The report a correction starts from: the record named, then what the reader fills in. */
export function correctionReport(target: CorrectionTarget): { title: string; body: string } {
  const title = `Correction: ${target.kind} ${target.id}`;
  const body = [
    `Record: ${target.kind} \`${target.id}\` (${target.label})`,
    `Dataset version: ${target.datasetVersion}`,
    '',
    'What is wrong or missing:',
    '',
    'Source (URL, publisher, title, date):',
    '',
  ].join('\n');
  return { title, body };
}

/** The same report as text, for readers without an account where the project lives (mail it, paste it). */
export function correctionText(target: CorrectionTarget): string {
  const { title, body } = correctionReport(target);
  return `${title}\n\n${body}\nProject: ${PROJECT_REPOSITORY}\n`;
}

/** A new-issue link with the record named, so that a correction lands on the right file. */
export function correctionUrl(target: CorrectionTarget): string {
  const { title, body } = correctionReport(target);
  const url = new URL(`${PROJECT_REPOSITORY}/issues/new`);
  url.searchParams.set('title', title);
  url.searchParams.set('body', body);
  url.searchParams.set('labels', 'dataset');
  return url.href;
}
