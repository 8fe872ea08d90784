/**
 * The build steps, in the order they run.
 * @module
 */
import type { BuildStep } from './build-step.js';
import { cleanDocxStep } from './steps/clean-docx.js';
import { consultationsStep } from './steps/consultations.js';
import { deltasStep } from './steps/deltas.js';
import { modelsStep } from './steps/models.js';
import { siteStep } from './steps/site.js';
import { traceMatrixStep } from './steps/trace-matrix.js';

/** Every step of `tmad build`. Add one by writing a module in `steps/` and listing it here. */
export const buildSteps: readonly BuildStep[] = [modelsStep, deltasStep, cleanDocxStep, traceMatrixStep, consultationsStep, siteStep];
