// What the EL diagram draws of a flow's snapshot. The panel selects this part (kept while
// equal), so a what-if that changes only bits the diagram does not draw re-renders nothing.
import type { PeState } from '../../core';
import type { FlowSnapshot } from '../../machine/types';

export type DiagramSnap = Pick<FlowSnapshot, 'placement' | 'running' | 'blocked' | 'pending' | 'last' | 'vmx'> & {
  pe: Pick<PeState, 'el'>;
};

export function diagramPart(s: FlowSnapshot): DiagramSnap {
  const part: DiagramSnap = {
    pe: { el: s.pe.el },
    placement: s.placement,
    running: s.running,
    blocked: s.blocked,
    pending: s.pending,
  };
  if (s.last) part.last = s.last;
  if (s.vmx) part.vmx = s.vmx;
  return part;
}
