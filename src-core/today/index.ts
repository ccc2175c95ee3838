/** The CSM's day (issue 5): start-of-day list, meetings and prep status, audits, workplan, trips. */
export * from './book-slice';
export * from './meetings';
export * from './audit-rotation';
export * from './monthly-contact';
export * from './start-of-day';
export * from './csv';
export * from './weekly-workplan';
export * from './timesheet';
export * from './trip-readiness';
export * from './task-inbox';
