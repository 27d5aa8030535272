export * from './auth-schema';
export * from './organizations';
export * from './users';
export * from './refresh-tokens';
export * from './invitations';
export * from './api-keys';
export * from './telegram';
export * from './bus';
