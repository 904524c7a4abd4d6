// EL3: the firmware. QEMU's `virt` board with secure=on starts the CPU here, at EL3, at
// address 0 (the secure flash, where -bios puts this image). It copies the rest of the image
// into RAM, drops to Non-secure EL2 and, at the very end, stops QEMU.
.include "defs.s"

.section .text.el3, "ax"
.global _start
_start:
    // Copy the RAM part of the image (hypervisor, host, guest) from flash to RAM: the
    // secure flash is not visible from Non-secure EL2. The linker script gives the bounds.
    ldr     x0, =__ram_load
    ldr     x1, =__ram_start
    ldr     x2, =__ram_end
1:  ldp     x3, x4, [x0], #16
    stp     x3, x4, [x1], #16
    cmp     x1, x2
    b.lo    1b
    dsb     sy
    ic      iallu               // the copied code must not be fetched stale
    isb

    ldr     x0, =EL3_STACK_TOP
    mov     sp, x0
    ldr     x0, =el3_vectors
    msr     vbar_el3, x0

    // SCR_EL3: EL2 and below are Non-secure, AArch64, and may use HVC. IRQ, FIQ and
    // SError stay below EL3 (SCR_EL3.{IRQ,FIQ,EA} = 0).
    ldr     x0, =(SCR_NS | SCR_HCE | SCR_RW)
    msr     scr_el3, x0

    // "Return" to EL2: ERET takes the EL and the mask bits from SPSR_EL3, the PC from ELR_EL3.
    ldr     x0, =SPSR_EL2H_MASKED
    msr     spsr_el3, x0
    ldr     x0, =hyp_entry
    msr     elr_el3, x0
    isb
    eret

// EL3's vector table: only "synchronous exception from a lower EL using AArch64" is used:
// the hypervisor's final SMC, which asks the firmware to stop the machine.
.balign 2048
el3_vectors:
    .rept 8                     // current EL (SP_EL0 and SP_ELx): not expected
    b       .
    .balign 128
    .endr
    b       el3_smc             // lower EL, AArch64, synchronous
    .balign 128
    .rept 7
    b       .
    .balign 128
    .endr

el3_smc:
    // QEMU semihosting SYS_EXIT (0x18) with ADP_Stopped_ApplicationExit: QEMU exits with
    // status 0 (needs -semihosting). A real firmware would power off through PSCI.
    mov     x0, #0x18
    ldr     x1, =exit_block
    hlt     #0xf000
    b       .

.balign 8
exit_block:
    .quad   0x20026             // ADP_Stopped_ApplicationExit
    .quad   0                   // exit status
