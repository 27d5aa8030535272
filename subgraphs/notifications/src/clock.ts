/** Injected so tests can fix "now" (quiet hours, the digest) without waiting. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
