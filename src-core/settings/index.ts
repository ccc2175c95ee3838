export * from './settings-schema';
export * from './defaults';
