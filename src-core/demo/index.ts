/**
 * The deterministic demo book: `generateDemoBook({ seed, asOf, owner, accounts?, years? })`
 * returns a `fieldbook-book/1` file whose every row passes the model's schemas. Same options,
 * same bytes. `HVAC_STORY_ACCOUNT_NAME` finds the at-risk HVAC client of seeds/001.
 */
export { generateDemoBook } from './generate-book';
export type { DemoBookOptions } from './context';
export { DEMO_OWNER, DEMO_SEED } from './context';
export { HVAC_STORY_ACCOUNT_NAME } from './hvac-story';
export { createRandom } from './random';
