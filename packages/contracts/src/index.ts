export * from './envelope';
export * from './events';
export * from './scalars';
export * from './values';
export * from './money';
