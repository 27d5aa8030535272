export * from './bus-metrics';
export * from './business-metrics';
export * from './storage-metrics';
export * from './metrics-listener';
export * from './process-metrics';
export * from './telegram-metrics';
export type { Registry } from 'prom-client';
