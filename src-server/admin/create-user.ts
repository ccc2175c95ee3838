import { USER_ROLES, userEmailSchema, userNameSchema, validateWith, type UserRole } from '../../src-core/model';
import type { Db } from '../db/adapter';
import { insertUser, userByEmail } from '../store/users';
import { AdminError } from './admin-error';

export interface CreateUserInput {
  email: string;
  name: string;
  role?: string | undefined;
  leadEmail?: string | undefined;
}

/**
 * The checks that need no database: run before the data folder is even opened. Names and emails
 * follow the model's text rule (they end up in every account the user owns and in book files),
 * and a refused value is never echoed back: it may hold terminal escapes.
 */
export function checkNewUser(input: CreateUserInput): { email: string; name: string; role: UserRole } {
  const email = input.email.trim();
  const emailCheck = validateWith(userEmailSchema, email);
  if (!emailCheck.ok) {
    const plain = emailCheck.problems.every((p) => p === 'is not an email address');
    throw new AdminError(plain ? `"${email}" is not an email address.` : `--email ${emailCheck.problems.join(', ')}.`);
  }
  const name = input.name.trim();
  const nameCheck = validateWith(userNameSchema, name);
  if (!nameCheck.ok) throw new AdminError(`--name ${nameCheck.problems.join(', ')}.`);
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
      if (!lead.active) throw new AdminError(`${lead.email} is deactivated; choose an active lead (--lead).`);
      leadId = lead.id;
    }
    const { user, token } = await insertUser(tx, { email, name, role, leadId });
    return { token, userId: user.id };
  });
}
