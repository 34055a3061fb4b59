import { execFileSync } from 'node:child_process';

/** CLI and end-to-end tests run the compiled CLI: build it once, fresh, before any test. */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
}
