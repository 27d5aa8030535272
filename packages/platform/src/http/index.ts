export * from './request-context.middleware';
export * from './metrics';
export * from './health-routes';
export * from './http-listener';
export * from './trust-proxy';
export * from './json-errors.middleware';
export * from './same-secret';
export * from './one-time-token';
