export * from './create-router';
export * from './env';
export * from './security';
export type { RouterContext } from './router-context';
export * from './known-operations';
export { defaultLiveLimits, type LiveFeed, type LiveLimits } from './live/live-server';
export * from './persisted-operations';
export * from './telegram-webhook';
