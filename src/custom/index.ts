export {
  getCustom,
  initCustom,
  listCustom,
  loadCustomScenario,
  openCustom,
  playCustom,
  removeCustom,
  useCustom,
} from './api';
export { CustomNotices } from './CustomNotices';
export { CustomOptions } from './CustomOptions';
