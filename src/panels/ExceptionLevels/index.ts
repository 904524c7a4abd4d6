export { ExceptionLevelsPanel } from './ExceptionLevelsPanel';
