export * from './dates';
export * from './period';
