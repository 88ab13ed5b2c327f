import type { IntelligenceStatus } from '@mace/shared-domain';
import { Tag } from '@mace/web-ui';
import { statusColour, statusLabel } from './intelligence-labels';

export function IntelligenceStatusTag({ status }: { status: IntelligenceStatus }) {
  return <Tag colour={statusColour(status)}>{statusLabel(status)}</Tag>;
}
