// Every word the Register redirection panel shows, in English and Simplified Chinese.
import type * as en from '../en/redirection';
import type { Shape } from '../shape';
export const redirection = {
  title: '寄存器重定向',
  instruction: '指令',
  register: '寄存器',
  read: '读',
  write: '写',
  undefinedBox: 'UNDEFINED',
  reaches: '访问到',
  at: (el: number, e2h: boolean) => `在 EL${el}，HCR_EL2.E2H=${e2h ? 1 : 0}`,
  diagram: (op: string, name: string, to: string) => `${op} ${name} → ${to}`,
  redirected: '被重定向',
  alias: '别名，不是重定向：用它自己的名字访问到真正的寄存器',
  sameName: '同名寄存器',
  table: 'FEAT_VHE 重定向的全部寄存器',
  tableCaption: (el: number, e2h: boolean) => `每个名字此刻访问到的寄存器（EL${el}，E2H=${e2h ? 1 : 0}）`,
  colName: '使用的名字',
  colNow: '此刻访问到',
  colAlias: '别名（访问到）',
  current: '当前',
  stepRegs: '本步骤涉及的寄存器',
  waiting: '正在询问规则…',
  hint: '输入或选择一个系统寄存器名。',
} satisfies Shape<typeof en.redirection>;
