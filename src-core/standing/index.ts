export * from './account-standing';
