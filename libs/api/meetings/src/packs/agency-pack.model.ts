import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AgencyModel } from '@mace/api-auth';
import { PackKind } from '@mace/shared-domain';
import '../graphql/meeting-enums';
import { MinutesSectionModel } from '../minutes/minutes.model';

/** The agenda or minutes of a meeting holding only what one member agency may see. */
@ObjectType('AgencyPack')
export class AgencyPackModel {
  @Field(() => ID)
  meetingId: string;

  @Field(() => AgencyModel, { description: 'The agency the pack is for' })
  agency: AgencyModel;

  @Field(() => PackKind)
  kind: PackKind;

  @Field()
  title: string;

  @Field()
  producedAt: Date;

  @Field(() => [MinutesSectionModel])
  sections: MinutesSectionModel[];

  @Field({ description: 'GET with the session cookie: the pack as a PDF (each download is a DISCLOSURE)' })
  pdfPath: string;
}

export function packPdfPath(meetingId: string, agencyId: string, kind: PackKind): string {
  return `/api/meetings/${meetingId}/packs/${agencyId}.pdf?kind=${kind}`;
}
