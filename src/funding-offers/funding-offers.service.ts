import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { Transaction, UnitOfWork } from '../common/database/unit-of-work';
import { OrganizationKind } from '../common/domain/organization-kind.enum';
import { AppError, FieldProblem } from '../common/errors/app-error';
import { DomainEvents } from '../common/events/domain-events';
import { Page, paginate } from '../common/pagination/pagination';
import { sentFields } from '../common/validation/update-fields';
import { OrganizationEntity } from '../organizations/organization.entity';
import { CreateFundingOfferInput, FundingOffersArgs, UpdateFundingOfferInput } from './dtos/funding-offer.inputs';
import { FundingOfferEntity } from './funding-offer.entity';
import { budgetLeftFor, committedCents, offerAmountProblems } from './funding-offer.rules';

const refuse = (problems: FieldProblem[]) => AppError.badInput(`Please check the amounts: ${problems.map((p) => p.message).join('; ')}.`, problems);

/** The fields an update names; GraphQL clients send null for "leave as is". */
@Injectable()
export class FundingOffersService {
  constructor(
    @InjectRepository(FundingOfferEntity) private readonly offers: Repository<FundingOfferEntity>,
    private readonly access: AccessService,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: DomainEvents,
  ) {}

  get(actor: Actor, id: string): Promise<FundingOfferEntity> {
    const qb = this.offers.createQueryBuilder('f').where('f.id = :id', { id });
    this.access.scopeFundingOffers(actor, qb);
    return this.access.findOneInScope(qb, 'Funding offer');
  }

  list(actor: Actor, { filter, ...page }: FundingOffersArgs): Promise<Page<FundingOfferEntity>> {
    const qb = this.offers.createQueryBuilder('f');
    this.access.scopeFundingOffers(actor, qb);
    if (filter?.funderId) qb.andWhere('f.funderId = :funderId', { funderId: filter.funderId });
    // An empty list on the offer means it is open to any focus area or country.
    if (filter?.focusArea) qb.andWhere('(cardinality(f.focus_areas) = 0 OR :focusArea = ANY(f.focus_areas))', { focusArea: filter.focusArea });
    if (filter?.country) qb.andWhere('(cardinality(f.countries) = 0 OR :country = ANY(f.countries))', { country: filter.country });
    if (typeof filter?.active === 'boolean') qb.andWhere('f.active = :active', { active: filter.active });
    return paginate(qb, page);
  }

  async create(actor: Actor, input: CreateFundingOfferInput): Promise<FundingOfferEntity> {
    await this.assertCanPublishFor(actor, input.funderId);
    const problems = offerAmountProblems(input);
    if (problems.length) throw refuse(problems);
    const offerId = await this.unitOfWork.run(async (tx) => {
      const { id } = await tx.manager.save(tx.manager.create(FundingOfferEntity, { ...input, currency: input.currency ?? undefined, budgetLeft: input.budgetTotal, active: true }));
      await this.publishChanged(tx, actor, id);
      return id;
    });
    return this.get(actor, offerId);
  }

  async update(actor: Actor, id: string, input: UpdateFundingOfferInput): Promise<FundingOfferEntity> {
    const offer = await this.get(actor, id);
    this.access.assertOrganizationMember(actor, offer.funderId);
    const changes = sentFields(input);
    await this.unitOfWork.run(async (tx) => {
      const m = tx.manager;
      // Locked so a grant accepted meanwhile cannot be lost from the recomputed budgetLeft.
      const current = await m.findOneOrFail(FundingOfferEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const committed = committedCents(current);
      const next = { minTicket: current.minTicket, maxTicket: current.maxTicket, budgetTotal: current.budgetTotal, ...changes };
      const problems = offerAmountProblems(next, committed);
      if (changes.currency && changes.currency !== current.currency && committed > 0) {
        problems.push({ field: 'currency', message: 'currency cannot change once part of the budget is committed' });
      }
      if (problems.length) throw refuse(problems);
      await m.update(FundingOfferEntity, { id }, { ...changes, budgetLeft: budgetLeftFor(next.budgetTotal, committed) });
      await this.publishChanged(tx, actor, id);
    });
    return this.get(actor, id);
  }

  /** Inactive offers stay visible but are no longer matched. */
  async setActive(actor: Actor, id: string, active: boolean): Promise<FundingOfferEntity> {
    const offer = await this.get(actor, id);
    this.access.assertOrganizationMember(actor, offer.funderId);
    await this.unitOfWork.run(async (tx) => {
      await tx.manager.update(FundingOfferEntity, { id }, { active });
      await this.publishChanged(tx, actor, id);
    });
    return this.get(actor, id);
  }

  private publishChanged(tx: Transaction, actor: Actor, offerId: string): Promise<void> {
    return this.events.publish(tx, { type: 'funding-offer.changed', offerId, actorUserId: actor.userId });
  }

  private async assertCanPublishFor(actor: Actor, funderId: string): Promise<void> {
    const funder = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: funderId });
    if (!funder) throw AppError.badInput('No organization has this id.', [{ field: 'funderId', message: 'funderId must be an existing funder' }]);
    if (funder.kind !== OrganizationKind.FUNDER) {
      throw AppError.badInput(`${funder.name} is not a funder.`, [{ field: 'funderId', message: 'funderId must be a FUNDER organization' }]);
    }
    this.access.assertOrganizationMember(actor, funder.id);
  }
}
