export * from './payments-schema';
export * from './policies';
export * from './schedule-items';
export * from './ledger-entries';
export * from './schedule-conflicts';
export * from './deal-access';
export * from './crm-settings';
export * from './bus';
