/**
 * The one source of numbers for the app's charts and the decks (STYLE rule 9): a chart on screen
 * and the same chart in a deck call these functions, so they cannot disagree.
 */
export * from './metric-info';
export * from './series-points';
export * from './aggregate';
export * from './attainment';
export * from './period-summary';
export * from './channel-breakdown';
export * from './goal-status';
export * from './roi';
export * from './nps-csat';
export * from './format';
