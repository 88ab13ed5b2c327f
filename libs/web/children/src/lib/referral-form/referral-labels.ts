import { Awareness } from '@mace/shared-domain';

export const AWARENESS_LABELS: Record<Awareness, string> = {
  [Awareness.YES]: 'Yes',
  [Awareness.NO]: 'No',
  [Awareness.NOT_KNOWN]: 'Not known',
};
