/** Injected so tests can place entries in another month without waiting. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
