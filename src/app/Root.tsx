// The whole page under its last-resort boundary: what src/main.tsx renders, and what the build
// prerenders into index.html (scripts/prerender/entry.tsx), so the two draw the same tree.
import { StrictMode } from 'react';
import { App } from './App';
import { AppBoundary } from './AppBoundary';

export function Root() {
  return (
    <StrictMode>
      <AppBoundary>
        <App />
      </AppBoundary>
    </StrictMode>
  );
}
