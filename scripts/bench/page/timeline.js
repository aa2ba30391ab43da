// The benchmark's stand-in for X's home timeline (page code, not part of the extension). It behaves
// the way docs/x-dom.md describes X's list: a virtualised list of absolutely
// positioned cells, about 30 of them recycled while the posts scroll through; a scroll event
// schedules the render in a later task (as React's scheduler does), each render measures the cells
// it filled (layout) and re-stacks the list. Posts are built from cells of a recorded 2025 page.
//
// It also measures, from the page's side, what the extension does to it: for every post by a
// tracked account, the time from its cell being filled to the extension's overlay being in it.
(() => {
  const bench = window.__BENCH__;
  const CELLS = 30;
  const ESTIMATE = 420;
  const heights = bench.posts.map(() => ESTIMATE);
  const offsets = new Float64Array(bench.posts.length + 1);
  const recomputeOffsets = (from) => {
    for (let i = from; i < heights.length; i++) offsets[i + 1] = offsets[i] + heights[i];
  };
  recomputeOffsets(0);

  const column = document.querySelector('[data-testid="primaryColumn"] [aria-label^="Timeline"]');
  const list = document.createElement('div');
  list.style.position = 'relative';
  column.append(list);
  const cells = [];
  for (let i = 0; i < CELLS; i++) {
    const cell = document.createElement('div');
    cell.className = 'css-175oi2r';
    cell.dataset.testid = 'cellInnerDiv';
    cell.style.cssText = 'position: absolute; width: 100%;';
    list.append(cell);
    cells.push({ element: cell, index: -1 });
  }

  const parser = document.createElement('template');
  const fill = (post) => {
    const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    let html = bench.templates[post.kind];
    for (const [key, value] of Object.entries(post.fields)) html = html.split(`{{${key}}}`).join(escape(value));
    // Page code standing in for X's React: it parses its own templates, never extension output.
    parser.innerHTML = html;
    return parser.content.firstElementChild;
  };

  // Page-side measurement, for each tracked post filled: the time from its cell being filled to the
  // extension's overlay arriving (a MutationObserver stamps it), and, frame by frame, whether the
  // overlay was there when the page was rendered. A ResizeObserver callback runs in each rendering
  // update after every requestAnimationFrame callback and layout, just before paint: what it sees is
  // what that frame shows. A dummy element is resized every frame to get that callback every frame.
  const pending = new Map(); // article → { filledAt, rendering }
  const latencies = [];
  // The extension asks its background once per handle: a tracked handle's first post waits for that.
  const firstLatencies = [];
  const handlesFilled = new Set();
  const framesLate = [];
  const seenBare = []; // frames each post was on screen without its overlay (only posts that were)
  let renderings = 0;
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records)
      for (const node of record.addedNodes) {
        if (node.nodeName !== 'PRECEDENT-ANNOTATION') continue;
        const state = pending.get(node.closest('article'));
        if (state && state.arrivedAt === undefined) {
          state.arrivedAt = now;
          (state.first ? firstLatencies : latencies).push(now - state.filledAt);
        }
      }
  }).observe(list, { childList: true, subtree: true });
  const tick = document.createElement('div');
  tick.style.cssText = 'position: fixed; top: 0; left: 0; height: 1px; width: 1px; visibility: hidden;';
  document.body.append(tick);
  new ResizeObserver(() => {
    for (const [article, state] of pending) {
      if (!article.isConnected) continue;
      if (article.querySelector('precedent-annotation')) {
        framesLate.push(renderings - state.rendering);
        if (state.bareFrames > 0) seenBare.push(state.bareFrames);
        pending.delete(article);
        continue;
      }
      const box = article.getBoundingClientRect();
      if (box.bottom > 0 && box.top < window.innerHeight) state.bareFrames++;
    }
    renderings++;
  }).observe(tick);
  const everyFrame = () => {
    tick.style.width = tick.style.width === '1px' ? '2px' : '1px';
    requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);

  // Long tasks on the main thread, whoever ran them (the CPU profile says whose).
  // Firefox has no long-task entries: its runs (scripts/bench/self-timed.ts) report none.
  const longTasks = [];
  if (PerformanceObserver.supportedEntryTypes.includes('longtask'))
    new PerformanceObserver((entries) => entries.getEntries().forEach((entry) => longTasks.push(entry.duration))).observe({ type: 'longtask' });

  let rendered = { first: -1, last: -1 };
  const render = () => {
    const viewTop = Math.max(0, -list.getBoundingClientRect().top);
    // First post whose bottom is below the top of the viewport, with a few cells of overscan above.
    let lo = 0;
    let hi = bench.posts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid + 1] < viewTop) lo = mid + 1;
      else hi = mid;
    }
    const first = Math.max(0, lo - 8);
    const last = Math.min(bench.posts.length, first + CELLS);
    if (first === rendered.first && last === rendered.last) return;
    rendered = { first, last };
    const filled = [];
    for (let index = first; index < last; index++) {
      const cell = cells[index % CELLS];
      if (cell.index === index) continue;
      cell.index = index;
      const post = bench.posts[index];
      const content = fill(post);
      cell.element.replaceChildren(content);
      if (post.tracked) {
        const first = !handlesFilled.has(post.fields.author.toLowerCase());
        handlesFilled.add(post.fields.author.toLowerCase());
        pending.set(content.querySelector('article'), { filledAt: performance.now(), rendering: renderings, bareFrames: 0, first });
      }
      filled.push(cell);
    }
    // Measure what was filled (layout, as X's ResizeObserver-driven list does), then re-stack.
    let changedFrom = Infinity;
    for (const cell of filled) {
      const height = cell.element.offsetHeight;
      if (height !== heights[cell.index]) {
        heights[cell.index] = height;
        changedFrom = Math.min(changedFrom, cell.index);
      }
    }
    if (changedFrom !== Infinity) recomputeOffsets(changedFrom);
    for (const cell of cells) if (cell.index >= 0) cell.element.style.transform = `translateY(${offsets[cell.index]}px)`;
    list.style.height = `${offsets[bench.posts.length]}px`;
  };

  // A scroll schedules one render in a later task, like React's scheduler (a MessageChannel).
  const channel = new MessageChannel();
  let scheduled = false;
  channel.port1.onmessage = () => {
    scheduled = false;
    render();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    channel.port2.postMessage(null);
  };
  window.addEventListener('scroll', schedule, { passive: true });
  render();

  window.__bench = {
    /** Scrolls to the end at a steady pace (pixels per frame); resolves with the frames and time it took. */
    scrollToEnd(pixelsPerFrame) {
      // Only posts filled while scrolling count: the first screen was filled before the extension started.
      latencies.length = 0;
      firstLatencies.length = 0;
      framesLate.length = 0;
      seenBare.length = 0;
      pending.clear();
      longTasks.length = 0;
      const started = performance.now();
      return new Promise((resolve) => {
        let frames = 0;
        const step = () => {
          frames++;
          window.scrollBy(0, pixelsPerFrame);
          const atEnd = rendered.last >= bench.posts.length && window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
          if (atEnd) setTimeout(() => resolve({ frames, ms: performance.now() - started }), 500);
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
    },
    results: () => {
      const missed = [...pending.values()].filter((state) => state.arrivedAt === undefined).length;
      return { longTasks, latencies, firstLatencies, framesLate, seenBare, trackedFilled: latencies.length + firstLatencies.length + missed, missed };
    },
  };
})();
