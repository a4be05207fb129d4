import { DataSource } from 'typeorm';

import { UserEntity } from './user.entity';

/** A refusal of the admin command, worded for the person at the terminal. */
export class PlatformAdminError extends Error {}

export const ADMIN_USAGE = 'Usage: npm run admin -- grant <email> | revoke <email> | list';

/** Runs `grant`, `revoke` or `list`; returns the lines to print. Granting or revoking twice changes nothing. */
export async function runAdminCommand(dataSource: DataSource, args: string[]): Promise<string[]> {
  const [command, email, ...extra] = args;
  if (command === 'list' && email === undefined) return listPlatformAdmins(dataSource);
  if ((command === 'grant' || command === 'revoke') && email !== undefined && extra.length === 0) {
    return [await setPlatformAdmin(dataSource, email, command === 'grant')];
  }
  throw new PlatformAdminError(ADMIN_USAGE);
}

async function setPlatformAdmin(dataSource: DataSource, rawEmail: string, admin: boolean): Promise<string> {
  const email = rawEmail.trim().toLowerCase();
  // Control characters would reach PostgreSQL as encoding errors instead of a plain "no such user".
  if (!/^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+$/u.test(email)) throw new PlatformAdminError(`${JSON.stringify(rawEmail)} is not an email address. ${ADMIN_USAGE}`);
  const users = dataSource.getRepository(UserEntity);
  const user = await users.findOneBy({ email });
  if (!user) throw new PlatformAdminError(`No user has the email ${JSON.stringify(email)}: they sign up first, then run this again.`);
  if (user.isPlatformAdmin === admin) return `${email} ${admin ? 'was already' : 'was not'} a platform admin; nothing changed.`;
  await users.update({ id: user.id }, { isPlatformAdmin: admin });
  return `${email} ${admin ? 'is now' : 'is no longer'} a platform admin.`;
}

async function listPlatformAdmins(dataSource: DataSource): Promise<string[]> {
  const admins = await dataSource.getRepository(UserEntity).find({ where: { isPlatformAdmin: true }, order: { email: 'ASC' } });
  return admins.length ? admins.map((u) => `${u.email}  ${u.name}`) : ['No platform admins yet: npm run admin -- grant <email>'];
}
