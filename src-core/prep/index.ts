/** The 15-minute meeting prep (issue 5): what changed, talking points, insight draft, meeting log. */
export * from './account-data';
export * from './kpi-change';
export * from './what-changed';
export * from './metric-points';
export * from './talking-points';
export * from './quiet-parts';
export * from './monthly-insight';
export * from './prep-plan';
export * from './meeting-log';
export * from './meeting-choice';
export * from './funnel';
export * from './prep-focus';
