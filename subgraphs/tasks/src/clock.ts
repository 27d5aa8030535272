/** Injected so tests can fix "today" (due-date windows) without waiting. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
