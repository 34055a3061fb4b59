#!/usr/bin/env node
// The CLI runs from the compiled output; `npm ci` builds it (prepare).
import { main } from '../dist/cli/main.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
