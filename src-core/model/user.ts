import { nonEmptyText, text } from './primitives';

/**
 * A team member as the admin types them in. A user's name is copied into every account they own
 * (`ownerName`) and into book files, so it follows the same text rule as every other stored
 * string: a name that could not be stored in an account is refused here, at the door.
 */
export const userNameSchema = nonEmptyText(200);

export const userEmailSchema = text(320).regex(/^[^\s@]{1,64}@[^\s@]{1,255}$/, { message: 'is not an email address' });
