// EL0 under the VHE host (HCR_EL2.{E2H,TGE} = {1,1}): a host application, say a VMM like
// QEMU or kvmtool. Its system calls go straight to the host kernel at EL2.
.include "defs.s"

.section .text.ram, "ax"
.global host_app
host_app:
    svc     #SVC_RUN_GUEST      // "KVM_RUN": the host kernel (EL2) runs the guest
    svc     #SVC_EXIT           // done: the host kernel stops the machine
    b       .
