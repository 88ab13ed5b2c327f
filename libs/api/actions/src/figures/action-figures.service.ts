import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError, ForbiddenError } from '@mace/api-core';
import { ActionStatus, AgencyKind } from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { overdueSql, unfinishedSql } from '../overdue/overdue';
import { ActionFigureTotalsModel, ActionFiguresModel, AgencyActionFiguresModel } from './action-figures.model';
import { ActionFiguresArgs } from './action-figures.args';

type Counts = ActionFigureTotalsModel;

interface FigureRow extends Counts {
  id: string;
  name: string;
  kind: AgencyKind;
  district_id: string | null;
  active: boolean;
  version: number;
}

function counts(of: (key: keyof Counts) => number): Counts {
  return {
    set: of('set'),
    doneOnTime: of('doneOnTime'),
    doneLate: of('doneLate'),
    notPossible: of('notPossible'),
    notDone: of('notDone'),
    cancelled: of('cancelled'),
    stillOpen: of('stillOpen'),
    overdue: of('overdue'),
  };
}

/** The London calendar date of a timestamp column. */
const londonDate = (column: string) => `(${column} AT TIME ZONE 'Europe/London')::date`;

/**
 * The chair's accountability figures: per owner agency, what became of the actions set in a
 * period, in one query. Aggregates only (no child is named), so no CONSULTATION is written.
 */
@Injectable()
export class ActionFiguresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async figures(actor: Actor, args: ActionFiguresArgs, today: string): Promise<ActionFiguresModel> {
    if (!actor.districtIds.includes(args.districtId)) throw new ForbiddenError('You can only see the figures of your own districts');
    if (args.from > args.to) throw new BadUserInputError({ to: 'The end of the period must be the same as or after its start' });
    const rows: FigureRow[] = await this.dataSource.query(
      `SELECT g.id, g.name, g.kind, g.district_id, g.active, g.version,
              count(*)::int AS "set",
              count(*) FILTER (WHERE a.status = $4 AND ${londonDate('a.completed_at')} <= a.due_on)::int AS "doneOnTime",
              count(*) FILTER (WHERE a.status = $4 AND ${londonDate('a.completed_at')} > a.due_on)::int AS "doneLate",
              count(*) FILTER (WHERE a.status = $5)::int AS "notPossible",
              count(*) FILTER (WHERE a.status = $6)::int AS "notDone",
              count(*) FILTER (WHERE a.status = $7)::int AS "cancelled",
              count(*) FILTER (WHERE ${unfinishedSql()})::int AS "stillOpen",
              count(*) FILTER (WHERE ${overdueSql('$8')})::int AS "overdue"
       FROM action a JOIN agency g ON g.id = a.owner_agency_id
       WHERE a.district_id = $1 AND ${londonDate('a.created_at')} BETWEEN $2 AND $3
       GROUP BY g.id ORDER BY g.name, g.id`,
      [
        args.districtId,
        args.from,
        args.to,
        ActionStatus.DONE,
        ActionStatus.NOT_POSSIBLE,
        ActionStatus.NOT_DONE,
        ActionStatus.CANCELLED,
        today,
      ],
    );
    const totals = counts((key) => rows.reduce((sum, row) => sum + row[key], 0));
    const agencies: AgencyActionFiguresModel[] = rows.map((row) => ({
      agency: { id: row.id, name: row.name, kind: row.kind, districtId: row.district_id, active: row.active, version: row.version },
      ...counts((key) => row[key]),
    }));
    return { districtId: args.districtId, from: args.from, to: args.to, agencies, totals };
  }
}
