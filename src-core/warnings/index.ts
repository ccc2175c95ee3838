export * from './warning';
export * from './detect';
export * from './reconcile';
export * from './book-warnings';
export * from './triage';
