import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { oneId, organizationsCuratedBy } from '../common/access/curation-scope';
import { Transaction } from '../common/database/unit-of-work';
import { OrganizationKind } from '../common/domain/organization-kind.enum';
import { AppError } from '../common/errors/app-error';
import { Page, paginate } from '../common/pagination/pagination';
import { escapeLike } from '../common/pagination/search';
import { sentFields } from '../common/validation/update-fields';
import { singleTimeZoneOf } from './country-time-zone';
import { CreateOrganizationInput, OrganizationsArgs, UpdateOrganizationInput } from './dtos/organization.inputs';
import { OrganizationEntity } from './organization.entity';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    private readonly access: AccessService,
  ) {}

  list(actor: Actor, { filter, ...page }: OrganizationsArgs): Promise<Page<OrganizationEntity>> {
    const qb = this.organizations.createQueryBuilder('o');
    if (filter?.kind) qb.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter?.country) qb.andWhere('o.country = :country', { country: filter.country });
    if (filter?.search) qb.andWhere('o.name ILIKE :search', { search: `%${escapeLike(filter.search)}%` });
    if (filter?.mine) qb.andWhere('o.id = ANY(:mine)', { mine: actor.organizationIds() });
    if (filter?.intermediaryId) {
      qb.andWhere(`o.id IN ${organizationsCuratedBy(oneId(':intermediaryId'))}`, { intermediaryId: filter.intermediaryId });
    }
    return paginate(qb, page);
  }

  async get(id: string): Promise<OrganizationEntity> {
    const org = await this.organizations.findOneBy({ id });
    if (!org) throw AppError.notFound('Organization');
    return org;
  }

  /** In the caller's transaction, which makes the creator its first admin (memberships). Intermediaries are onboarded by platform admins. */
  async create({ manager }: Transaction, actor: Actor, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    if (input.kind === OrganizationKind.INTERMEDIARY) this.access.assertPlatformAdmin(actor);
    const timeZone = input.timeZone ?? singleTimeZoneOf(input.country);
    const { id } = await manager.save(manager.create(OrganizationEntity, { ...input, currency: input.currency ?? undefined, website: input.website ?? null, timeZone }));
    // Read back: a left-out currency is the database's choice, from the country.
    return manager.findOneByOrFail(OrganizationEntity, { id });
  }

  async update(actor: Actor, id: string, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    const org = await this.get(id);
    this.access.assertOrganizationAdmin(actor, org.id);
    const changes = sentFields(input);
    if (Object.keys(changes).length > 0) await this.organizations.update({ id }, changes);
    return this.get(id);
  }

  /** A company's admins decide whether their employees' matches wait for their sign-off. */
  async setEmployerSignOff(actor: Actor, id: string, required: boolean): Promise<OrganizationEntity> {
    const org = await this.get(id);
    this.access.assertOrganizationAdmin(actor, org.id);
    if (org.kind !== OrganizationKind.COMPANY) {
      throw AppError.badInput(`${org.name} is not a company; only companies sign off their employees’ time.`, [{ field: 'organizationId', message: 'must be a company' }]);
    }
    await this.organizations.update({ id }, { requiresEmployerSignOff: required });
    return this.get(id);
  }

  async setVerified(actor: Actor, id: string, verified: boolean): Promise<OrganizationEntity> {
    this.access.assertPlatformAdmin(actor);
    await this.get(id);
    await this.organizations.update({ id }, { verified });
    return this.get(id);
  }
}
