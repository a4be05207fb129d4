import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { OrganizationKind } from '../common/domain/organization-kind.enum';
import { AppError } from '../common/errors/app-error';
import { Page, paginate } from '../common/pagination/pagination';
import { NeedEntity } from '../needs/need.entity';
import { MATCHABLE_NEED_STATUSES } from '../needs/need-status';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ProgramEntity } from '../programs/program.entity';
import { MatchingRunsArgs, StartMatchingRunInput } from './dtos/matching.inputs';
import { MatchingProgressPublisher } from './matching-progress.publisher';
import { MatchingRunEntity, MatchingScope, MatchingTrigger } from './matching-run.entity';
import { MatchingRunLauncher } from './matching-run.launcher';

/** Matching runs as the API sees them: who may start which, and who may watch them. */
@Injectable()
export class MatchingService {
  constructor(
    @InjectRepository(MatchingRunEntity) private readonly runs: Repository<MatchingRunEntity>,
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly launcher: MatchingRunLauncher,
    private readonly progress: MatchingProgressPublisher,
  ) {}

  async start(actor: Actor, input: StartMatchingRunInput): Promise<MatchingRunEntity> {
    if (!actor.isPlatformAdmin && !actor.isCurator) throw AppError.forbidden('Only curators and platform admins can start matching runs.');
    const scopeId = input.scope === MatchingScope.ALL ? null : (input.scopeId as string);
    await this.assertMayStart(actor, input.scope, scopeId);
    return this.launcher.launch({ scope: input.scope, scopeId, trigger: MatchingTrigger.CURATOR, requestedById: actor.userId });
  }

  get(actor: Actor, id: string): Promise<MatchingRunEntity> {
    const qb = this.runs.createQueryBuilder('r').where('r.id = :id', { id });
    this.access.scopeMatchingRuns(actor, qb);
    return this.access.findOneInScope(qb, 'Matching run');
  }

  list(actor: Actor, { filter, ...page }: MatchingRunsArgs): Promise<Page<MatchingRunEntity>> {
    const qb = this.runs.createQueryBuilder('r');
    this.access.scopeMatchingRuns(actor, qb);
    if (filter?.status) qb.andWhere('r.status = :status', { status: filter.status });
    if (filter?.scope) qb.andWhere('r.scope = :scope', { scope: filter.scope });
    return paginate(qb, page);
  }

  /** The run now, then its progress until it finishes; NOT_FOUND (at subscribe time) for runs the actor may not see. */
  async follow(actor: Actor, runId: string): Promise<AsyncIterableIterator<MatchingRunEntity>> {
    await this.get(actor, runId);
    return this.progress.follow(runId, () => this.runs.findOneByOrFail({ id: runId }));
  }

  private async assertMayStart(actor: Actor, scope: MatchingScope, scopeId: string | null): Promise<void> {
    switch (scope) {
      case MatchingScope.ALL:
        return this.access.assertPlatformAdmin(actor);
      case MatchingScope.INTERMEDIARY: {
        const org = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: scopeId as string, kind: OrganizationKind.INTERMEDIARY });
        if (!org) throw AppError.notFound('Intermediary');
        return this.access.assertCurator(actor, org.id);
      }
      case MatchingScope.PROGRAM: {
        const program = await this.dataSource.getRepository(ProgramEntity).findOneBy({ id: scopeId as string });
        if (!program) throw AppError.notFound('Program');
        return this.access.assertCurator(actor, program.intermediaryId);
      }
      case MatchingScope.NEED:
        return this.assertCuratesNeed(actor, scopeId as string);
      default:
        throw AppError.badInput(`${scope} runs are started by Rally itself.`, [{ field: 'scope', message: 'must be NEED, PROGRAM, INTERMEDIARY or ALL' }]);
    }
  }

  private async assertCuratesNeed(actor: Actor, needId: string): Promise<void> {
    const qb = this.dataSource.getRepository(NeedEntity).createQueryBuilder('n').where('n.id = :needId', { needId });
    this.access.scopeNeeds(actor, qb);
    const need = await this.access.findOneInScope(qb, 'Need');
    if (!(await this.access.curatesNeed(actor, need.id))) throw AppError.forbidden('Only curators of this need can start a matching run for it.');
    if (!MATCHABLE_NEED_STATUSES.includes(need.status)) {
      throw AppError.badInput(`This need is ${need.status}; only open needs are matched.`, [
        { field: 'scopeId', message: `the need must be ${MATCHABLE_NEED_STATUSES.join(', ')}` },
      ]);
    }
  }
}
