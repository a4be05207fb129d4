import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';

@ArgsType()
export class EmployerSignOffArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be a valid id' })
  organizationId: string;

  @Field({ description: 'Whether an agreed match of an employee waits for the company’s sign-off' })
  @IsBoolean()
  required: boolean;
}
