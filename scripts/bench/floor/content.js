// The floor of any annotator's design (issue 19): what every content script that marks tracked
// authors on X must do, and nothing else. A MutationObserver batches added nodes into one pass per
// animation frame; the pass reads each new post's author permalink, probes a Set of tracked handles,
// and marks the tracked posts with an empty <precedent-annotation> (the element the benchmark page
// watches for). No settings, no lookups, no rendering, no error handling. Never shipped: built into
// .output/bench-floor-<config>/ by scripts/bench/floor.ts, with the handles inlined below.
//
// Its self-timing builds (for browsers with no CPU profile: Firefox) time the observer callback and
// the pass exactly as Precedent's do (src/content/self-timing.ts: the same event and mark), so that
// both are measured by the same instrument; in every other build SELF_TIMING is false.
(() => {
  const TRACKED = new Set(/*HANDLES*/);
  const SELF_TIMING = /*SELF_TIMING*/ false;
  let selfMs = 0;
  let sections = 0;
  const timed = (fn) =>
    SELF_TIMING
      ? (...args) => {
          const started = performance.now();
          try {
            return fn(...args);
          } finally {
            selfMs += performance.now() - started;
            sections++;
          }
        }
      : fn;
  if (SELF_TIMING) window.addEventListener('precedent-bench-report', () => performance.mark(`precedent-self ${selfMs.toFixed(3)} ${sections}`));
  let queued = [];
  let scheduled = false;
  const pass = timed(() => {
    scheduled = false;
    const nodes = queued;
    queued = [];
    for (const node of nodes) {
      if (!node.isConnected) continue;
      const posts = node.matches('article') ? [node] : node.querySelectorAll('article');
      for (const post of posts) {
        const link = post.querySelector('[data-testid="User-Name"] a[href^="/"]');
        const handle = link && link.getAttribute('href').slice(1).toLowerCase();
        if (handle && TRACKED.has(handle) && !post.querySelector('precedent-annotation'))
          link.closest('[data-testid="User-Name"]').after(document.createElement('precedent-annotation'));
      }
    }
  });
  const schedule = () => {
    if (scheduled || queued.length === 0) return;
    scheduled = true;
    requestAnimationFrame(pass);
  };
  new MutationObserver(
    timed((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) queued.push(node);
      schedule();
    }),
  ).observe(document, { childList: true, subtree: true });
  timed(() => {
    queued.push(document.documentElement);
    schedule();
  })();
})();
