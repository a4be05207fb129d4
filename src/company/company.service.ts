import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { OrganizationKind } from '../common/domain/organization-kind.enum';
import { AppError } from '../common/errors/app-error';
import { MatchEntity, MatchStatus } from '../matches/match.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import {
  CompanyEmployeeDto,
  CompanyEngagementDto,
  CompanyEngagementsDto,
  CompanyEngagementTotalsDto,
  MAX_COMPANY_EMPLOYEES_LISTED,
  MAX_COMPANY_ENGAGEMENTS_LISTED,
  SignOffState,
} from './dtos/company-engagements.dto';

const AGREED = [MatchStatus.CONFIRMED, MatchStatus.ACTIVE, MatchStatus.COMPLETED];
const LISTED = [MatchStatus.AWAITING_EMPLOYER, MatchStatus.EMPLOYER_DECLINED, ...AGREED];
const SIGN_OFF_STATE = `CASE m.status WHEN 'AWAITING_EMPLOYER' THEN 'AWAITING' WHEN 'EMPLOYER_DECLINED' THEN 'DECLINED'
  ELSE CASE WHEN EXISTS (SELECT 1 FROM match_event e WHERE e.match_id = m.id AND e.action = 'APPROVE_SIGN_OFF') THEN 'APPROVED' ELSE 'NOT_REQUIRED' END END`;
const CONFIRMED_HOURS = `COALESCE((SELECT sum(h.hours) FROM hours_log h WHERE h.match_id = m.id AND h.status = 'CONFIRMED'), 0)::float`;

/** What a company's admins see of their employees' pro-bono work, from the moment both sides agreed: their only say is the sign-off. */
@Injectable()
export class CompanyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async engagements(actor: Actor, companyId: string): Promise<CompanyEngagementsDto> {
    this.access.assertOrganizationAdmin(actor, companyId);
    const company = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: companyId });
    if (!company) throw AppError.notFound('Organization');
    if (company.kind !== OrganizationKind.COMPANY) {
      throw AppError.badInput(`${company.name} is not a company.`, [{ field: 'companyId', message: 'must be a company' }]);
    }
    const listed = await this.engagementRows(actor, companyId);
    const agreed = listed.filter((e) => AGREED.includes(e.status));
    const employees = await this.employeeRows(companyId, agreed);
    return {
      employees: employees.slice(0, MAX_COMPANY_EMPLOYEES_LISTED),
      engagements: listed.slice(0, MAX_COMPANY_ENGAGEMENTS_LISTED),
      totals: totalsOf(employees, listed),
      requiresSignOff: company.requiresEmployerSignOff,
    };
  }

  private async engagementRows(actor: Actor, companyId: string): Promise<CompanyEngagementDto[]> {
    const qb = this.dataSource
      .createQueryBuilder(MatchEntity, 'm')
      .innerJoin('volunteer_profile', 'vp', 'vp.id = m.volunteer_profile_id')
      .innerJoin('user_account', 'u', 'u.id = vp.user_id')
      .innerJoin('need', 'n', 'n.id = m.need_id')
      .innerJoin('organization', 'np', 'np.id = n.nonprofit_id')
      .select('m.id', 'matchId')
      .addSelect('vp.id', 'volunteerProfileId')
      .addSelect('u.name', 'employeeName')
      .addSelect('n.id', 'needId')
      .addSelect('n.title', 'needTitle')
      .addSelect('np.name', 'nonprofitName')
      .addSelect('m.status', 'status')
      .addSelect(CONFIRMED_HOURS, 'confirmedHours')
      .addSelect('m.confirmed_at', 'confirmedAt')
      .addSelect(SIGN_OFF_STATE, 'signOff')
      .addSelect(`CASE WHEN m.status = 'EMPLOYER_DECLINED' THEN m.status_note END`, 'signOffReason')
      .addSelect('m.version', 'version')
      .where('vp.employer_id = :companyId', { companyId })
      .andWhere('m.status IN (:...listed)', { listed: LISTED })
      // What waits for the admins comes first, then the newest agreements.
      .orderBy(`m.status = 'AWAITING_EMPLOYER'`, 'DESC')
      .addOrderBy('m.confirmed_at', 'DESC', 'NULLS LAST')
      .addOrderBy('m.id');
    return this.access.scopeMatches(actor, qb).getRawMany<CompanyEngagementDto>();
  }

  private async employeeRows(companyId: string, engagements: CompanyEngagementDto[]): Promise<CompanyEmployeeDto[]> {
    const people = await this.dataSource.query<{ volunteerProfileId: string; name: string }[]>(
      `SELECT vp.id AS "volunteerProfileId", u.name FROM volunteer_profile vp JOIN user_account u ON u.id = vp.user_id
        WHERE vp.employer_id = $1 ORDER BY u.name, vp.id`,
      [companyId],
    );
    return people.map((p) => {
      const own = engagements.filter((e) => e.volunteerProfileId === p.volunteerProfileId);
      return { ...p, engagements: own.length, confirmedHours: sum(own.map((e) => e.confirmedHours)) };
    });
  }
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

// Hours count only on agreed engagements: approved by the company, or confirmed when it asked for no sign-off.
function totalsOf(employees: CompanyEmployeeDto[], engagements: CompanyEngagementDto[]): CompanyEngagementTotalsDto {
  const agreed = engagements.filter((e) => AGREED.includes(e.status));
  return {
    employees: employees.length,
    ongoing: agreed.filter((e) => e.status !== MatchStatus.COMPLETED).length,
    completed: agreed.filter((e) => e.status === MatchStatus.COMPLETED).length,
    confirmedHours: sum(agreed.map((e) => e.confirmedHours)),
    awaitingSignOff: engagements.filter((e) => e.signOff === SignOffState.AWAITING).length,
  };
}
