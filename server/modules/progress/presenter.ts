import type { ProgressView } from '../../../shared/contracts/progress.ts';

/** The service already computes chart series in the contract's shape; charts need nothing else. */
export function presentProgress(progress: ProgressView): ProgressView {
  return progress;
}
