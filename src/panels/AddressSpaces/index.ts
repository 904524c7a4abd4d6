export { AddressSpacesPanel } from './AddressSpacesPanel';
