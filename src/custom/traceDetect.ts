/** Whether text looks like a QEMU -d int log rather than scenario JSON (format detection). */
export function looksLikeTrace(text: string): boolean {
  const head = text.slice(0, 20_000);
  return !/^\s*[[{]/.test(head) && /^(Taking exception \d+ \[|Exception return from AArch)/m.test(head);
}
