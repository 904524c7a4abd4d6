// What a QEMU `-d int` log holds, as the parser reads it. Plain data (structured-clone safe):
// 64-bit values stay hex strings, since a JS number holds only 53 bits exactly.
import type { EL } from '../core';

/** One "Taking exception N [NAME] on CPU k" record and its "..." lines. */
export interface TakenException {
  type: 'exception';
  /** 1-based line of "Taking exception". */
  line: number;
  /** QEMU's own exception number (EXCP_* in target/arm/cpu.h), not the architectural EC. */
  number: number;
  /** QEMU's name for it, e.g. "Hypervisor Call"; "unknown" for numbers it has no name for. */
  name: string;
  /** Absent in older QEMU releases ("Taking exception N [NAME]"). */
  cpu?: number;
  from?: EL;
  to?: EL;
  /** ESR as QEMU printed it: "ec/syndrome". The EC is printed separately by QEMU. */
  ec?: number;
  /** The syndrome, hex without 0x (32 bits in QEMU 7.2, up to 64 in newer releases). */
  esr?: string;
  far?: string;
  /** FEAT_RME granule protection checks (newer releases): MFAR_EL3. */
  mfar?: string;
  elr?: string;
  /** The vector the PE jumped to ("...to ELy PC ..."). */
  pc?: string;
  pstate?: string;
  /** QEMU handled it itself instead of taking an architectural exception. */
  handledBy?: 'psci' | 'semihosting';
  /** The record's last line was seen ("...to EL", or a handled-by line). */
  complete: boolean;
}

/** "Exception return from AArch64 ELx to AArch64|AArch32 ELy PC ...". */
export interface ExceptionReturn {
  type: 'return';
  line: number;
  from: EL;
  to: EL;
  /** Returned to AArch32 state. */
  aarch32: boolean;
  pc: string;
}

/** "Illegal exception return at ELx: resuming execution at ..." (logged with -d guest_errors). */
export interface IllegalReturn {
  type: 'illegal-return';
  line: number;
  at: EL;
  pc: string;
}

export type TraceEvent = TakenException | ExceptionReturn | IllegalReturn;

/** Something wrong with the input, naming the line (1-based). Never fatal by itself. */
export interface TraceProblem {
  line: number;
  code: 'crlf' | 'binary' | 'truncated' | 'orphan' | 'incomplete' | 'too-long' | 'not-a-trace';
  /** The line as read, shortened, with control characters made visible. */
  text: string;
}

export interface ParsedTrace {
  events: TraceEvent[];
  lines: number;
  /** Lines that are not QEMU exception lines (kept: the first few, counted: all). */
  unknown: { count: number; samples: { line: number; text: string }[] };
  problems: TraceProblem[];
  /** Problems beyond the first MAX_PROBLEMS, counted only. */
  moreProblems: number;
}
