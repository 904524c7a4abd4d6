// The shell's door to src/custom. Nothing of custom scenarios (storage, validation, the
// picker's group, the notices) is in the first view: it loads when something is kept on
// this device or the user opens a scenario of their own.
import { lazy } from 'react';

export { useCustomDoor } from './door';

/** The custom-scenario API, loaded on first use. */
export const customApi = () => import('./api');

export const CustomOptions = lazy(() => import('./CustomOptions').then((m) => ({ default: m.CustomOptions })));
export const CustomNotices = lazy(() => import('./CustomNotices').then((m) => ({ default: m.CustomNotices })));
