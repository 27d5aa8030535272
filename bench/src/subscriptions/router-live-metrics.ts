/** The router's live series from its `/metrics`: open sockets, active subscriptions and the hub's counters. */
export async function routerLiveMetrics(metricsUrl: string) {
  const text = await (await fetch(metricsUrl)).text();
  const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
  const counter = (name: string) => value(new RegExp(`^live_subscription_events_total\\{[^}]*counter="${name}"[^}]*\\} (\\d+)`, 'm'));
  return {
    connections: value(/^live_websocket_connections(?:\{[^}]*\})? (\d+)/m),
    subscriptions: value(/^live_subscriptions(?:\{[^}]*\})? (\d+)/m),
    events: counter('events'),
    executions: counter('executions'),
    coalesced: counter('coalesced'),
    delivered: counter('delivered'),
    ownRetries: counter('ownRetries'),
    /** The router's V8 heap in use and its memory outside the heap (buffers), MiB: what RSS is made of. */
    heap_used_mib: Math.round(value(/^nodejs_heap_size_used_bytes(?:\{[^}]*\})? ([\d.e+]+)/m) / 104857.6) / 10,
    heap_total_mib: Math.round(value(/^nodejs_heap_size_total_bytes(?:\{[^}]*\})? ([\d.e+]+)/m) / 104857.6) / 10,
    external_mib: Math.round(value(/^nodejs_external_memory_bytes(?:\{[^}]*\})? ([\d.e+]+)/m) / 104857.6) / 10,
  };
}

type LiveMetrics = Awaited<ReturnType<typeof routerLiveMetrics>>;

/** Polls until `done` holds for the router's live series, or fails after `timeoutMs`. */
export async function untilLive(metricsUrl: string, done: (live: LiveMetrics) => boolean, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: LiveMetrics | undefined;
  while (Date.now() < deadline) {
    last = await routerLiveMetrics(metricsUrl);
    if (done(last)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the router's live series still read ${JSON.stringify(last)} after ${timeoutMs} ms`);
}
