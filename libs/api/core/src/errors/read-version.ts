import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { IsInt, Min } from 'class-validator';

/**
 * The `version` an update input carries: the one the caller read. `updateVersioned` refuses a stale
 * one with CONFLICT; this refuses one that cannot be a version at all.
 */
export const ReadVersion = (): PropertyDecorator =>
  applyDecorators(
    Field(() => Int, { description: 'The version you read' }),
    IsInt({ message: 'version must be a whole number' }),
    Min(1, { message: 'version must not be less than 1' }),
  );
