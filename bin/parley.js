#!/usr/bin/env -S node --single-threaded-gc
// The CLI runs from the compiled output; `npm ci` builds it (prepare).
// --single-threaded-gc: with V8's GC helper threads one coding worker kept ≈ 1.1–1.3 cores busy
// and was no faster; without them N workers get N cores (see README, Speed).
import { main } from '../dist/cli/main.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
