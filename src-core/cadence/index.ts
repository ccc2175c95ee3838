export * from './cadence-status';
export * from './onboarding';
