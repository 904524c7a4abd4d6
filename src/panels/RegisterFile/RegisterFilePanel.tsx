// The register file: who owns each physical system register at this step (filled in below).
import { UI } from '../../i18n/ui';
import { useUi } from '../../store/ui';
import { Panel } from '../common/Panel';

export function RegisterFilePanel() {
  const lang = useUi((s) => s.lang);
  return (
    <Panel id="register-file" label={UI[lang].panels.registers} className="register-file">
      <p className="muted">…</p>
    </Panel>
  );
}
