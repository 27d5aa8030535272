export * from './notifications-schema';
export * from './notifications';
export * from './deal-owners';
export * from './bus';
export * from './user-settings';
export * from './telegram';
export * from './crm-settings';
