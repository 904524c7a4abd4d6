export { PredictCard } from './PredictCard';
