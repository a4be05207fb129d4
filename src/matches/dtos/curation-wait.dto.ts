import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CurationWait', { description: 'Proposals for a role that wait for a curator before the nonprofit sees them' })
export class CurationWaitDto {
  @Field(() => Int, { description: 'How many proposals wait for the curator' })
  count: number;

  @Field(() => Date, { description: 'When the longest-waiting of them was proposed' })
  since: Date;
}
