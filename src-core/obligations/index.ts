export * from './goal-approvals';
export * from './feedback-requests';
export * from './request-email';
export * from './referral-asks';
export * from './case-studies';
export * from './year-end';
export * from './obligations-json';
export * from './obligations-board';
