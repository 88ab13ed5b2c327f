import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NotificationConnection, NotificationModel } from '../graphql/notification.model';
import { NotificationEntity } from '../notification.entity';
import { decodeNotificationCursor, encodeNotificationCursor } from './notification-cursor';

/**
 * A user's own notifications. Every method takes the user id, and every query is bound to it: a
 * user never reaches another's notifications, not even to learn that an id exists.
 *
 * Reading them is not audited as a consultation of child data: by design a notification holds no
 * personal data (a fixed message and a link); opening the link reads the record, and that read is
 * checked and audited as usual.
 */
@Injectable()
export class NotificationInboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first (ties by id), paged by the last notification returned. */
  async list(userId: string, page: { first: number; after?: string; unreadOnly: boolean }): Promise<NotificationConnection> {
    const query = this.dataSource.getRepository(NotificationEntity).createQueryBuilder('n').where('n.user_id = :userId', { userId });
    if (page.unreadOnly) query.andWhere('n.read_at IS NULL');
    const totalCount = await query.getCount();
    const after = decodeNotificationCursor(page.after);
    if (after) {
      // Bound to the caller too: another user's id as a cursor finds no row, so an empty page.
      query.andWhere(
        '(n.created_at, n.id) < (SELECT a.created_at, a.id FROM notification a WHERE a.id = :after AND a.user_id = :userId)',
        { after },
      );
    }
    const rows = await query
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(page.first + 1)
      .getMany();
    const nodes = rows.slice(0, page.first).map(toNotificationModel);
    const endCursor = nodes.length ? encodeNotificationCursor(nodes[nodes.length - 1].id) : null;
    return {
      nodes,
      totalCount,
      unreadCount: await this.unreadCount(userId),
      pageInfo: { hasNextPage: rows.length > page.first, endCursor },
    };
  }

  async unreadCount(userId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.getRepository(NotificationEntity).createQueryBuilder('n').where('n.user_id = :userId AND n.read_at IS NULL', { userId }).getCount();
  }

  /**
   * Marks the given ids (or, with `all`, every notification) of this user read, and returns how
   * many stay unread. Ids that are missing or someone else's change nothing and are not reported:
   * answering differently would tell the caller which ids exist.
   */
  markRead(userId: string, selection: { ids?: readonly string[]; all: boolean }): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const ids = [...(selection.ids ?? [])];
      if (selection.all || ids.length) {
        await manager.query(
          `UPDATE notification SET read_at = now()
           WHERE user_id = $1 AND read_at IS NULL AND ($2::boolean OR id = ANY($3::uuid[]))`,
          [userId, selection.all, ids],
        );
      }
      return this.unreadCount(userId, manager);
    });
  }
}

export function toNotificationModel(entity: NotificationEntity): NotificationModel {
  return {
    id: entity.id,
    kind: entity.kind,
    message: entity.message,
    link: entity.link,
    createdAt: entity.createdAt,
    read: entity.readAt !== null,
  };
}
