import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 25, description: 'How many to return, 1 to 100' })
  @IsInt({ message: 'first must be a whole number' })
  @Min(1, { message: 'first must be between 1 and 100' })
  @Max(100, { message: 'first must be between 1 and 100' })
  first = 25;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  after?: string;
}

/** Cursors are opaque to clients; today they carry an offset into a stable ordering. */
export function decodeCursor(after: string | undefined): number {
  if (!after) return 0;
  const offset = Number(Buffer.from(after, 'base64url').toString('utf8').replace(/^o:/, ''));
  return Number.isInteger(offset) && offset >= 0 ? offset : 0;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

/**
 * For lists read newest first that grow while being read (the audit trail, where reading a page
 * itself appends an event): the cursor carries the last key returned, not an offset, so rows added
 * meanwhile do not shift later pages into repeats. An unreadable cursor starts from the top, as
 * decodeCursor does.
 */
export function encodeKeyCursor(key: string): string {
  return Buffer.from(`k:${key}`, 'utf8').toString('base64url');
}

export function decodeKeyCursor(after: string | undefined): string | undefined {
  if (!after) return undefined;
  return /^k:(\d{1,18})$/.exec(Buffer.from(after, 'base64url').toString('utf8'))?.[1];
}
