export * from './create-bot';
export * from './run-bot';
export * from './router-client';
export * from './storage/bot-storage';
export * from './bot-env';
