import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppConfig } from '@mace/api-core';
import { AgencyKind, permissionsForRoles, Role } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { digest, newSessionToken } from './session-token';

export interface NewSession {
  token: string;
  sessionId: string;
  expiresAt: Date;
}

interface SessionRow {
  session_id: string;
  user_id: string;
  agency_id: string;
  agency_kind: AgencyKind;
  roles: Role[];
  district_ids: string[] | null;
}

/** Server-side sessions in Postgres, with an idle timeout and an absolute lifetime. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async create(manager: EntityManager, userId: string): Promise<NewSession> {
    const token = newSessionToken();
    const [row] = await manager.query(
      `INSERT INTO user_session (user_id, token_hash, expires_at)
       VALUES ($1, $2, now() + make_interval(hours => $3))
       RETURNING id, expires_at`,
      [userId, digest(token), this.config.SESSION_ABSOLUTE_HOURS],
    );
    return { token, sessionId: row.id, expiresAt: new Date(row.expires_at) };
  }

  /**
   * Find a live session for the token and mark it used, in one statement: unknown, revoked,
   * idle-expired, past its lifetime, or belonging to a deactivated user all answer null.
   */
  async resolve(token: string): Promise<Actor | null> {
    const rows: SessionRow[] = await this.dataSource.query(
      `UPDATE user_session s SET last_seen_at = now()
       FROM user_account u JOIN agency a ON a.id = u.agency_id
       WHERE s.token_hash = $1 AND s.user_id = u.id AND u.active
         AND s.revoked_at IS NULL AND s.expires_at > now()
         AND s.last_seen_at > now() - make_interval(mins => $2)
       RETURNING s.id AS session_id, u.id AS user_id, u.agency_id, a.kind AS agency_kind, u.roles,
         (SELECT array_agg(d.district_id) FROM user_district d WHERE d.user_id = u.id) AS district_ids`,
      [digest(token), this.config.SESSION_IDLE_MINUTES],
    );
    // Postgres reports UPDATE ... RETURNING as [rows, count] through TypeORM's query().
    const row = (Array.isArray(rows[0]) ? rows[0][0] : rows[0]) as SessionRow | undefined;
    if (!row) return null;
    return {
      sessionId: row.session_id,
      userId: row.user_id,
      agencyId: row.agency_id,
      agencyKind: row.agency_kind,
      roles: row.roles,
      districtIds: row.district_ids ?? [],
      permissions: permissionsForRoles(row.roles),
    };
  }

  async revoke(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(`UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  /** Deactivation ends every session of the user at once. */
  async revokeAllForUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }
}
