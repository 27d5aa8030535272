export * from './deal-access-rule';
export * from './deal-access-sql';
export * from './access-settings-read-model';
export * from './deal-access-read-model';
export * from './known-users-read-model';
export * from './deal-arrival';
