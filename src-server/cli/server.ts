import { processIo } from './io';
import { runServer } from './run-server';

/**
 * `npm run server -- …` (DESIGN §8): the process around `runServer`. The first SIGINT or SIGTERM
 * closes the server gracefully (the lock file goes); a second one kills it at once.
 */
const code = await runServer(process.argv.slice(2), processIo(), (stop) => {
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
process.exit(code);
