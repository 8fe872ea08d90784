/**
 * The build steps, in the order they run.
 * @module
 */
import type { BuildStep } from './build-step.js';
import { modelsStep } from './steps/models.js';

/** Every step of `tmad build`. Add one by writing a module in `steps/` and listing it here. */
export const buildSteps: readonly BuildStep[] = [modelsStep];
