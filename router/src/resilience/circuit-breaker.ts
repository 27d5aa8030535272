/** `closed`: calls go through; `open`: calls fail at once; `half-open`: one probe call decides (ADR 0026). */
export type CircuitState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Consecutive failures (no answer, or 5xx) that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit refuses calls before letting one probe through. */
  openMs: number;
}

export const defaultBreakerOptions: BreakerOptions = { failureThreshold: 5, openMs: 10_000 };

export interface CircuitBreaker {
  readonly state: CircuitState;
  /** Whether a call may go now; in `open` after `openMs` the first caller becomes the probe. */
  tryAcquire(): boolean;
  success(): void;
  failure(): void;
  /** A call that ended without a verdict on the subgraph (the request's own deadline): a probe's slot is freed. */
  abandon(): void;
}

export function createCircuitBreaker(options: BreakerOptions, now: () => number = Date.now): CircuitBreaker {
  let state: CircuitState = 'closed';
  let failures = 0;
  let openedAt = 0;
  let probing = false;
  const open = () => {
    state = 'open';
    openedAt = now();
    probing = false;
  };
  return {
    get state() {
      return state;
    },
    tryAcquire() {
      if (state === 'closed') return true;
      if (state === 'open' && now() - openedAt >= options.openMs) state = 'half-open';
      if (state === 'half-open' && !probing) return (probing = true);
      return false;
    },
    success() {
      state = 'closed';
      failures = 0;
      probing = false;
    },
    failure() {
      failures += 1;
      if (state === 'half-open' || failures >= options.failureThreshold) open();
    },
    abandon() {
      probing = false;
    },
  };
}

/** One breaker per subgraph, made on first use; `states()` is what `/readyz` and the metrics report. */
export function createCircuitBreakers(options: BreakerOptions, now?: () => number) {
  const breakers = new Map<string, CircuitBreaker>();
  return {
    for(subgraph: string): CircuitBreaker {
      let breaker = breakers.get(subgraph);
      if (!breaker) breakers.set(subgraph, (breaker = createCircuitBreaker(options, now)));
      return breaker;
    },
    states(): Record<string, CircuitState> {
      return Object.fromEntries([...breakers].map(([name, breaker]) => [name, breaker.state]));
    },
  };
}

export type CircuitBreakers = ReturnType<typeof createCircuitBreakers>;
