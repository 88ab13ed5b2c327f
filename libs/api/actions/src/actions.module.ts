import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChildrenModule } from '@mace/api-children';
import { ActionAccessService } from './access/action-access.service';
import { ActionUpdateEntity } from './entities/action-update.entity';
import { ActionEntity } from './entities/action.entity';

/** Actions: who does what for a child by when, their update log, overdue escalation. */
@Module({
  imports: [TypeOrmModule.forFeature([ActionEntity, ActionUpdateEntity]), ChildrenModule],
  providers: [ActionAccessService],
  exports: [ActionAccessService],
})
export class ActionsModule {}
