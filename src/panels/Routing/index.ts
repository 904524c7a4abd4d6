export { RoutingPanel } from './RoutingPanel';
