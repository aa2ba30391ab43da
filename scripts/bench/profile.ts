/**
 * Attributes a V8 CPU profile (CDP Profiler.stop) to whoever's code ran: the extension
 * (chrome-extension://<id>/...), the page, V8's garbage collector, or the browser's own work
 * ("(program)": style, layout, paint, parsing). A sample in a function without a URL (a native DOM
 * call, a built-in) belongs to the nearest caller with one, so that `appendChild` called by the
 * extension counts as the extension's.
 */

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber?: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export type Owner = 'extension' | 'page' | 'gc' | 'program' | 'idle';

export interface Attribution {
  /** Milliseconds per owner. */
  ms: Record<Owner, number>;
  /** JavaScript time: extension + page + gc. */
  scriptMs: number;
  /** The most extension time in any 50 ms stretch: if below 50, no long task can be the extension's. */
  maxExtensionMsIn50ms: number;
  /**
   * The extension's milliseconds by function ("name file:line"), natives counted for the extension
   * function that called them: where its time goes. Readable names need the benchmark's unminified
   * build (PRECEDENT_BENCH_READABLE=1, which `npm run bench` sets).
   */
  functions: Record<string, number>;
}

const SPECIAL = new Map<string, Owner>([
  ['(idle)', 'idle'],
  ['(program)', 'program'],
  ['(garbage collector)', 'gc'],
]);

export function attribute(profile: CpuProfile, extensionOrigin: string | null): Attribution {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const owners = new Map<number, Owner>();
  const ownerOf = (id: number): Owner => {
    const known = owners.get(id);
    if (known) return known;
    const node = byId.get(id)!;
    const special = SPECIAL.get(node.callFrame.functionName);
    let owner: Owner;
    if (special) owner = special;
    else if (node.callFrame.url) owner = extensionOrigin && node.callFrame.url.startsWith(extensionOrigin) ? 'extension' : 'page';
    else {
      const up = parent.get(id);
      // Natives at the top of the stack with no JS caller: the browser's, like "(program)".
      owner = up === undefined || byId.get(up)!.callFrame.functionName === '(root)' ? 'program' : ownerOf(up);
    }
    owners.set(id, owner);
    return owner;
  };
  /** The nearest frame with a script URL: the extension function a native call was made from. */
  const functionOf = (id: number): string => {
    let node = byId.get(id);
    while (node && !node.callFrame.url) node = byId.get(parent.get(node.id) ?? -1);
    if (!node) return '(unknown)';
    const file = node.callFrame.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    return `${node.callFrame.functionName || '(anonymous)'} ${file}:${(node.callFrame.lineNumber ?? 0) + 1}`;
  };
  const functions: Record<string, number> = {};

  const ms: Record<Owner, number> = { extension: 0, page: 0, gc: 0, program: 0, idle: 0 };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const extensionTimes: Array<[number, number]> = [];
  let clock = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    const delta = (deltas[i + 1] ?? 0) / 1000;
    clock += (deltas[i] ?? 0) / 1000;
    const owner = ownerOf(samples[i]!);
    ms[owner] += delta;
    if (owner === 'extension') {
      extensionTimes.push([clock, delta]);
      const name = functionOf(samples[i]!);
      functions[name] = (functions[name] ?? 0) + delta;
    }
  }

  let maxWindow = 0;
  let windowSum = 0;
  let start = 0;
  for (let end = 0; end < extensionTimes.length; end++) {
    windowSum += extensionTimes[end]![1];
    while (extensionTimes[end]![0] - extensionTimes[start]![0] > 50) windowSum -= extensionTimes[start++]![1];
    maxWindow = Math.max(maxWindow, windowSum);
  }
  return { ms, scriptMs: ms.extension + ms.page + ms.gc, maxExtensionMsIn50ms: maxWindow, functions };
}
