// The size gate: the first view (the default address, as a first-time visitor gets it) may
// fetch at most FIRST_VIEW_BUDGET_KB of JS + CSS, gzip -9, on the page's thread before the
// network is idle. Measured in the browser the way `npm run bench` measures (a); prints it.
import { describeFirstView, FIRST_VIEW_BUDGET_KB, FIRST_VIEW_QUERY, firstViewSize } from '../scripts/bench/firstview';
import { expect, test } from './fixtures/test';

test.use({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });

test(`the first view fetches at most ${FIRST_VIEW_BUDGET_KB} KB gzip of JS + CSS on the page thread`, async ({
  page,
  baseURL,
}) => {
  const size = await firstViewSize(page, `${baseURL}${FIRST_VIEW_QUERY}`);
  const report = describeFirstView(size);
  console.log(report);
  expect(size.gzipBytes / 1024, report).toBeLessThanOrEqual(FIRST_VIEW_BUDGET_KB);
});
