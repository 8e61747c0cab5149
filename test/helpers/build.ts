/** Vitest global setup: bundles the CLI and extension first, so CLI tests run the binary users get. */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['esbuild.mjs'], { stdio: 'inherit' });
}
