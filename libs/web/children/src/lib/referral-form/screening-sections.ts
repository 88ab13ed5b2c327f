import type { ScreeningToolQuery } from '@mace/web-data-access';

export type ScreeningQuestionFields = ScreeningToolQuery['screeningTool']['questions'][number];

export interface ScreeningSection {
  title: string;
  questions: ScreeningQuestionFields[];
}

/** The tool's questions grouped by section, in the order the tool lists them. */
export function sectionsOf(questions: readonly ScreeningQuestionFields[]): ScreeningSection[] {
  const sections: ScreeningSection[] = [];
  for (const question of questions) {
    const last = sections.at(-1);
    const existing = last?.title === question.section ? last : sections.find((s) => s.title === question.section);
    if (existing) existing.questions.push(question);
    else sections.push({ title: question.section, questions: [question] });
  }
  return sections;
}

/** An element id from a question key, which is data and may hold any character. */
export function questionId(key: string, period: 'lastSixMonths' | 'earlier'): string {
  return `q-${key.replace(/[^A-Za-z0-9_-]/g, '-')}-${period}`;
}
