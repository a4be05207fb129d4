import { Args, ID, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { CompanyService } from './company.service';
import { CompanyEngagementsDto } from './dtos/company-engagements.dto';

@Resolver(() => CompanyEngagementsDto)
export class CompanyResolver {
  constructor(private readonly service: CompanyService) {}

  @Query(() => CompanyEngagementsDto, { description: 'A company’s employees and their agreed engagements, read-only, for the company’s admins' })
  companyEngagements(@CurrentActor() actor: Actor, @Args('companyId', { type: () => ID }, ParseUuidPipe) companyId: string): Promise<CompanyEngagementsDto> {
    return this.service.engagements(actor, companyId);
  }
}
