// A streaming parser of QEMU `-d int` logs for AArch64 (push chunks, then finish): memory is
// the events found plus one partial line, never the whole file.
//
// The formats, as QEMU writes them (checked in qemu/qemu target/arm/helper.c,
// arm_log_exception / arm_cpu_do_interrupt / arm_cpu_do_interrupt_aarch64, and
// target/arm/helper-a64.c, later target/arm/tcg/helper-a64.c, HELPER(exception_return); in
// QEMU 7.2 as Debian ships it, by running it, and in the master branch as stored):
//   Taking exception %d [%s] on CPU %d        (older releases: no " on CPU %d")
//   ...from EL%d to EL%d
//   ...with ESR 0x%x/0x%x                      (EC / syndrome; a 64-bit syndrome in newer releases)
//   ...with MFAR 0x%x                          (granule protection checks, newer releases)
//   ...with FAR 0x%x                           (instruction and data aborts)
//   ...with ELR 0x%x
//   ...to EL%d PC 0x%x PSTATE 0x%x
//   ...handled as PSCI call | ...handling as semihosting call 0x%x
//   Exception return from AArch64 EL%d to AArch64|AArch32 EL%d PC 0x%x
//   Illegal exception return at EL%d: resuming execution at 0x%x   (-d guest_errors)
import type { EL } from '../core';
import type { ParsedTrace, TakenException, TraceEvent, TraceProblem } from './types';

