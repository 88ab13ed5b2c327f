import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadUserInputError, NotFoundError } from '@mace/api-core';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ScreeningToolEntity } from '../entities/screening-tool.entity';
import { scoreScreening, ScreeningSuggestion } from './score-screening';
import type { ScreeningResponse } from './screening-tool-definition';
import { ScreeningToolModel } from './screening-tool.model';

export const UNKNOWN_SCREENING_VERSION = 'Choose a version of the screening tool that exists';

/** The published screening tool versions, and checking and scoring answers against one. */
@Injectable()
export class ScreeningService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The version new referrals use: the highest one not retired. */
  async current(manager: EntityManager = this.dataSource.manager): Promise<ScreeningToolEntity> {
    const [tool] = await manager.getRepository(ScreeningToolEntity).find({ where: { retiredAt: IsNull() }, order: { version: 'DESC' }, take: 1 });
    if (!tool) throw new NotFoundError('Screening tool');
    return tool;
  }

  byVersion(version: number, manager: EntityManager = this.dataSource.manager): Promise<ScreeningToolEntity | null> {
    return manager.getRepository(ScreeningToolEntity).findOneBy({ version });
  }

  /** Score answers given so far (a preview while the form is filled in): pure, so not audited. */
  async score(toolVersion: number, answers: readonly ScreeningResponse[]): Promise<ScreeningSuggestion> {
    const tool = await this.byVersion(toolVersion);
    if (!tool) throw new BadUserInputError({ toolVersion: UNKNOWN_SCREENING_VERSION });
    const problems = answerProblems(tool, answers, false);
    if (Object.keys(problems).length) throw new BadUserInputError(problems);
    return scoreScreening(tool.definition, answers);
  }
}

/**
 * What is wrong with a set of answers for a tool version, keyed by field: a key the version does
 * not have or a question answered twice (`answers.3.questionKey`), and with `requireAll` each
 * question left unanswered (`answers.<question key>`).
 */
export function answerProblems(tool: ScreeningToolEntity, answers: readonly ScreeningResponse[], requireAll: boolean): Record<string, string> {
  const problems: Record<string, string> = {};
  const known = new Set(tool.definition.questions.map((q) => q.key));
  const seen = new Set<string>();
  answers.forEach((answer, index) => {
    if (!known.has(answer.questionKey)) {
      problems[`answers.${index}.questionKey`] = `Choose a question of version ${tool.version} of the screening tool`;
    } else if (seen.has(answer.questionKey)) {
      problems[`answers.${index}.questionKey`] = 'Answer each question once';
    }
    seen.add(answer.questionKey);
  });
  if (requireAll) {
    for (const key of known) if (!seen.has(key)) problems[`answers.${key}`] = 'Answer every question';
  }
  return problems;
}

export function toScreeningToolModel(tool: ScreeningToolEntity): ScreeningToolModel {
  return {
    id: tool.id,
    version: tool.version,
    name: tool.name,
    questions: tool.definition.questions.map((q) => ({
      key: q.key,
      section: q.section,
      text: q.text,
      hint: q.hint ?? null,
      weight: q.weight,
      critical: q.critical === true,
    })),
  };
}
