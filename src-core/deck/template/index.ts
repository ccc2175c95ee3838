/** The agency's own PowerPoint template: import, keep, and render decks on it. */
export { importTemplate, loadTemplate, templateFileTooLarge, type TemplateImport } from './import-template';
export { describeTemplate, type TemplateSummary } from './describe-template';
export { MAX_KEPT_TEMPLATE_BYTES, MAX_TEMPLATE_FILE_BYTES } from './template-limits';
export type { DeckTemplate } from './template-types';
