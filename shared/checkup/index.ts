/**
 * Pure check-up modules: safe to import from the web app. File loading lives in `./load.ts`
 * (Node only) and is deliberately not re-exported here.
 */
export * from './text.ts';
export * from './parse.ts';
export * from './instrument.ts';
export * from './exercises.ts';
export * from './scoring.ts';
export * from './answers.ts';
export * from './results.ts';
export * from './compare.ts';
export * from './suggest.ts';
export * from './safety.ts';
export * from './resources.ts';
