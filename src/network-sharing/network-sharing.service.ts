import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { AppError } from '../common/errors/app-error';
import { NeedEntity } from '../needs/need.entity';
import { MATCHABLE_NEED_STATUSES } from '../needs/need-status';
import { NeedsService } from '../needs/needs.service';
import { ProgramEntity } from '../programs/program.entity';
import { SharedNeedDto } from './dtos/network-sharing.types';
import { NeedShareEntity } from './need-share.entity';
import { ProgramShareEntity } from './program-share.entity';

/** Curators share their needs and programs with their networks; who may do what is AccessService's. */
@Injectable()
export class NetworkSharingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly needs: NeedsService,
  ) {}

  async shareNeed(actor: Actor, needId: string, networkId: string): Promise<NeedEntity> {
    const need = await this.needs.get(actor, needId);
    const intermediaryId = await this.access.sharingIntermediary(actor, networkId, { needId });
    // Partners can only see and propose for published needs still looking for people.
    if (!MATCHABLE_NEED_STATUSES.includes(need.status)) throw AppError.conflict(`This need is ${need.status}; only open needs can be shared.`);
    await this.dataSource.getRepository(NeedShareEntity).insert({ needId, networkId, intermediaryId, sharedBy: actor.userId });
    return need;
  }

  async unshareNeed(actor: Actor, needId: string, networkId: string): Promise<NeedEntity> {
    const need = await this.needs.get(actor, needId);
    await this.access.sharingIntermediary(actor, networkId, { needId });
    const { affected } = await this.dataSource.getRepository(NeedShareEntity).delete({ needId, networkId });
    if (!affected) throw AppError.notFound('Need share');
    return need;
  }

  async shareProgram(actor: Actor, programId: string, networkId: string): Promise<ProgramEntity> {
    const program = await this.program(actor, programId);
    const intermediaryId = await this.access.sharingIntermediary(actor, networkId, { programId });
    await this.dataSource.getRepository(ProgramShareEntity).insert({ programId, networkId, intermediaryId, sharedBy: actor.userId });
    return program;
  }

  async unshareProgram(actor: Actor, programId: string, networkId: string): Promise<ProgramEntity> {
    const program = await this.program(actor, programId);
    await this.access.sharingIntermediary(actor, networkId, { programId });
    const { affected } = await this.dataSource.getRepository(ProgramShareEntity).delete({ programId, networkId });
    if (!affected) throw AppError.notFound('Program share');
    return program;
  }

  /** The shared needs of a network, for members' curators only (NOT_FOUND for anyone else). */
  async sharedNeeds(actor: Actor, networkId: string, first: number): Promise<SharedNeedDto[]> {
    await this.access.networkMemberIds(actor, networkId);
    const rows = await this.access.sharedNeedsOf(networkId, first);
    return rows.map((r) => ({
      needId: r.need_id,
      networkId: r.network_id,
      ownerId: r.intermediary_id,
      programId: r.program_id,
      sharedAt: r.shared_at,
      sharedByName: r.shared_by_name,
    }));
  }

  /** NOT_FOUND when absent or outside what the actor may see, as the program query answers. */
  private program(actor: Actor, programId: string): Promise<ProgramEntity> {
    const qb = this.dataSource.getRepository(ProgramEntity).createQueryBuilder('p').where('p.id = :programId', { programId });
    this.access.scopePrograms(actor, qb);
    return this.access.findOneInScope(qb, 'Program');
  }
}
