export * from './tables';
export * from './types';
export * from './outbox-publisher';
