import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ScreeningToolDefinition } from '../screening/screening-tool-definition';

/** One published version of the screening tool; questions and scoring live in `definition`. */
@Entity('screening_tool')
export class ScreeningToolEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('integer')
  version: number;

  @Column('text')
  name: string;

  @Column('jsonb')
  definition: ScreeningToolDefinition;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
