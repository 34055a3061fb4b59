// `npx parley` finds the project's own bin; tools that look in node_modules/.bin (editors, the
// stop hook) find it too once this link exists. Run by `npm run prepare` after the build.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';

const link = 'node_modules/.bin/parley';
if (existsSync('node_modules') && !existsSync(link)) {
  mkdirSync('node_modules/.bin', { recursive: true });
  symlinkSync('../../bin/parley.js', link);
}
