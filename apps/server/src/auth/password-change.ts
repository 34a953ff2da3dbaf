import type { PasswordChange } from '@verkosto/domain';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { ApiError, invalidField } from '../http/errors';
import { hashPassword, verifyPassword } from './passwords';
import * as repo from './repository';
import type { SignedIn } from './service';

/**
 * A signed-in user replaces their password, the one-time one included: the current one must be
 * right, and their other sessions end, so a password someone else saw opens nothing any more.
 */
export async function changeOwnPassword(options: {
  db: Db;
  config: Config;
  signedIn: SignedIn;
  input: PasswordChange;
}): Promise<void> {
  const { db, signedIn, input } = options;
  if (!options.config.passwordSignIn) throw new ApiError('password_sign_in_off');
  const current = await repo.findPasswordHash(db, signedIn.actor.userId);
  if (!current || !(await verifyPassword(current, input.currentPassword)))
    throw invalidField('currentPassword', 'wrong_password');
  const next = await hashPassword(input.newPassword);
  await repo.replaceOwnPassword(db, signedIn.actor.userId, next, signedIn.tokenHash);
}
