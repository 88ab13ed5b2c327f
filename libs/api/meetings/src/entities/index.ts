import { AgendaItemOutcomeEntity } from './agenda-item-outcome.entity';
import { AgendaItemUpdateEntity } from './agenda-item-update.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingActionReviewEntity } from './meeting-action-review.entity';
import { MeetingConfidentialityEntity } from './meeting-confidentiality.entity';
import { MeetingMemberEntity } from './meeting-member.entity';
import { MeetingMinutesAddendumEntity } from './meeting-minutes-addendum.entity';
import { MeetingMinutesEntity } from './meeting-minutes.entity';
import { MeetingSeriesEntity } from './meeting-series.entity';
import { MeetingTypeMemberEntity } from './meeting-type-member.entity';
import { MeetingTypeEntity } from './meeting-type.entity';
import { MeetingEntity } from './meeting.entity';

export {
  AgendaItemOutcomeEntity,
  AgendaItemUpdateEntity,
  AgendaItemEntity,
  MeetingActionReviewEntity,
  MeetingConfidentialityEntity,
  MeetingMemberEntity,
  MeetingMinutesAddendumEntity,
  MeetingMinutesEntity,
  MeetingSeriesEntity,
  MeetingTypeMemberEntity,
  MeetingTypeEntity,
  MeetingEntity,
};
export type { AgendaItemReason } from './agenda-item.entity';
export type { MinutesSection } from './meeting-minutes.entity';

/** Every meetings entity, for TypeOrmModule.forFeature and the data source. */
export const MEETING_ENTITIES = [
  MeetingTypeEntity,
  MeetingTypeMemberEntity,
  MeetingSeriesEntity,
  MeetingEntity,
  MeetingMemberEntity,
  MeetingConfidentialityEntity,
  AgendaItemEntity,
  AgendaItemUpdateEntity,
  AgendaItemOutcomeEntity,
  MeetingActionReviewEntity,
  MeetingMinutesEntity,
  MeetingMinutesAddendumEntity,
];
