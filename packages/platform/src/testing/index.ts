export * from './test-mode';
export * from './test-database';
export * from './test-tokens';
export * from './probe-subgraph';
export * from './post-graphql';
export * from './broker-lock';
export * from './test-vhost';
export * from './subgraph-harness';
