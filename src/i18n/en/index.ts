// Every English message of the app, by namespace: the shape every translation must match.
// `en` is the first view's; LazyMessages' tables load with their features.
import { addressSpaces } from './addressSpaces';
import { bits } from './bits';
import { common } from './common';
import { custom } from './custom';
import { exceptionLevels } from './exceptionLevels';
import { exporting } from './exporting';
import { narration } from './narration';
import { predictSwitch } from './predictSwitch';
import { redirection } from './redirection';
import { registerFile } from './registerFile';
import { routing } from './routing';
import { shell } from './shell';
import { stage } from './stage';
import { steps } from './steps';
import { ui } from './ui';
import { virtualInterrupts } from './virtualInterrupts';
import { walk } from './walk';

export const en = {
  addressSpaces,
  bits,
  common,
  custom,
  exceptionLevels,
  exporting,
  narration,
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

/** The first view's messages. */
export type Messages = typeof en;

/**
 * Namespaces that load with their feature (dialogs, predict mode), not with the first view:
 * a feature imports its English table itself and reads it through featureMessages.
 */
export type LazyMessages = {
  openDialog: typeof import('./openDialog').openDialog;
  predict: typeof import('./predict').predict;
  embed: typeof import('./embed').embed;
  linkNotices: typeof import('./linkNotices').linkNotices;
  shortcuts: typeof import('./shortcuts').shortcuts;
  trace: typeof import('./trace').trace;
};

/** Every message: what a translation must match. */
export type AllMessages = Messages & LazyMessages;
