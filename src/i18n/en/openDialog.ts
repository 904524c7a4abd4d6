// The Open scenario dialog's strings (loaded with the dialog, not in the first chunk).
import { plural } from '../plural';

export const openDialog = {
  title: 'Open a scenario',
  intro:
    'Choose a scenario file (.json), drop one onto this dialog, or paste its JSON below. It is checked against the scenario format before it plays.',
  file: 'Scenario file',
  paste: 'Scenario JSON',
  placeholder: '{ "format": 1, "id": "my-scenario", … }',
  drop: 'Drop the .json file to open it',
  check: 'Check and open',
  close: 'Close',
  problems: (n: number) => `This scenario has ${plural('en', n, { one: '# problem', other: '# problems' })}:`,
  notJson: (line: number, col: number, pos: number) =>
    `This is not valid JSON: line ${line}, column ${col} (character ${pos}).`,
  notJsonAnywhere: 'This is not valid JSON.',
  showInText: 'Show in the text',
  tooBig: (kb: number) => `The file is ${kb} KB; scenarios are at most 1000 KB.`,
  readFailed: (why: string) => `The file could not be read: ${why}`,
  saved: 'Saved on this device',
  noneSaved: 'No scenarios saved yet.',
  play: 'Open',
  remove: 'Remove',
  removeLabel: (title: string) => `Remove ${title}`,
  playLabel: (title: string) => `Open ${title}`,
  opened: (title: string) => `Opened “${title}”.`,
};
