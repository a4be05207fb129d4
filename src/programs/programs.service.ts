import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { OrganizationKind } from '../common/domain/organization-kind.enum';
import { AppError } from '../common/errors/app-error';
import { Page, paginate } from '../common/pagination/pagination';
import { escapeLike } from '../common/pagination/search';
import { sentFields } from '../common/validation/update-fields';
import { OrganizationsService } from '../organizations/organizations.service';
import { AddProgramParticipantArgs, CreateProgramInput, ProgramsArgs, UpdateProgramInput } from './dtos/program.inputs';
import { ProgramEntity } from './program.entity';
import { ProgramParticipantEntity, ProgramParticipantRole } from './program-participant.entity';

const KIND_FOR_ROLE: Record<ProgramParticipantRole, { kind: OrganizationKind; label: string }> = {
  [ProgramParticipantRole.COHORT]: { kind: OrganizationKind.NONPROFIT, label: 'a nonprofit' },
  [ProgramParticipantRole.PARTNER_COMPANY]: { kind: OrganizationKind.COMPANY, label: 'a company' },
  [ProgramParticipantRole.FUNDER]: { kind: OrganizationKind.FUNDER, label: 'a funder' },
};

function assertDateOrder(startsOn: string | null | undefined, endsOn: string | null | undefined): void {
  if (startsOn && endsOn && startsOn > endsOn) {
    throw AppError.badInput('A program must end on or after the day it starts.', [{ field: 'endsOn', message: 'endsOn must be on or after startsOn' }]);
  }
}

@Injectable()
export class ProgramsService {
  constructor(
    @InjectRepository(ProgramEntity) private readonly programs: Repository<ProgramEntity>,
    @InjectRepository(ProgramParticipantEntity) private readonly participants: Repository<ProgramParticipantEntity>,
    private readonly organizations: OrganizationsService,
    private readonly access: AccessService,
  ) {}

  list(actor: Actor, { filter, ...page }: ProgramsArgs): Promise<Page<ProgramEntity>> {
    const qb = this.programs.createQueryBuilder('p');
    this.access.scopePrograms(actor, qb);
    if (filter?.intermediaryId) qb.andWhere('p.intermediaryId = :intermediaryId', { intermediaryId: filter.intermediaryId });
    if (filter?.search) qb.andWhere('p.name ILIKE :search', { search: `%${escapeLike(filter.search)}%` });
    return paginate(qb, page);
  }

  /** NOT_FOUND for programs outside the actor's scope. */
  get(actor: Actor, id: string): Promise<ProgramEntity> {
    const qb = this.programs.createQueryBuilder('p').where('p.id = :id', { id });
    this.access.scopePrograms(actor, qb);
    return this.access.findOneInScope(qb, 'Program');
  }

  async create(actor: Actor, input: CreateProgramInput): Promise<ProgramEntity> {
    this.access.assertCurator(actor, input.intermediaryId);
    const intermediary = await this.organizations.get(input.intermediaryId);
    if (intermediary.kind !== OrganizationKind.INTERMEDIARY) {
      throw AppError.badInput('Programs are run by intermediaries.', [{ field: 'intermediaryId', message: 'must be an intermediary' }]);
    }
    assertDateOrder(input.startsOn, input.endsOn);
    return this.programs.save(this.programs.create({ ...input, startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null }));
  }

  async update(actor: Actor, id: string, input: UpdateProgramInput): Promise<ProgramEntity> {
    const program = await this.get(actor, id);
    this.access.assertCurator(actor, program.intermediaryId);
    assertDateOrder(input.startsOn === undefined ? program.startsOn : input.startsOn, input.endsOn === undefined ? program.endsOn : input.endsOn);
    const changes = sentFields(input);
    if (Object.keys(changes).length > 0) await this.programs.update({ id }, changes);
    return this.get(actor, id);
  }

  async addParticipant(actor: Actor, { programId, organizationId, role }: AddProgramParticipantArgs): Promise<ProgramParticipantEntity> {
    const program = await this.get(actor, programId);
    const organization = await this.organizations.get(organizationId);
    await this.access.assertCanAddToProgram(actor, program.intermediaryId, organizationId);
    const expected = KIND_FOR_ROLE[role];
    if (organization.kind !== expected.kind) {
      throw AppError.badInput(`A ${role} participant must be ${expected.label}.`, [{ field: 'organizationId', message: `must be ${expected.label} for role ${role}` }]);
    }
    if (await this.participants.existsBy({ programId, organizationId })) throw AppError.conflict('This organization already takes part in the program.');
    return this.participants.save(this.participants.create({ programId, organizationId, role }));
  }

  async removeParticipant(actor: Actor, id: string): Promise<boolean> {
    const participant = await this.participants.findOneBy({ id });
    if (!participant) throw AppError.notFound('Program participant');
    const program = await this.get(actor, participant.programId);
    this.access.assertCurator(actor, program.intermediaryId);
    await this.participants.delete({ id });
    return true;
  }
}
