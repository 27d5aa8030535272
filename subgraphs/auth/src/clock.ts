/** Injected so tests can move time (code and token expiry) without waiting. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export function secondsFrom(now: Date, seconds: number): Date {
  return new Date(now.getTime() + seconds * 1000);
}
