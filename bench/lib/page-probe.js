/**
 * Runs in the page before any of its own scripts (Playwright's addInitScript), as plain JavaScript
 * because it is injected as written. It records performance.now() stamps (milliseconds since the
 * navigation started) in window.__bench as things happen, so no timing depends on how often the
 * bench asks. It reads the page only through its public markers:
 *
 *   figure.echart[data-chart-state]   waiting | drawing | ready (ready: ECharts reported `finished`)
 *   window.__benchConfig.figure       the selector of the page's headline figure, if it has one
 *
 * The bench reads the stamps with window.__bench.status().
 */
(() => {
  const config = window.__benchConfig || {};
  const FIGURE = config.figure || null;
  const CHART = 'figure.echart';

  /** When each chart last became ready. */
  const readyAt = new WeakMap();
  const bench = {
    longTasks: [],
    firstChartReadyAt: null,
    /** First time the headline figure showed a number, and the last time its text changed. */
    figureReadableAt: null,
    figureText: null,
    figureTextAt: null,
    /** Last change to the document's structure or text, or to a chart's state. */
    lastChangeAt: 0,
    /** When the last response to a fetch of the page had fully arrived. */
    lastResponseAt: 0,
    /** Set by arm(): the figure's text then, and the time of the first input, change or click after. */
    armed: null,
    /** Uncaught errors, with their causes (React wraps the errors it recovers from). */
    errors: [],
  };
  window.__bench = bench;

  const describeError = (error) => {
    if (!(error instanceof Error)) return String(error);
    const cause = error.cause instanceof Error ? ` (cause: ${error.cause.message})` : '';
    return `${error.message}${cause}`;
  };
  window.addEventListener('error', (event) => {
    bench.errors.push(`${Math.round(performance.now())} ms: ${describeError(event.error ?? event.message)}`);
  });
  window.addEventListener('unhandledrejection', (event) => {
    bench.errors.push(`${Math.round(performance.now())} ms: unhandled rejection: ${describeError(event.reason)}`);
  });

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: TBT stays unknown rather than zero.
    bench.longTasks = null;
  }

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // Data the page fetched; scripts fetched ahead of need may rightly change nothing.
      if (entry.initiatorType === 'fetch' || entry.initiatorType === 'xmlhttprequest') {
        bench.lastResponseAt = Math.max(bench.lastResponseAt, entry.responseEnd);
      }
    }
  }).observe({ type: 'resource', buffered: true });

  function readableFigure() {
    const element = FIGURE ? document.querySelector(FIGURE) : null;
    const text = element ? element.textContent.replace(/\s+/g, ' ').trim() : '';
    return /\d/.test(text) ? { element, text } : null;
  }

  function noteFigure(now) {
    if (!FIGURE) return;
    const figure = readableFigure();
    // A figure that goes away (a loading state) leaves the last readable text standing.
    if (!figure || figure.text === bench.figureText) return;
    if (bench.figureReadableAt === null) bench.figureReadableAt = now;
    bench.figureText = figure.text;
    bench.figureTextAt = now;
  }

  function noteChart(chart, now) {
    if (chart.getAttribute('data-chart-state') !== 'ready') return;
    readyAt.set(chart, now);
    if (bench.firstChartReadyAt === null) bench.firstChartReadyAt = now;
  }

  function noteCharts(node, now) {
    if (node.nodeType !== 1) return;
    if (node.matches(CHART)) noteChart(node, now);
    for (const chart of node.querySelectorAll(CHART)) noteChart(chart, now);
  }

  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target.matches(CHART)) noteChart(record.target, now);
      } else if (record.type === 'childList') {
        for (const node of record.addedNodes) noteCharts(node, now);
      }
    }
    bench.lastChangeAt = now;
    noteFigure(now);
  }).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-chart-state'],
  });

  for (const type of ['input', 'change', 'click']) {
    window.addEventListener(
      type,
      (event) => {
        if (bench.armed && bench.armed.at === null) bench.armed.at = event.timeStamp;
      },
      true,
    );
  }

  function inViewport(element) {
    const box = element.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < window.innerHeight &&
      box.left < window.innerWidth
    );
  }

  bench.arm = () => {
    bench.armed = { text: bench.figureText, at: null };
  };

  bench.status = () => {
    const charts = [...document.querySelectorAll(CHART)].filter(inViewport);
    const ready = charts.filter((chart) => chart.getAttribute('data-chart-state') === 'ready');
    const figure = readableFigure();
    return {
      now: performance.now(),
      chartsInViewport: charts.length,
      readyInViewport: ready.length,
      // The charts in the viewport now, all ready: since the last of them became ready.
      allReadyAt:
        charts.length > 0 && ready.length === charts.length
          ? Math.max(...charts.map((chart) => readyAt.get(chart) ?? 0))
          : null,
      firstChartReadyAt: bench.firstChartReadyAt,
      figureReadableAt: bench.figureReadableAt,
      figureVisible: figure !== null && inViewport(figure.element),
      figureText: figure ? figure.text : null,
      figureTextAt: bench.figureTextAt,
      lastChangeAt: bench.lastChangeAt,
      lastResponseAt: bench.lastResponseAt,
      armedText: bench.armed ? bench.armed.text : null,
      interactionAt: bench.armed ? bench.armed.at : null,
      longTasks: bench.longTasks,
    };
  };
})();
