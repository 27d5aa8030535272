export * from './language';
export * from './texts';
export * from './input.texts';
