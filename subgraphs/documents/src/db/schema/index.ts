export * from './documents-schema';
export * from './bus';
export * from './deal-access';
export * from './owners';
export * from './folders';
export * from './files';
export * from './links';
export * from './drive-operations';
