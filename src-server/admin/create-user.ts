import { USER_ROLES, type UserRole } from '../../src-core/model';
import type { Db } from '../db/adapter';
import { insertUser, userByEmail } from '../store/users';
import { AdminError } from './admin-error';

export interface CreateUserInput {
  email: string;
  name: string;
  role?: string | undefined;
  leadEmail?: string | undefined;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;

/** The checks that need no database: run before the data folder is even opened. */
export function checkNewUser(input: CreateUserInput): { email: string; name: string; role: UserRole } {
  const email = input.email.trim();
  if (!EMAIL.test(email)) throw new AdminError(`"${input.email}" is not an email address.`);
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) throw new AdminError('--name must be 1 to 200 characters.');
  const role = (input.role ?? 'csm') as UserRole;
  if (!USER_ROLES.includes(role)) throw new AdminError(`--role must be one of ${USER_ROLES.join(', ')}.`);
  return { email, name, role };
}

/** Creates a user and returns its token, the only time the token is ever shown. */
export async function createUser(db: Db, input: CreateUserInput): Promise<{ token: string; userId: string }> {
  const { email, name, role } = checkNewUser(input);
  return db.transaction(async (tx) => {
    if (await userByEmail(tx, email)) throw new AdminError(`A user with email ${email} already exists.`);
    let leadId: string | null = null;
    if (input.leadEmail !== undefined) {
      const lead = await userByEmail(tx, input.leadEmail);
      if (!lead) throw new AdminError(`No user has the email ${input.leadEmail} (--lead).`);
      if (lead.role === 'csm')
        throw new AdminError(`${lead.email} is a CSM; a team's lead must have the role lead or admin.`);
      leadId = lead.id;
    }
    const { user, token } = await insertUser(tx, { email, name, role, leadId });
    return { token, userId: user.id };
  });
}
