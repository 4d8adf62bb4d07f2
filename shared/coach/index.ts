export { analyzeDraft, explainDraft, type ExplainedFinding } from './analyze-draft.ts';
export * from './types.ts';
