/** The agency's own PowerPoint template: import, keep, and render decks on it. */
export { importTemplate, loadTemplate, templateFileTooLarge } from './import-template';
export { describeTemplate, type TemplateSummary } from './describe-template';

export type { DeckTemplate } from './template-types';
