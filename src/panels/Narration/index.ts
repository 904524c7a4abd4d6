export { NarrationPanel } from './NarrationPanel';
