import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { Page, paginate } from '../common/pagination/pagination';
import { MatchEntity } from '../matches/match.entity';
import { MyProposalsArgs, ProposalsArgs } from './dtos/matching.inputs';

/** Reading proposals: curators see their needs' proposals at once, the two sides once offered. */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectRepository(MatchEntity) private readonly matches: Repository<MatchEntity>,
    private readonly access: AccessService,
  ) {}

  list(actor: Actor, { filter, ...page }: ProposalsArgs): Promise<Page<MatchEntity>> {
    const qb = this.matches.createQueryBuilder('m');
    this.access.scopeMatches(actor, qb);
    if (filter?.needId) qb.andWhere('m.needId = :needId', { needId: filter.needId });
    if (filter?.roleId) qb.andWhere('m.roleId = :roleId', { roleId: filter.roleId });
    if (filter?.status) qb.andWhere('m.status = :status', { status: filter.status });
    return paginate(qb, page);
  }

  mine(actor: Actor, { filter, ...page }: MyProposalsArgs): Promise<Page<MatchEntity>> {
    const qb = this.matches.createQueryBuilder('m');
    this.access.scopeMyProposals(actor, qb);
    if (filter?.status) qb.andWhere('m.status = :status', { status: filter.status });
    return paginate(qb, page);
  }
}
