export * from './language';
export * from './texts';
export * from './input.texts';
export * from './words.texts';
export * from './format-values';
