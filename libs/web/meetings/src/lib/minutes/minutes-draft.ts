import type { MinutesSectionInput } from '@mace/web-data-access';

export interface MinutesSection {
  key: string;
  heading: string;
  body: string;
}

/** The sections to send: bodies as typed, trailing space trimmed, headings and keys as drafted. */
export function sectionsInput(sections: readonly MinutesSection[]): MinutesSectionInput[] {
  return sections.map(({ key, heading, body }) => ({ key, heading, body: body.trimEnd() }));
}

/** Keys of the sections whose saved text (theirs) differs from what is typed here, to show both. */
export function differingSections(mine: readonly MinutesSection[], theirs: readonly MinutesSection[]): Set<string> {
  const saved = new Map(theirs.map((section) => [section.key, section.body.trimEnd()]));
  return new Set(mine.filter((section) => saved.get(section.key) !== section.body.trimEnd()).map((section) => section.key));
}

/** The field a BAD_USER_INPUT message names ("sections.2.body") as the id of that section's textarea. */
export function sectionFieldId(key: string): string {
  return `minutes-${key}`;
}

export function sectionErrors(apiFields: Record<string, string>, sections: readonly MinutesSection[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(apiFields)) {
    const match = /^(?:input\.)?sections\.(\d+)\./.exec(field);
    const section = match ? sections[Number(match[1])] : undefined;
    if (section) errors[section.key] = message;
  }
  return errors;
}
