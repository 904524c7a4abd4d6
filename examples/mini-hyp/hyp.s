// EL2: the hypervisor. It sets up stage 2 translation and HCR_EL2, runs the guest at EL1
// and handles what the guest's actions trap to EL2. It runs twice:
//   1. nVHE: HCR_EL2.E2H = 0; the hypervisor enters the guest directly.
//   2. VHE:  HCR_EL2.E2H = 1; the hypervisor is also a host kernel with a host application
//      at EL0 (HCR_EL2.TGE = 1, so the application's SVC comes to EL2). The application
//      asks to run the guest; the hypervisor clears TGE, enters the same guest, and sets
//      TGE again when the guest is done (what KVM does on every VHE world switch).
.include "defs.s"

.equ S2_TABLE, 0x40030000      // the stage 2 level 1 table (4 entries of 1 GB)

.section .text.ram, "ax"
.global hyp_entry
hyp_entry:
    ldr     x0, =EL2_STACK_TOP
    mov     sp, x0
    ldr     x0, =hyp_vectors
    msr     vbar_el2, x0

    // Stage 2: the guest's IPA space is 4 GB (VTCR_EL2.T0SZ = 32) starting at level 1
    // (SL0 = 1) with 4 KB pages. Entry 1 maps IPA 1-2 GB onto the same PA range (RAM) as
    // one block; entry 0, where the devices are, stays invalid, so any guest access to a
    // device traps to EL2 as a stage 2 translation fault.
    ldr     x0, =S2_TABLE
    stp     xzr, xzr, [x0]
    stp     xzr, xzr, [x0, #16]
    // Block descriptor: AF(10) SH=inner(9:8) S2AP=RW(7:6) MemAttr=normal WB(5:2) block(1:0=01)
    ldr     x1, =(RAM_BASE | (1 << 10) | (3 << 8) | (3 << 6) | (0xf << 2) | 1)
    str     x1, [x0, #8]
    dsb     sy
    msr     vttbr_el2, x0       // VMID 0, table base
    // VTCR_EL2: RES1(31) PS=32 bits(18:16=0) TG0=4K(15:14=0) SH0=inner(13:12)
    //           ORGN0=IRGN0=WB(11:8) SL0=level 1(7:6=1) T0SZ=32(5:0)
    ldr     x0, =((1 << 31) | (3 << 12) | (1 << 10) | (1 << 8) | (1 << 6) | 32)
    msr     vtcr_el2, x0
    isb
    tlbi    vmalls12e1
    dsb     sy

    // Phase 1, nVHE: enter the guest.
    b       enter_guest

// Enters the guest at EL1 with the guest's HCR_EL2 (plus E2H when running as a VHE host).
// Does not return: the next time EL2 runs is the guest's next exception.
enter_guest:
    mrs     x0, hcr_el2
    and     x0, x0, #HCR_E2H    // keep E2H as it is: nVHE or VHE
    ldr     x1, =HCR_GUEST
    orr     x0, x0, x1
    msr     hcr_el2, x0
    isb
    ldr     x0, =SPSR_EL1H_MASKED
    msr     spsr_el2, x0
    ldr     x0, =guest_entry
    msr     elr_el2, x0
    eret

// EL2's vector table. The guest (EL1) and the VHE host application (EL0) are "lower EL
// using AArch64"; only their synchronous exceptions are expected.
.balign 2048
hyp_vectors:
    .rept 8
    b       .                   // an exception at EL2 itself: a bug, stop here
    .balign 128
    .endr
    b       hyp_sync_lower      // lower EL, AArch64, synchronous
    .balign 128
    .rept 7
    b       .
    .balign 128
    .endr

// Saves the interrupted context's x0-x30 on the EL2 stack (a "vCPU context" in miniature),
// so a handler can read and write the guest's registers as frame[n].
hyp_sync_lower:
    sub     sp, sp, #256
    stp     x0, x1, [sp, #0]
    stp     x2, x3, [sp, #16]
    stp     x4, x5, [sp, #32]
    stp     x6, x7, [sp, #48]
    stp     x8, x9, [sp, #64]
    stp     x10, x11, [sp, #80]
    stp     x12, x13, [sp, #96]
    stp     x14, x15, [sp, #112]
    stp     x16, x17, [sp, #128]
    stp     x18, x19, [sp, #144]
    stp     x20, x21, [sp, #160]
    stp     x22, x23, [sp, #176]
    stp     x24, x25, [sp, #192]
    stp     x26, x27, [sp, #208]
    stp     x28, x29, [sp, #224]
    str     x30, [sp, #240]

    // ESR_EL2.EC (bits 31:26) says why we are here.
    mrs     x0, esr_el2
    lsr     x1, x0, #26
    cmp     x1, #EC_HVC64
    b.eq    handle_hvc
    cmp     x1, #EC_WFX
    b.eq    handle_wfx
    cmp     x1, #EC_DABT_LOWER
    b.eq    handle_dabt
    cmp     x1, #EC_SMC64
    b.eq    handle_smc
    cmp     x1, #EC_SVC64
    b.eq    handle_svc
    b       .                   // anything else: stop

// HVC: ELR_EL2 already points after the HVC. ESR_EL2.ISS[15:0] is the immediate.
handle_hvc:
    and     x1, x0, #0xffff
    cmp     x1, #HVC_RAISE
    b.eq    1f
    cmp     x1, #HVC_EOI
    b.eq    2f
    cmp     x1, #HVC_DONE
    b.eq    guest_done
    b       resume              // HVC_HELLO and others: nothing to do
1:  mrs     x2, hcr_el2         // raise a virtual IRQ: taken by the guest at EL1 as soon as
    orr     x2, x2, #HCR_VI     // it unmasks PSTATE.I (HCR_EL2.IMO = 1 enables it)
    msr     hcr_el2, x2
    b       resume
2:  mrs     x2, hcr_el2         // lower it
    bic     x2, x2, #HCR_VI
    msr     hcr_el2, x2
    b       resume

// A trapped WFI or WFE (HCR_EL2.TWI/TWE): ELR_EL2 points at the instruction itself. A real
// hypervisor would schedule another vCPU; this one just steps over it.
handle_wfx:
    b       skip_instruction

// A trapped SMC (HCR_EL2.TSC): ELR_EL2 points at the SMC. Pretend the firmware call
// failed (x0 = -1, SMCCC NOT_SUPPORTED) and step over it.
handle_smc:
    mov     x1, #-1
    str     x1, [sp, #0]
    b       skip_instruction

// A data abort from the guest: its access to the device at GUEST_MMIO_IPA missed stage 2.
// With ESR_EL2.ISV = 1 the syndrome describes the access: SRT (bits 20:16) is the register,
// WnR (bit 6) says read or write. Emulate a read of the UART's flag register (UARTFR):
// 0x90 = "transmit FIFO empty, receive FIFO empty".
handle_dabt:
    tbz     x0, #24, .          // ISV = 0: cannot emulate, stop
    tbnz    x0, #6, skip_instruction    // a write: ignore it
    ubfx    x1, x0, #16, #5     // SRT
    cmp     x1, #31
    b.eq    skip_instruction    // XZR
    mov     x2, #0x90
    str     x2, [sp, x1, lsl #3] // frame[SRT] = the emulated value
    b       skip_instruction

// The VHE host application's system calls (only reach EL2 because HCR_EL2.TGE = 1).
handle_svc:
    and     x1, x0, #0xffff
    cmp     x1, #SVC_RUN_GUEST
    b.eq    run_guest_from_host
    cmp     x1, #SVC_EXIT
    b.eq    power_off
    b       resume

run_guest_from_host:
    mrs     x1, elr_el2         // where the host application resumes afterwards
    ldr     x2, =host_elr
    str     x1, [x2]
    add     sp, sp, #256        // leave the host's frame: the guest runs now
    b       enter_guest

// HVC_DONE. In phase 1 (nVHE, E2H = 0) switch to phase 2: become a VHE host (E2H = 1,
// TGE = 1) and start the host application at EL0. In phase 2 return to the host
// application, after its SVC_RUN_GUEST.
guest_done:
    add     sp, sp, #256
    ldr     x0, =HCR_HOST_VHE
    msr     hcr_el2, x0
    isb
    ldr     x0, =SPSR_EL0T_MASKED
    msr     spsr_el2, x0
    ldr     x1, =host_elr
    ldr     x0, [x1]
    cbnz    x0, 1f
    ldr     x0, =host_app       // phase 1 ends: the host application starts
1:  msr     elr_el2, x0
    eret

// The host application is done: ask the firmware (EL3) to stop the machine.
power_off:
    smc     #0
    b       .

skip_instruction:
    mrs     x1, elr_el2
    add     x1, x1, #4
    msr     elr_el2, x1
resume:
    ldp     x0, x1, [sp, #0]
    ldp     x2, x3, [sp, #16]
    ldp     x4, x5, [sp, #32]
    ldp     x6, x7, [sp, #48]
    ldp     x8, x9, [sp, #64]
    ldp     x10, x11, [sp, #80]
    ldp     x12, x13, [sp, #96]
    ldp     x14, x15, [sp, #112]
    ldp     x16, x17, [sp, #128]
    ldp     x18, x19, [sp, #144]
    ldp     x20, x21, [sp, #160]
    ldp     x22, x23, [sp, #176]
    ldp     x24, x25, [sp, #192]
    ldp     x26, x27, [sp, #208]
    ldp     x28, x29, [sp, #224]
    ldr     x30, [sp, #240]
    add     sp, sp, #256
    eret

.ltorg

.section .data
.balign 8
host_elr:
    .quad   0
