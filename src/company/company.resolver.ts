import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { OrganizationEntity } from '../organizations/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { CompanyService } from './company.service';
import { CompanyEngagementsDto } from './dtos/company-engagements.dto';
import { EmployerSignOffArgs } from './dtos/employer-sign-off.args';

@Resolver(() => CompanyEngagementsDto)
export class CompanyResolver {
  constructor(
    private readonly service: CompanyService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Query(() => CompanyEngagementsDto, {
    description: 'A company’s employees and their engagements (agreed, or waiting for the company’s sign-off), for the company’s admins',
  })
  companyEngagements(@CurrentActor() actor: Actor, @Args('companyId', { type: () => ID }, ParseUuidPipe) companyId: string): Promise<CompanyEngagementsDto> {
    return this.service.engagements(actor, companyId);
  }

  @Mutation(() => OrganizationEntity, { description: 'A company’s admins decide whether their employees’ matches wait for the company’s sign-off' })
  setEmployerSignOff(@CurrentActor() actor: Actor, @Args() { organizationId, required }: EmployerSignOffArgs): Promise<OrganizationEntity> {
    return this.organizations.setEmployerSignOff(actor, organizationId, required);
  }
}
