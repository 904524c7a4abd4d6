export { BitsPanel } from './BitsPanel';
