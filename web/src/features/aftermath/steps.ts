import { AFTERMATH_STEPS, type AftermathView } from '../../../../shared/contracts/aftermath.ts';

export type StepView = AftermathView['steps'][number];
export type StepName = StepView['step'];
export const STEPS = AFTERMATH_STEPS;

/** Where I am in my own writing. The partner's progress is never known before a reveal. */
export type MyState = 'revealed' | 'finished' | 'draft' | 'notStarted';

export function myState(step: StepView): MyState {
  if (step.revealed) return 'revealed';
  if (step.mine?.done) return 'finished';
  if (step.mine?.text) return 'draft';
  return 'notStarted';
}

/** The step to open first: the first I have not finished, else the first not yet shown to both; when all are shown, the beginning, to read it again. */
export function firstOpenStep(view: AftermathView): StepName {
  return (
    view.steps.find((s) => !s.mine?.done)?.step ??
    view.steps.find((s) => !s.revealed)?.step ??
    view.steps[0]!.step
  );
}
