// What the shell uses of src/custom (the dialog loads lazily from OpenDialog.tsx).
export { openCustom, openCustomScenario } from './api';
export { CustomNotices } from './CustomNotices';
export { CustomOptions } from './CustomOptions';
