import { AttendanceStatus } from '@mace/shared-domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An agency invited to one meeting, with its recorded attendance. */
@Entity('meeting_member')
export class MeetingMemberEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  /** A core member of the meeting type (false: invited to this meeting only). */
  @Column('boolean')
  core: boolean;

  @Column('text')
  attendance: AttendanceStatus;

  /** Who came for the agency, as the chair wrote it ("J. Example, social worker"). */
  @Column({ name: 'attendee_names', type: 'text', nullable: true })
  attendeeNames: string | null;

  @Column({ name: 'attendance_recorded_at', type: 'timestamptz', nullable: true })
  attendanceRecordedAt: Date | null;
}
