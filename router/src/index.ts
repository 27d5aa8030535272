export * from './create-router';
export * from './env';
export * from './security';
export type { RouterContext } from './router-context';
export * from './known-operations';
export * from './persisted-operations';
