import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MinutesStatus } from '@mace/shared-domain';
import '../graphql/meeting-enums';

@ObjectType('MinutesSection', { description: 'One part of the minutes or of an agency pack, with a stable key' })
export class MinutesSectionModel {
  @Field({ description: '"attendance", "actions-review", "actions-review:<action id>", "item:<agenda item id>", "next-meeting"' })
  key: string;

  @Field()
  heading: string;

  @Field({ description: 'Plain text' })
  body: string;
}

@ObjectType('MinutesAddendum', { description: 'A correction added after the minutes were approved' })
export class MinutesAddendumModel {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field({ description: 'Display name of who added it' })
  author: string;

  @Field()
  agencyName: string;

  @Field()
  createdAt: Date;
}

/**
 * A meeting's minutes as the caller may read them: sections about items (and earlier actions) the
 * caller has no need to know about are placeholders, never the stored text.
 */
@ObjectType('Minutes')
export class MinutesModel {
  @Field(() => MinutesStatus, { description: 'DRAFT or APPROVED' })
  status: MinutesStatus;

  @Field(() => [MinutesSectionModel])
  sections: MinutesSectionModel[];

  @Field({ description: 'When the draft was first saved (now, for a fresh draft)' })
  draftedAt: Date;

  @Field(() => Date, { nullable: true })
  approvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Display name of the chair who approved them' })
  approvedBy: string | null;

  @Field(() => Int, { description: '0 for a draft not yet saved' })
  version: number;

  @Field(() => [MinutesAddendumModel], { description: 'Oldest first' })
  addenda: MinutesAddendumModel[];

  @Field({ description: 'GET with the session cookie: the minutes as a PDF, as the caller may read them' })
  pdfPath: string;
}

export function minutesPdfPath(meetingId: string): string {
  return `/api/meetings/${meetingId}/minutes.pdf`;
}
