import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChildrenModule } from '@mace/api-children';
import { ActionAccessService } from './access/action-access.service';
import { ActionChangesService } from './action/action-changes.service';
import { ActionFieldsResolver } from './action/action-fields.resolver';
import { ActionLoaders } from './action/action.loaders';
import { ActionsResolver } from './action/actions.resolver';
import { ActionsService } from './action/actions.service';
import { ChildActionsResolver } from './child/child-actions.resolver';
import { ActionUpdateEntity } from './entities/action-update.entity';
import { ActionEntity } from './entities/action.entity';
import { ActionFiguresResolver } from './figures/action-figures.resolver';
import { ActionFiguresService } from './figures/action-figures.service';

/** Actions: who does what for a child by when, their update log, overdue escalation. */
@Module({
  imports: [TypeOrmModule.forFeature([ActionEntity, ActionUpdateEntity]), ChildrenModule],
  providers: [
    ActionAccessService,
    ActionLoaders,
    ActionsService,
    ActionChangesService,
    ActionsResolver,
    ActionFieldsResolver,
    ChildActionsResolver,
    ActionFiguresService,
    ActionFiguresResolver,
  ],
  exports: [ActionAccessService, ActionChangesService],
})
export class ActionsModule {}
