import { registerEnumType } from '@nestjs/graphql';

export enum OrganizationKind {
  INTERMEDIARY = 'INTERMEDIARY',
  NONPROFIT = 'NONPROFIT',
  COMPANY = 'COMPANY',
  FUNDER = 'FUNDER',
}
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
