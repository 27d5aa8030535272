import { createCircuitBreaker } from './circuit-breaker';

describe('circuit breaker', () => {
  let now = 0;
  const breaker = () => createCircuitBreaker({ failureThreshold: 3, openMs: 1_000 }, () => now);
  beforeEach(() => {
    now = 0;
  });

  it('opens after consecutive failures only', () => {
    const b = breaker();
    b.failure();
    b.failure();
    b.success();
    b.failure();
    b.failure();
    expect(b.state).toBe('closed');
    b.failure();
    expect(b.state).toBe('open');
    expect(b.tryAcquire()).toBe(false);
  });

  it('lets one probe through after openMs and closes when it succeeds', () => {
    const b = breaker();
    for (let i = 0; i < 3; i++) b.failure();
    now = 999;
    expect(b.tryAcquire()).toBe(false);
    now = 1_000;
    expect(b.tryAcquire()).toBe(true);
    expect(b.state).toBe('half-open');
    expect(b.tryAcquire()).toBe(false);
    b.success();
    expect(b.state).toBe('closed');
    expect(b.tryAcquire()).toBe(true);
  });

  it('opens again for another openMs when the probe fails', () => {
    const b = breaker();
    for (let i = 0; i < 3; i++) b.failure();
    now = 1_000;
    expect(b.tryAcquire()).toBe(true);
    b.failure();
    expect(b.state).toBe('open');
    now = 1_999;
    expect(b.tryAcquire()).toBe(false);
    now = 2_000;
    expect(b.tryAcquire()).toBe(true);
  });

  it('frees the probe slot when the probe is abandoned (the request deadline, not the subgraph)', () => {
    const b = breaker();
    for (let i = 0; i < 3; i++) b.failure();
    now = 1_000;
    expect(b.tryAcquire()).toBe(true);
    b.abandon();
    expect(b.tryAcquire()).toBe(true);
  });
});
