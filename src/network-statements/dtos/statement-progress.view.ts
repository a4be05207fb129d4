import { Field, Int, ObjectType } from '@nestjs/graphql';

/** How a statement's commitments stand: the count in each status, and how many there are. */
@ObjectType()
export class StatementProgress {
  @Field(() => Int)
  open: number;

  @Field(() => Int)
  inProgress: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  dropped: number;

  @Field(() => Int)
  total: number;
}
