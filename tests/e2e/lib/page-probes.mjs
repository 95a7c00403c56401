// Functions evaluated inside pages (they are serialised by puppeteer: no closures over module scope).

/** Every range in the CSS highlight registry whose highlight name starts with "maglens", in document order. */
export function readHighlights() {
  const entries = [];
  if (typeof CSS === 'undefined' || !CSS.highlights) return entries;
  // forEach rather than for…of: Firefox cannot iterate these through the Xray of an isolated world.
  CSS.highlights.forEach((highlight, name) => {
    if (!String(name).startsWith('maglens')) return;
    highlight.forEach((range) => {
      entries.push({ name: String(name), range });
    });
  });
  entries.sort((a, b) => {
    try {
      return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
    } catch {
      return 0; // ranges in different trees cannot be compared: keep registry order
    }
  });
  return entries.map(({ name, range }) => ({ name, text: range.toString() }));
}

/** The number of ranges in maglens* highlights, and the names of all registered highlights (for messages). */
export function countHighlights() {
  if (typeof CSS === 'undefined' || !CSS.highlights) return { count: 0, names: [], supported: false };
  let count = 0;
  const names = [];
  CSS.highlights.forEach((highlight, name) => {
    names.push(String(name));
    if (String(name).startsWith('maglens')) count += highlight.size;
  });
  return { count, names, supported: true };
}

/** Installed in Firefox extension pages after load (WebDriver BiDi reports no console events there). */
export function installErrorRecorder() {
  if (window.__maglensHarnessErrors) return;
  const errors = [];
  window.__maglensHarnessErrors = errors;
  window.addEventListener('error', (event) => {
    errors.push(`${event.message} (${event.filename}:${event.lineno})`);
  });
  window.addEventListener('unhandledrejection', (event) => {
    const reason = event.reason;
    errors.push(`Unhandled rejection: ${reason?.stack ?? reason?.message ?? String(reason)}`);
  });
  const original = console.error;
  console.error = (...args) => {
    errors.push(args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(' '));
    original.apply(console, args);
  };
}

export function takeRecordedErrors() {
  const errors = window.__maglensHarnessErrors ?? [];
  return errors.splice(0, errors.length);
}
