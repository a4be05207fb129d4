import { registerEnumType } from '@nestjs/graphql';

export enum MembershipRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(MembershipRole, { name: 'MembershipRole' });
