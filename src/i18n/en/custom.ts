// Custom scenario strings the first view needs: the Open button, the picker group and what
// storage could not keep. The dialog's own strings are in dialogStrings.ts (loaded with it).
import type { StorageProblem } from '../../custom/storage';

export const custom = {
  open: 'Open scenario',
  yours: 'Your scenarios',
  dismiss: 'Dismiss',
  problem: (p: StorageProblem): string => {
    switch (p.kind) {
      case 'unavailable':
        return 'This browser does not let VHE Lab keep data (storage is turned off), so custom scenarios last only until the page is closed.';
      case 'full':
        return `The browser storage is full, so “${p.name}” plays now but will not be kept after a reload.`;
      case 'corrupt':
        return p.movedTo
          ? `A saved custom scenario (${p.what}) was damaged, so it was not loaded. It was set aside as ${p.movedTo}.`
          : `A saved custom scenario (${p.what}) was damaged, so it was not loaded (it could not be set aside).`;
      case 'future':
        return `The saved custom scenarios were written by a newer VHE Lab (format ${p.version}), so they were not loaded${p.movedTo ? `; they were set aside as ${p.movedTo}` : ''}.`;
    }
  },
};
