// EL1: the guest. It knows nothing of the hypervisor except its hypercalls; everything
// else it does (WFI, touching a device, calling firmware) is trapped by HCR_EL2 settings
// it cannot see. The MMU is off: its addresses are IPAs, translated by stage 2 only.
.include "defs.s"

.section .text.ram, "ax"
.global guest_entry
guest_entry:
    ldr     x0, =guest_vectors
    msr     vbar_el1, x0
    isb

    hvc     #HVC_HELLO          // 1. a hypercall: EL1 -> EL2 and back
    wfi                         // 2. wait for an interrupt: trapped (HCR_EL2.TWI = 1)
    ldr     x0, =(GUEST_MMIO_IPA + 0x18)
    ldr     w1, [x0]            // 3. read UARTFR: not mapped at stage 2, emulated at EL2
    smc     #0                  // 4. call "firmware": trapped (HCR_EL2.TSC = 1)

    hvc     #HVC_RAISE          // 5. ask for a virtual IRQ (pending from now on) ...
    msr     daifclr, #2         //    ... and unmask IRQs: it is taken here, at EL1
    hvc     #HVC_DONE           // 6. tell the hypervisor we are done
    b       .

// The guest's vector table: only "IRQ at the current EL with SP_EL1" is expected.
.balign 2048
guest_vectors:
    .rept 4                     // current EL with SP_EL0
    b       .
    .balign 128
    .endr
    b       .                   // current EL with SP_ELx: synchronous
    .balign 128
    b       guest_irq           // current EL with SP_ELx: IRQ
    .balign 128
    .rept 10
    b       .
    .balign 128
    .endr

// The virtual IRQ handler: "acknowledge" it with a hypercall (a real guest would talk to
// the GIC's virtual CPU interface), then return to the interrupted code.
guest_irq:
    hvc     #HVC_EOI
    eret

.ltorg
