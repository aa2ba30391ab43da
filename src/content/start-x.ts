/** X's content script body (x.com, the mobile hosts, X Pro): the X adapter under the shared annotator. */
import { createXSite } from '../sites/x/site';
import { readTheme } from '../sites/page-theme';
import { startSite, type RunningAnnotator, type StartOptions } from './start-site';

export type { RunningAnnotator, StartOptions } from './start-site';

export function startX(options: StartOptions): RunningAnnotator {
  return startSite({ ...options, site: createXSite(options.doc), readTheme });
}
