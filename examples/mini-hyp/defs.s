// Constants shared by every part of the mini hypervisor (Arm ARM DDI 0487 field names).

// --- Memory map of QEMU's `virt` board (hw/arm/virt.c) ---
.equ RAM_BASE,        0x40000000   // Non-secure RAM: the hypervisor, host and guest run here
.equ EL3_STACK_TOP,   0x40010000
.equ EL2_STACK_TOP,   0x40020000
.equ GUEST_MMIO_IPA,  0x09000000   // the PL011 UART's address: left unmapped at stage 2

// --- SCR_EL3 ---
.equ SCR_NS,   (1 << 0)    // EL0-EL2 are Non-secure
.equ SCR_HCE,  (1 << 8)    // HVC is enabled
.equ SCR_RW,   (1 << 10)   // EL2 is AArch64

// --- HCR_EL2 ---
.equ HCR_VM,   (1 << 0)    // stage 2 translation on for EL1&0
.equ HCR_IMO,  (1 << 4)    // physical IRQs to EL2, virtual IRQs enabled for EL1
.equ HCR_VI,   (1 << 7)    // a virtual IRQ is pending
.equ HCR_TWI,  (1 << 13)   // trap WFI at EL0/EL1 to EL2
.equ HCR_TSC,  (1 << 19)   // trap SMC at EL1 to EL2
.equ HCR_TGE,  (1 << 27)   // EL0 is the host's: its exceptions go to EL2
.equ HCR_RW,   (1 << 31)   // EL1 is AArch64
.equ HCR_E2H,  (1 << 34)   // FEAT_VHE: the host kernel runs at EL2

// What the guest runs under: stage 2 on, WFI and SMC trapped, virtual IRQs enabled.
.equ HCR_GUEST, (HCR_RW | HCR_TSC | HCR_TWI | HCR_IMO | HCR_VM)
// What the VHE host runs under: E2H and TGE, so its EL0 is the host's EL0.
.equ HCR_HOST_VHE, (HCR_RW | HCR_E2H | HCR_TGE)

// --- SPSR values (M[3:0] = the EL and SP to return to, DAIF all masked) ---
.equ SPSR_EL2H_MASKED, 0x3c9
.equ SPSR_EL1H_MASKED, 0x3c5
.equ SPSR_EL0T_MASKED, 0x3c0

// --- ESR_ELx.EC values (Arm ARM D23.2.41, ESR_EL2) ---
.equ EC_WFX,        0x01
.equ EC_SVC64,      0x15
.equ EC_HVC64,      0x16
.equ EC_SMC64,      0x17
.equ EC_DABT_LOWER, 0x24

// --- The hypercalls this hypervisor offers its guest (HVC #imm16) ---
.equ HVC_DONE,     0       // the guest has finished
.equ HVC_RAISE,    1       // please send me a virtual IRQ
.equ HVC_EOI,      2       // I have handled it: lower the virtual IRQ
.equ HVC_HELLO,    0x42    // a no-op call, to see a hypercall round trip

// --- The system calls the host application makes to the (VHE) host kernel (SVC #imm16) ---
.equ SVC_RUN_GUEST, 1
.equ SVC_EXIT,      2
