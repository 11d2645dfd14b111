import { boundYoungGeneration } from '../src/node-flags.js';

// Imported first by the benchmark, so that its in-process stages run with the young generation
// bounded as in `cplan` (src/cli.ts) before anything has grown it.
boundYoungGeneration();
