export * from './env';
export * from './logger';
export * from './db';
export * from './migrations';
export * from './tracing';
export * from './auth/identity';
export * from './auth/access-token';
export * from './subgraph/subgraph-module';
