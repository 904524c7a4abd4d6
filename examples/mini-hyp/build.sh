#!/usr/bin/env bash
# Builds the mini hypervisor (examples/mini-hyp) with Debian's AArch64 binutils and runs it
# under QEMU's `virt` board with `-d int`, printing every command it runs.
#   OUT=dir           where to build (default examples/mini-hyp/build)
#   --update-sample   copy the log and symbol map to sample/ (the sample the lab ships)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="${OUT:-$HERE/build}"
mkdir -p "$OUT"
run() { echo "+ $*"; "$@"; }

for part in el3 hyp guest host; do
  run aarch64-linux-gnu-as -I "$HERE" -o "$OUT/$part.o" "$HERE/$part.s"
done
run aarch64-linux-gnu-ld --no-warn-rwx-segments -T "$HERE/link.ld" -o "$OUT/mini-hyp.elf" "$OUT"/{el3,hyp,guest,host}.o
run aarch64-linux-gnu-objcopy -O binary "$OUT/mini-hyp.elf" "$OUT/mini-hyp.bin"
# The symbol map the lab reads to name PCs: `nm` output, sorted by address.
echo "+ aarch64-linux-gnu-nm -n $OUT/mini-hyp.elf | grep -v ' a ' > $OUT/mini-hyp.map"
aarch64-linux-gnu-nm -n "$OUT/mini-hyp.elf" | grep -v " a " > "$OUT/mini-hyp.map"

rm -f "$OUT/mini-hyp.log"
# secure=on: the CPU starts at EL3; virtualization=on: EL2 exists; -bios: our image at 0.
# -d int -D: QEMU logs every exception taken and every exception return to the file.
run timeout 20 qemu-system-aarch64 -M virt,secure=on,virtualization=on,gic-version=3 -cpu max \
  -m 256M -nographic -monitor none -serial none -nic none -semihosting \
  -bios "$OUT/mini-hyp.bin" -d int -D "$OUT/mini-hyp.log"
echo "mini-hyp: $(grep -c '^Taking exception' "$OUT/mini-hyp.log") exceptions; log in $OUT/mini-hyp.log, symbols in $OUT/mini-hyp.map"

# --update-sample: ship this run as the lab's sample trace (examples/mini-hyp/sample/).
if [ "${1:-}" = "--update-sample" ]; then
  SAMPLE="$HERE/sample"
  mkdir -p "$SAMPLE"
  run cp "$OUT/mini-hyp.log" "$SAMPLE/mini-hyp.log"
  run cp "$OUT/mini-hyp.map" "$SAMPLE/mini-hyp.map"
fi
