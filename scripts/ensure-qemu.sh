#!/usr/bin/env bash
# Makes sure Debian's QEMU (qemu-system-aarch64) and the AArch64 binutils (as, ld, objcopy,
# nm) are installed: the QEMU probes (verify/qemu) and the mini hypervisor (examples/mini-hyp)
# assemble bare-metal AArch64 code and run it under QEMU's `virt` machine.
set -euo pipefail

need=()
command -v qemu-system-aarch64 >/dev/null 2>&1 || need+=(qemu-system-arm)
command -v aarch64-linux-gnu-as >/dev/null 2>&1 || need+=(binutils-aarch64-linux-gnu)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-qemu: installing Debian's ${need[*]} with apt-get (about a minute)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  if command -v qemu-system-aarch64 >/dev/null 2>&1 && command -v aarch64-linux-gnu-as >/dev/null 2>&1; then
    echo "ensure-qemu: installed $(qemu-system-aarch64 --version | head -1)"
    exit 0
  fi
  echo "ensure-qemu: apt-get finished but qemu-system-aarch64 or aarch64-linux-gnu-as is still missing." >&2
  exit 1
fi

cat >&2 <<MSG
ensure-qemu: missing ${need[*]}, and they cannot be installed automatically (this needs
root and apt-get). Install Debian's packages yourself, e.g.:

    sudo apt-get update && sudo apt-get install -y qemu-system-arm binutils-aarch64-linux-gnu

then run the command again. The QEMU probes check the rules against real AArch64 code.
MSG
exit 1
