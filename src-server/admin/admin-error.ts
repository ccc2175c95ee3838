/** A refusal the admin can act on: printed as one line on stderr, exit code 1. */
export class AdminError extends Error {
  override readonly name = 'AdminError';
}
