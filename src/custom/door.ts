// Whether the shell should show custom scenarios' parts (the picker's group, the notices):
// once something is kept on this device or the custom code has loaded for another reason.
import { create } from 'zustand';

/** Where the kept scenarios live (storage.ts reads and writes it). */
export const STORAGE_KEY = 'vhe-lab/custom/v1';

function hasKept(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

export const useCustomDoor = create<{ open: boolean }>(() => ({ open: hasKept() }));
