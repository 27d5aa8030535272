/** Injected so tests can move time (overdue instalments) without waiting. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
