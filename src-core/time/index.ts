export * from './dates';
export * from './period';
export * from './zone';
export * from './workday';
export * from './format-instant';
