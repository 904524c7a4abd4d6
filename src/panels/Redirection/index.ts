export { RedirectionPanel } from './RedirectionPanel';
