export * from './tasks-schema';
export * from './tasks';
export * from './task-comments';
export * from './task-history';
export * from './known-users';
export * from './deal-access';
export * from './crm-settings';
export * from './bus';
