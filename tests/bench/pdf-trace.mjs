// What a long task is made of, read from a DevTools trace (puppeteer's page.tracing): the trace events of
// the renderer's main thread inside each task over the threshold, by self time, and the JavaScript
// functions the V8 sampling profiler caught in it, by self time, with the callers of the heaviest one.

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  'v8',
  'v8.execute',
  'blink',
];

const fileOf = (url) => (url ? url.slice(url.lastIndexOf('/') + 1) : '');

/** Samples of the V8 profiler as { tid, pid, ts (µs), stack: [frame, …] leaf first }. */
function readSamples(events) {
  const profiles = new Map();
  for (const event of events) {
    if (event.name === 'Profile') {
      profiles.set(`${event.pid}:${event.id}`, {
        pid: event.pid,
        tid: event.tid,
        time: event.args.data.startTime,
        nodes: new Map(),
        samples: [],
      });
    }
  }
  for (const event of events) {
    if (event.name !== 'ProfileChunk') continue;
    const profile = profiles.get(`${event.pid}:${event.id}`);
    const data = event.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      profile.time += deltas[i] ?? 0;
      profile.samples.push({ id: ids[i], ts: profile.time });
    }
  }
  const samples = [];
  for (const profile of profiles.values()) {
    for (const { id, ts } of profile.samples) {
      const stack = [];
      for (let node = profile.nodes.get(id); node; node = profile.nodes.get(node.parent)) {
        const frame = node.callFrame;
        stack.push(`${frame.functionName || '(anonymous)'} ${fileOf(frame.url)}`.trim());
      }
      samples.push({ pid: profile.pid, tid: profile.tid, ts, stack });
    }
  }
  return samples;
}

/** Each main-thread task over `thresholdMs` in the trace, with its parts. */
export function readLongTaskTrace(traceBuffer, thresholdMs) {
  const { traceEvents: events } = JSON.parse(Buffer.from(traceBuffer).toString('utf8'));
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // The viewer's renderer: the process whose scripts come from the viewer's page (the trace holds others).
  const viewerPids = new Set(
    events.filter((e) => String(e.args?.data?.url ?? '').includes('pdf-viewer')).map((e) => e.pid),
  );
  const onMain = events.filter(
    (e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`) && viewerPids.has(e.pid),
  );
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > thresholdMs * 1000);
  const samples = readSamples(events);
  return tasks.map((task) => {
    const end = task.ts + task.dur;
    const inside = onMain
      .filter((e) => e !== task && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < end)
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    // Self time of each event: its duration less that of the events directly inside it.
    const self = new Map();
    const settle = [];
    const stack = [];
    for (const event of inside) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) settle.push(stack.pop());
      const entry = { key: keyOf(event), ts: event.ts, dur: event.dur ?? 0, self: event.dur ?? 0 };
      if (stack.length) stack.at(-1).self -= entry.dur;
      stack.push(entry);
    }
    settle.push(...stack);
    for (const entry of settle) self.set(entry.key, (self.get(entry.key) ?? 0) + entry.self);

    const mine = samples.filter(
      (s) => s.pid === task.pid && s.tid === task.tid && s.ts >= task.ts && s.ts < end,
    );
    const functions = new Map();
    const callers = new Map();
    for (const sample of mine) {
      const leaf = sample.stack[0] ?? '(none)';
      functions.set(leaf, (functions.get(leaf) ?? 0) + 1);
      if (!callers.has(leaf)) callers.set(leaf, sample.stack.slice(1, 8).join(' < '));
    }
    const interval = mine.length > 1 ? (mine.at(-1).ts - mine[0].ts) / (mine.length - 1) / 1000 : 0;
    return {
      ms: task.dur / 1000,
      events: [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6),
      functions: [...functions.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([name, count]) => [name, count * interval, callers.get(name)]),
    };
  });
}

function keyOf(event) {
  const data = event.args?.data ?? event.args?.beginData ?? {};
  if (data.functionName) return `${event.name} ${data.functionName} ${fileOf(data.url)}`;
  if (event.name === 'EventDispatch' && data.type) return `EventDispatch ${data.type}`;
  if (event.name === 'TimerFire' || event.name === 'FireAnimationFrame') return event.name;
  return event.name;
}

/** Lines for the report: one per long task, then its heaviest parts. */
export function summariseTrace(tasks) {
  const lines = [];
  for (const task of tasks) {
    lines.push(`${task.ms.toFixed(0)} ms task`);
    lines.push(
      `  trace events (self ms): ${task.events.map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join('; ')}`,
    );
    for (const [name, ms, callers] of task.functions) {
      lines.push(`  js ${ms.toFixed(1)} ms ${name}${callers ? ` ← ${callers}` : ''}`);
    }
  }
  if (tasks.length === 0) lines.push('(no task over the threshold in the traced run)');
  return lines;
}
