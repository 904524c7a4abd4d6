// vhe-lab_type2-kvm-vhe_step-9.svg: sortable, and safe on every file system.
export function exportFileName(scenarioId: string, step: number, ext: 'svg' | 'png'): string {
  const id = scenarioId.replace(/[^a-z0-9-]+/gi, '-').slice(0, 60) || 'scenario';
  return `vhe-lab_${id}_step-${step}.${ext}`;
}
