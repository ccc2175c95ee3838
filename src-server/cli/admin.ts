import { processIo } from './io';
import { runAdmin } from './run-admin';

/** `npm run admin -- <command> …` (DESIGN §8): the process around `runAdmin`. */
process.exitCode = await runAdmin(process.argv.slice(2), processIo());
