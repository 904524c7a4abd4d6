// Where JSON text first goes wrong, the same in every browser (their JSON.parse messages
// differ and do not always say where): a small scan of the grammar, without recursion.

export interface JsonErrorPlace {
  /** 0-based character offset. */
  pos: number;
  /** 1-based line and column, as editors count. */
  line: number;
  column: number;
}

class Stop {
  constructor(public pos: number) {}
}

/** The place of the first syntax error, or null when the text is valid JSON. */
export function jsonErrorAt(text: string): JsonErrorPlace | null {
  let i = 0;
  const fail = (): never => {
    throw new Stop(i);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const lit = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const str = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) fail();
      if (c === 92) {
        i++;
        const e = text[i];
        if (e === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) {
              i += k;
              fail();
            }
          }
          i += 5;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail();
      }
      i++;
    }
    fail();
  };
  const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  const num = () => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m || m[0] === '-' || m[0] === '') fail();
    i += (m as RegExpExecArray)[0].length;
  };
  const key = () => {
    ws();
    if (text[i] !== '"') fail();
    str();
    ws();
    if (text[i] !== ':') fail();
    i++;
  };
  // An explicit stack of open containers, not recursion: JSON.parse takes 20,000 nested
  // arrays, and so must this (the call stack would overflow long before).
  const OBJECT = 1;
  const ARRAY = 0;
  const value = (): void => {
    const open: number[] = [];
    for (;;) {
      ws();
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) i++;
        else {
          open.push(c === '{' ? OBJECT : ARRAY);
          if (c === '{') key();
          continue;
        }
      } else if (c === '"') str();
      else if (c === 't') lit('true');
      else if (c === 'f') lit('false');
      else if (c === 'n') lit('null');
      else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) num();
      else fail();
      // A value ended: close the containers it ends, or go on to the next member.
      for (;;) {
        const top = open.at(-1);
        if (top === undefined) return;
        ws();
        if (text[i] === ',') {
          i++;
          if (top === OBJECT) key();
          break;
        }
        if (text[i] !== (top === OBJECT ? '}' : ']')) fail();
        i++;
        open.pop();
      }
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const pos = Math.min(e.pos, text.length);
    const before = text.slice(0, pos).split('\n');
    return { pos, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  }
}
