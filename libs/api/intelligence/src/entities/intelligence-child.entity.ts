import { Entity, PrimaryColumn } from 'typeorm';

/** A child an intelligence report is about: partners see it only if they may see every such child. */
@Entity('intelligence_child')
export class IntelligenceChildEntity {
  @PrimaryColumn({ name: 'intelligence_id', type: 'uuid' })
  intelligenceId: string;

  @PrimaryColumn({ name: 'child_id', type: 'uuid' })
  childId: string;
}
