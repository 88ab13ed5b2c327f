import { ValidateIf } from 'class-validator';

/**
 * For update inputs: the field may be left out (unchanged) but not sent as null. `@IsOptional()`
 * lets null through unchecked, and null for a required column then failed in the database as an
 * internal error; with this the field's own rules refuse it as BAD_USER_INPUT.
 */
export const Omittable = (): PropertyDecorator => ValidateIf((_object: object, value: unknown) => value !== undefined);
