export * from './test-mode';
export * from './test-database';
