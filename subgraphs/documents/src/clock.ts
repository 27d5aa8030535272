/** Injected so tests can move "now" (link expiry, retention, the 90-day expiry) without waiting. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
