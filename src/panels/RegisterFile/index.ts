export { RegisterFilePanel } from './RegisterFilePanel';
