// Chinese typesetting: a space between a Chinese run and a Latin or digit run ("从 KVM hyp
// 代码返回", not "从KVM hyp 代码返回"). The templates' own text is written that way; `sp`
// adds the space where an interpolated name or label meets the template's Chinese.

const HAN = /[\u3400-\u9fff]/;
const LATIN = /[A-Za-z0-9]/;

/** Whether two neighbouring characters need a space between them. */
function apart(left: string | undefined, right: string | undefined): boolean {
  if (!left || !right) return false;
  return (HAN.test(left) && LATIN.test(right)) || (LATIN.test(left) && HAN.test(right));
}

/** A template literal tag: joins like a plain template, spacing Chinese from Latin at each join. */
export function sp(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    for (const part of [String(v), strings[i + 1] ?? '']) {
      if (apart(out.at(-1), part[0])) out += ' ';
      out += part;
    }
  });
  return out;
}
