// The words of the "QEMU trace" tab of the Open dialog (loaded with it).
import type { TraceResult } from '../../custom/trace';
import type { TraceProblem } from '../../trace/types';

const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);

export const trace = {
  tabScenario: 'Scenario (JSON)',
  tabTrace: 'QEMU trace',
  pasted: 'pasted log',
  intro:
    'Open a log written by qemu-system-aarch64 -d int (add -D file.log to write it to a file): each exception and exception return becomes a step, explained by the rules. Add the nm output of your ELF to name addresses.',
  logFile: 'Trace file (-d int log)',
  mapFile: 'Symbol map (nm output, optional)',
  paste: 'Or paste the log',
  placeholder: 'Taking exception 11 [Hypervisor Call] on CPU 0\n...from EL1 to EL2\n...',
  drop: 'Drop the log to open it',
  open: 'Open trace',
  sample: 'Open the sample: mini hypervisor under QEMU',
  reading: (lines: number, pct: number) => `Reading line ${lines.toLocaleString('en')} (${pct}%)…`,
  explaining: (lines: number) => `Explaining ${lines.toLocaleString('en')} lines…`,
  progress: 'Progress',
  download: 'Download as a scenario file',
  show: 'Show it',
  failed: (r: Extract<TraceResult, { ok: false }>): string => {
    switch (r.reason) {
      case 'too-big':
        return `“${r.name}” is ${mb(r.bytes ?? 0)} MB; the lab opens QEMU logs up to ${mb(r.limit ?? 0)} MB. Keep the part you need (for example: tail -n 200000 qemu.log > part.log) or trace a shorter run. Nothing was changed.`;
      case 'map-too-big':
        return `The symbol map is ${mb(r.bytes ?? 0)} MB; maps up to ${mb(r.limit ?? 0)} MB are read. Nothing was changed.`;
      case 'empty':
        return `“${r.name}” is empty. Nothing was changed.`;
      case 'not-a-trace':
        return `No QEMU exception lines were found in “${r.name}”${r.problems[0]?.text ? ` (line 1: “${r.problems[0].text}”)` : ''}. Is it a log of qemu-system-aarch64 -d int? Nothing was changed.`;
      case 'nothing-playable':
        return `“${r.name}” has exception lines, but none the lab can play. Nothing was changed.`;
      case 'unreadable':
        return `“${r.name}” could not be read: ${'message' in r ? (r.message ?? '') : ''}. Nothing was changed.`;
      case 'invalid-scenario':
        return `The scenario made from “${r.name}” did not pass the scenario checks: ${r.message}. Nothing was changed.`;
    }
  },
  opened: (r: Extract<TraceResult, { ok: true }>): string => {
    const c = r.counts;
    const parts = [`the rules explain ${c.explained}`];
    if (c.unexplained) parts.push(`cannot explain ${c.unexplained}`);
    if (c['not-modelled']) parts.push(`do not model ${c['not-modelled']}`);
    if (c.incomplete) parts.push(`cannot check ${c.incomplete} cut-short records`);
    const qemu = c['not-architectural'] ? `; ${c['not-architectural']} were QEMU's own calls (not exceptions)` : '';
    const other = r.unknown ? ` ${r.unknown.toLocaleString('en')} other lines were set aside.` : '';
    return `Opened “${r.name}”: ${r.lines.toLocaleString('en')} lines, ${r.events.toLocaleString('en')} exceptions and returns; ${parts.join(', ')}${qemu}.${other} Playing ${r.covered} of them as steps.`;
  },
  stopped: (r: Extract<TraceResult, { ok: true }>): string =>
    r.stopped?.reason === 'limit'
      ? `A scenario holds at most 200 steps, so it stops at line ${r.stopped.line}.`
      : r.stopped
        ? `The steps stop at line ${r.stopped.line}: the lab's machine cannot replay that kind of exception.`
        : '',
  problems: (n: number) => (n === 1 ? '1 line needs a look:' : `${n} lines need a look:`),
  problem: (p: TraceProblem): string => {
    switch (p.code) {
      case 'crlf':
        return `Line ${p.line}: Windows line ends (CR LF), read as ordinary line ends.`;
      case 'binary':
        return `Line ${p.line}: binary data or text that is not UTF-8, skipped: “${p.text}”.`;
      case 'truncated':
        return `Line ${p.line}: looks like a QEMU line but is cut short or altered, skipped: “${p.text}”.`;
      case 'orphan':
        return `Line ${p.line}: a “...” line with no “Taking exception” line before it, skipped.`;
      case 'incomplete':
        return `Line ${p.line}: this exception's record does not say where it went (no “...from ELx to ELy” line).`;
      case 'too-long':
        return `Line ${p.line}: longer than 4096 characters, skipped.`;
      case 'not-a-trace':
        return `Line ${p.line}: “${p.text}” is not a QEMU exception line.`;
    }
  },
  more: (n: number) => `…and ${n.toLocaleString('en')} more.`,
};
