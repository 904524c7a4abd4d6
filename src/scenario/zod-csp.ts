// Imported before any schema is built: zod 4 probes `new Function('')` when an object schema
// is created, to decide whether to compile fast parsers. The page's CSP (script-src 'self',
// no 'unsafe-eval') blocks that probe, and Chromium reports the blocked eval as a CSP
// violation (an Issue in DevTools; Lighthouse's best-practices audit counts it) even though
// zod catches it. jitless skips the probe; our files are small, so the interpreter is enough.
import { config } from 'zod';

config({ jitless: true });
