export * from './test-mode';
export * from './test-database';
export * from './test-tokens';
export * from './probe-subgraph';
export * from './post-graphql';
