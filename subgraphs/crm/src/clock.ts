/** Injected so tests can move time (review dates, the review-due job) without waiting. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
