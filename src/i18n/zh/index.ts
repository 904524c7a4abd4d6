// Every Simplified Chinese message, loaded only when Chinese is chosen (src/i18n/index.ts).
// Typed against the English shape: a key missing or extra is a type error.
import '../rules';
import type { AllMessages } from '../en';
import type { Shape } from '../shape';
import { addressSpaces } from './addressSpaces';
import { bits } from './bits';
import { common } from './common';
import { custom } from './custom';
import { embed } from './embed';
import { exceptionLevels } from './exceptionLevels';
import { exporting } from './exporting';
import { linkNotices } from './linkNotices';
import { narration } from './narration';
import { openDialog } from './openDialog';
import { predict } from './predict';
import { predictSwitch } from './predictSwitch';
import { redirection } from './redirection';
import { registerFile } from './registerFile';
import { routing } from './routing';
import { shell } from './shell';
import { shortcuts } from './shortcuts';
import { stage } from './stage';
import { steps } from './steps';
import { trace } from './trace';
import { ui } from './ui';
import { virtualInterrupts } from './virtualInterrupts';
import { walk } from './walk';

export const zh: Shape<AllMessages> = {
  addressSpaces,
  bits,
  common,
  custom,
  embed,
  shortcuts,
  trace,
  exceptionLevels,
  exporting,
  linkNotices,
  narration,
  openDialog,
  predict,
  predictSwitch,
  redirection,
  registerFile,
  routing,
  shell,
  stage,
  steps,
  ui,
  virtualInterrupts,
  walk,
};
