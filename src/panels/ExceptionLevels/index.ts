export { ExceptionLevelsPanel } from './ExceptionLevelsPanel';
export { layoutFlow } from './layout';
