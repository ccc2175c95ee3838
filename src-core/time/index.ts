export * from './dates';
export * from './period';
export * from './zones';
