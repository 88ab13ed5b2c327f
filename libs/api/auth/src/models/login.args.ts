import { ArgsType, Field } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, MaxLength } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsNotEmpty({ message: 'Enter your email address' })
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' })
  @MaxLength(254, { message: 'Email address must be 254 characters or fewer' })
  email: string;

  @Field()
  @IsNotEmpty({ message: 'Enter your password' })
  @MaxLength(1024, { message: 'Password must be 1024 characters or fewer' })
  password: string;
}
