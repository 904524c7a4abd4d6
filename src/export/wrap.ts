// Line breaking for exported text: SVG <text> does not wrap. Latin text breaks between
// words, Chinese between characters; `measure` gives a string's width in the export font.

const CJK = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/;
const TOKENS = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+|\s+/g;

export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKENS) ?? []) {
    const candidate = line + token;
    // Closing punctuation never starts a line (it may overhang the width a little).
    const closing = /^[，。；：、）」』！？》】]/.test(token);
    if (!line || closing || measure(candidate.trimEnd()) <= maxWidth) {
      line = line || !/^\s+$/.test(token) ? candidate : line;
      continue;
    }
    lines.push(line.trimEnd());
    line = /^\s+$/.test(token) ? '' : token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  // A single word wider than the line is cut by character so nothing runs off the picture.
  return lines.flatMap((l) => (measure(l) <= maxWidth || CJK.test(l) ? [l] : hardBreak(l, maxWidth, measure)));
}

function hardBreak(word: string, maxWidth: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of word) {
    if (cur && measure(cur + ch) > maxWidth) {
      out.push(cur);
      cur = ch;
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}
