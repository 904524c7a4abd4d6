// Every English message of the app, by namespace: the shape every translation must match.
import { addressSpaces } from './addressSpaces';
import { bits } from './bits';
import { common } from './common';
import { custom } from './custom';
import { embed } from './embed';
import { exceptionLevels } from './exceptionLevels';
import { exporting } from './exporting';
import { narration } from './narration';
import { openDialog } from './openDialog';
import { predict } from './predict';
import { predictSwitch } from './predictSwitch';
import { redirection } from './redirection';
import { routing } from './routing';
import { shell } from './shell';
import { steps } from './steps';
import { ui } from './ui';

export const en = {
  addressSpaces,
  bits,
  common,
  custom,
  embed,
  exceptionLevels,
  exporting,
  narration,
  openDialog,
  predict,
  predictSwitch,
  redirection,
  routing,
  shell,
  steps,
  ui,
};

export type Messages = typeof en;
