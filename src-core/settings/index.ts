export * from './settings-schema';
export * from './defaults';
export * from './time-zone';
