/**
 * Failures a content script catches (a post it could not read, a lookup that failed for good). They
 * never reach the page, but they are not swallowed either: each is counted and told to the background,
 * which the popup and the options page ask (src/background/diagnostics.ts), and the tests read.
 */
export interface FailureReport {
  /** Counts `error`, keeps its message among the last few, and reports the new total. */
  record(error: unknown): void;
  readonly count: number;
}

/** At most this many reports a page: a page that makes every post fail cannot flood the background. */
export const MAX_REPORTS = 100;

export function createFailureReport(send: (count: number, samples: readonly string[]) => void, log: (error: unknown) => void = () => undefined): FailureReport {
  let count = 0;
  const samples: string[] = [];
  return {
    record(error) {
      count += 1;
      log(error);
      samples.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      if (samples.length > 5) samples.shift();
      if (count <= MAX_REPORTS) send(count, samples);
    },
    get count() {
      return count;
    },
  };
}