const HEX = '([0-9a-fA-F]+)';
const TAKING = /^Taking exception (\d+) \[([^\]\n]*)\](?: on CPU (\d+))?$/;
const FROM = /^\.\.\.from EL([0-3]) to EL([0-3])$/;
const ESR = new RegExp(`^\\.\\.\\.with ESR 0x${HEX}/0x${HEX}$`);
const FAR = new RegExp(`^\\.\\.\\.with FAR 0x${HEX}$`);
const MFAR = new RegExp(`^\\.\\.\\.with MFAR 0x${HEX}$`);
const ELR = new RegExp(`^\\.\\.\\.with ELR 0x${HEX}$`);
const TO = new RegExp(`^\\.\\.\\.to EL([0-3]) PC 0x${HEX} PSTATE 0x${HEX}$`);
const PSCI = /^\.\.\.handled as PSCI call$/;
const SEMIHOST = new RegExp(`^\\.\\.\\.handling as semihosting call 0x${HEX}$`);
const RETURN = new RegExp(`^Exception return from AArch64 EL([0-3]) to AArch(64|32) EL([0-3]) PC 0x${HEX}$`);
const ILLEGAL = new RegExp(`^Illegal exception return at EL([0-3]): resuming execution at 0x${HEX}$`);
/** A line that starts like one of ours but does not match: cut short or altered. */
const LOOKS_OURS = /^(Taking exception|\.\.\.(from|with|to|handl)|Exception return from|Illegal exception return)/;
// C0 controls other than tab, DEL, and U+FFFD (what a decoder makes of invalid UTF-8).
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting binary input is the point
const BINARY = /[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/;

export const MAX_LINE = 4096;
const MAX_SAMPLES = 50;
const MAX_PROBLEMS = 200;

const el = (s: string | undefined) => Number(s) as EL;
const lower = (s: string | undefined) => (s ?? '').toLowerCase();

/** The "..." lines of a record: each fills part of it; the last ones complete it. */
const DETAIL_LINES: [RegExp, (ex: TakenException, m: RegExpExecArray) => void][] = [
  [
    FROM,
    (ex, m) => {
      ex.from = el(m[1]);
      ex.to = el(m[2]);
    },
  ],
  [
    ESR,
    (ex, m) => {
      ex.ec = Number.parseInt(m[1] ?? '0', 16);
      ex.esr = lower(m[2]);
    },
  ],
  [
    FAR,
    (ex, m) => {
      ex.far = lower(m[1]);
    },
  ],
  [
    MFAR,
    (ex, m) => {
      ex.mfar = lower(m[1]);
    },
  ],
  [
    ELR,
    (ex, m) => {
      ex.elr = lower(m[1]);
    },
  ],
  [
    TO,
    (ex, m) => {
      ex.pc = lower(m[2]);
      ex.pstate = lower(m[3]);
      ex.complete = true;
    },
  ],
  [
    PSCI,
    (ex) => {
      ex.handledBy = 'psci';
      ex.complete = true;
    },
  ],
  [
    SEMIHOST,
    (ex) => {
      ex.handledBy = 'semihosting';
      ex.complete = true;
    },
  ],
];

/** A line made safe to show: control characters as \xNN, at most 80 characters. */
export function showLine(text: string): string {
  const visible = text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: making them visible
    /[\u0000-\u001f\u007f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
  return visible.length > 80 ? `${visible.slice(0, 77)}…` : visible;
}

export class TraceParser {
  private partial = '';
  private lineNo = 0;
  private current: TakenException | null = null;
  private crlfSeen = false;
  private readonly events: TraceEvent[] = [];
  private readonly problems: TraceProblem[] = [];
  private moreProblems = 0;
  private readonly unknown = { count: 0, samples: [] as { line: number; text: string }[] };

  /** Feeds the next piece of text (any split, even mid-line). */
  push(chunk: string): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', start);
      if (nl < 0) break;
      const piece = chunk.slice(start, nl);
      const line = this.partial ? this.partial + piece : piece;
      this.partial = '';
      this.line(line);
      start = nl + 1;
    }
    const rest = chunk.slice(start);
    // A "line" that never ends (binary data without newlines) must not grow without bound.
    if (this.partial.length + rest.length > MAX_LINE) {
      this.partial = (this.partial + rest).slice(0, MAX_LINE + 1);
    } else {
      this.partial += rest;
    }
  }

  /** Ends the input and returns everything read. */
  finish(): ParsedTrace {
    if (this.partial) {
      const last = this.partial;
      this.partial = '';
      this.line(last);
    }
    this.close();
    if (this.events.length === 0 && this.lineNo > 0) {
      this.problem(1, 'not-a-trace', this.unknown.samples[0]?.text ?? '');
    }
    return {
      events: this.events,
      lines: this.lineNo,
      unknown: this.unknown,
      problems: this.problems,
      moreProblems: this.moreProblems,
    };
  }

  /** Lines read so far (for progress). */
  get linesRead(): number {
    return this.lineNo;
  }

  private problem(line: number, code: TraceProblem['code'], text: string): void {
    if (this.problems.length >= MAX_PROBLEMS) this.moreProblems++;
    else this.problems.push({ line, code, text: showLine(text) });
  }

  private keepUnknown(line: number, text: string): void {
    this.unknown.count++;
    if (this.unknown.samples.length < MAX_SAMPLES) this.unknown.samples.push({ line, text: showLine(text) });
  }

  /** Ends the exception record being read; a record without its "...from" line is incomplete. */
  private close(): void {
    const cur = this.current;
    if (!cur) return;
    if (cur.from === undefined || cur.to === undefined) {
      this.problem(cur.line, 'incomplete', `Taking exception ${cur.number} [${cur.name}]`);
    }
    this.current = null;
  }

  private line(raw: string): void {
    this.lineNo++;
    const n = this.lineNo;
    let text = raw;
    if (text.endsWith('\r')) {
      text = text.slice(0, -1);
      if (!this.crlfSeen) {
        this.crlfSeen = true;
        this.problem(n, 'crlf', text);
      }
    }
    if (text.length > MAX_LINE) {
      this.problem(n, 'too-long', text);
      this.keepUnknown(n, text);
      return;
    }
    if (BINARY.test(text)) {
      this.problem(n, 'binary', text);
      this.keepUnknown(n, text);
      return;
    }
    if (text.trim() === '') return;
    if (!this.known(text.trimEnd(), n)) {
      if (LOOKS_OURS.test(text)) this.problem(n, 'truncated', text);
      this.keepUnknown(n, text);
    }
  }

  /** Reads one of QEMU's lines; false when the line is not one. */
  private known(text: string, n: number): boolean {
    let m = TAKING.exec(text);
    if (m) {
      this.close();
      const ex: TakenException = {
        type: 'exception',
        line: n,
        number: Number(m[1]),
        name: m[2] ?? '',
        complete: false,
      };
      if (m[3] !== undefined) ex.cpu = Number(m[3]);
      this.current = ex;
      this.events.push(ex);
      return true;
    }
    m = RETURN.exec(text);
    if (m) {
      this.close();
      this.events.push({
        type: 'return',
        line: n,
        from: el(m[1]),
        to: el(m[3]),
        aarch32: m[2] === '32',
        pc: lower(m[4]),
      });
      return true;
    }
    m = ILLEGAL.exec(text);
    if (m) {
      this.close();
      this.events.push({ type: 'illegal-return', line: n, at: el(m[1]), pc: lower(m[2]) });
      return true;
    }
    if (!text.startsWith('...')) return false;
    for (const [re, apply] of DETAIL_LINES) {
      const d = re.exec(text);
      if (!d) continue;
      const cur = this.current;
      if (!cur) {
        this.problem(n, 'orphan', text);
        return true;
      }
      apply(cur, d);
      if (cur.complete) {
        this.current = null;
        if (cur.from === undefined)
          this.problem(cur.line, 'incomplete', `Taking exception ${cur.number} [${cur.name}]`);
      }
      return true;
    }
    return false;
  }
}

/** Parses a whole log held in memory (tests, small pastes). */
export function parseTrace(text: string): ParsedTrace {
  const p = new TraceParser();
  p.push(text);
  return p.finish();
}
