import { RISK_LEVEL_LABELS, RiskLevel } from '@mace/shared-domain';
import { Tag, type TagColour } from '@mace/web-ui';

const COLOURS: Record<RiskLevel, TagColour> = {
  [RiskLevel.HIGH]: 'red',
  [RiskLevel.MEDIUM]: 'orange',
  [RiskLevel.LOW]: 'yellow',
  [RiskLevel.NONE]: 'grey',
};

/** The risk level as a coloured tag; the text says the level, the colour only repeats it. */
export function RiskTag({ level }: { level: RiskLevel }) {
  return <Tag colour={COLOURS[level]}>{RISK_LEVEL_LABELS[level]}</Tag>;
}
