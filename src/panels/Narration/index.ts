export { describeStep } from './describe';
export { NarrationPanel } from './NarrationPanel';
