// The one import site of ./trace (the page side of trace opening, with the shipped sample):
// a single dynamic importer keeps it, and the sample log, out of the first chunk.
export const loadTraceModule = () => import('./trace');
