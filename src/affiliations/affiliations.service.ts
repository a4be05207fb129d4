import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { OrganizationKind } from '../common/domain/organization-kind.enum';
import { AppError } from '../common/errors/app-error';
import { Page, paginate } from '../common/pagination/pagination';
import { OrganizationsService } from '../organizations/organizations.service';
import { AffiliationEntity } from './affiliation.entity';
import { AffiliateOrganizationInput, AffiliationsArgs } from './dtos/affiliation.inputs';

const AFFILIABLE_KINDS = [OrganizationKind.NONPROFIT, OrganizationKind.COMPANY, OrganizationKind.FUNDER];

@Injectable()
export class AffiliationsService {
  constructor(
    @InjectRepository(AffiliationEntity) private readonly affiliations: Repository<AffiliationEntity>,
    private readonly organizations: OrganizationsService,
    private readonly access: AccessService,
  ) {}

  list(actor: Actor, { filter, ...page }: AffiliationsArgs): Promise<Page<AffiliationEntity>> {
    const qb = this.access.scopeAffiliations(actor, this.affiliations.createQueryBuilder('a'));
    if (filter?.intermediaryId) qb.andWhere('a.intermediaryId = :intermediaryId', { intermediaryId: filter.intermediaryId });
    if (filter?.organizationId) qb.andWhere('a.organizationId = :organizationId', { organizationId: filter.organizationId });
    if (typeof filter?.vetted === 'boolean') qb.andWhere('a.vetted = :vetted', { vetted: filter.vetted });
    return paginate(qb, page);
  }

  /** A nonprofit, company or funder chooses to work with an intermediary; its curators then vet it. */
  async affiliate(actor: Actor, { intermediaryId, organizationId }: AffiliateOrganizationInput): Promise<AffiliationEntity> {
    this.access.assertCanAffiliate(actor, organizationId);
    const [intermediary, organization] = await Promise.all([this.organizations.get(intermediaryId), this.organizations.get(organizationId)]);
    if (intermediary.kind !== OrganizationKind.INTERMEDIARY) {
      throw AppError.badInput('Organizations can only be affiliated with an intermediary.', [{ field: 'intermediaryId', message: 'must be an intermediary' }]);
    }
    if (!AFFILIABLE_KINDS.includes(organization.kind)) {
      throw AppError.badInput('Only nonprofits, companies and funders can be affiliated with an intermediary.', [
        { field: 'organizationId', message: 'must be a nonprofit, company or funder' },
      ]);
    }
    if (await this.affiliations.existsBy({ intermediaryId, organizationId })) {
      throw AppError.conflict('This organization is already affiliated with the intermediary.');
    }
    return this.affiliations.save(this.affiliations.create({ intermediaryId, organizationId }));
  }

  async setVetted(actor: Actor, id: string, vetted: boolean): Promise<AffiliationEntity> {
    const affiliation = await this.get(id);
    this.access.assertCurator(actor, affiliation.intermediaryId);
    await this.affiliations.update({ id }, { vetted });
    return { ...affiliation, vetted };
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    const affiliation = await this.get(id);
    if (!(actor.isPlatformAdmin || actor.isAdminOf(affiliation.intermediaryId) || actor.isAdminOf(affiliation.organizationId))) {
      throw AppError.forbidden('Only admins of the intermediary or of the organization can end an affiliation.');
    }
    await this.affiliations.delete({ id });
    return true;
  }

  // Mutations answer FORBIDDEN rather than NOT_FOUND for others' affiliations: which organizations an
  // intermediary works with is public already through organizations(filter: { intermediaryId }).
  private async get(id: string): Promise<AffiliationEntity> {
    const affiliation = await this.affiliations.findOneBy({ id });
    if (!affiliation) throw AppError.notFound('Affiliation');
    return affiliation;
  }
}
