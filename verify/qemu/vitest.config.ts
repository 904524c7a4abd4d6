import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The QEMU probes run on their own (`npm run test:qemu`), after the unit tests: they need
// Debian's qemu-system-aarch64 and AArch64 binutils (scripts/ensure-qemu.sh).
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['verify/qemu/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
