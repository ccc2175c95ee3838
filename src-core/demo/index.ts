export { generateDemoBook } from './generate-book';
export type { DemoBookOptions } from './context';
export { DEFAULT_ACCOUNTS, DEFAULT_YEARS, DEMO_OWNER, DEMO_SEED } from './context';
export { HVAC_STORY, HVAC_STORY_ACCOUNT_NAME } from './hvac-story';
export { createRandom, type Random } from './random';
