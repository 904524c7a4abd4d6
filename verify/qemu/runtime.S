// VHE Lab QEMU probes: the EL3 firmware that runs a table of cases.
// Loaded as `-bios` at address 0 of QEMU's `virt` machine; starts at EL3 with the MMU off
// and runs from RAM (link.ld).
// For each case it sets SCR_EL3, HCR_EL2 and the registers below, ERETs to the case's EL
// and PSTATE at an event snippet (events.S, generated), and lets every vector table record
// the first exception; then it prints one line per case on the PL011 UART and exits by
// semihosting. Data lives in RAM (flash at 0 is read-only).

        .equ UART_DR,      0x09000000
        .equ GICD,         0x08000000
        .equ GICR,         0x080A0000          // redistributor of CPU 0 (RD_base)
        .equ GICR_SGI,     0x080B0000          // its SGI_base frame
        .equ GLOBALS,      0x40000000
        .equ G_PHASE,      0x00                // 0: event not done; 2: escaping from a normal end; 1: recorded
        .equ G_CASE,       0x08
        .equ G_LEFT,       0x10
        .equ G_SLOT0,      0x40                // first exception: el, vector offset, ESR, SPSR, ELR, FAR
        .equ G_SLOT1,      0x80                // the escape SVC after a normal end (its SPSR names the EL)
        .equ G_V2,         0xC0                // the value an MRS probe read
        .equ S2_TABLE,     0x40090000          // an all-invalid stage 2 table
        .equ CASES,        0x40100000          // blob: count, then 64-byte cases (see cases.ts)
        .equ SGI_G1NS,     0                   // SGI 0: Group 1 Non-secure (an IRQ in Non-secure state)
        .equ SGI_G0,       1                   // SGI 1: Group 0 (always an FIQ)
        .equ PPI_SECURE_TIMER, 29              // CNTPS: wakes an untrapped WFI

        .global _start, no_exc
        .section .text.boot, "ax"
_start:
        // Running from flash at 0: copy the image to RAM (position-independent code only here).
        adr     x0, _start
        ldr     x1, =__image_start
        ldr     x2, =__image_end
1:      ldr     x3, [x0], #8
        str     x3, [x1], #8
        cmp     x1, x2
        b.lo    1b
        dsb     sy
        isb
        ldr     x0, =main
        br      x0
main:
        ldr     x0, =vectors_el3
        msr     vbar_el3, x0
        ldr     x0, =0x40080000
        mov     sp, x0
        bl      gic_init
        ldr     x0, =S2_TABLE
        mov     x1, #512
1:      str     xzr, [x0], #8
        subs    x1, x1, #1
        b.ne    1b
        ldr     x21, =GLOBALS
        ldr     x0, =CASES
        ldr     x1, [x0], #64
        str     x0, [x21, #G_CASE]
        str     x1, [x21, #G_LEFT]
        ldr     x0, =banner
        bl      puts

next_case:
        ldr     x21, =GLOBALS
        ldr     x1, [x21, #G_LEFT]
        cbz     x1, all_done
        ldr     x19, [x21, #G_CASE]
        // Clear the record.
        str     xzr, [x21, #G_PHASE]
        add     x0, x21, #G_SLOT0
        mov     x1, #16                         // both slots: 16 quads
1:      str     xzr, [x0], #8
        subs    x1, x1, #1
        b.ne    1b
        mov     x0, #0xff                       // EL 0xff: nothing taken
        str     x0, [x21, #G_SLOT0]
        str     x0, [x21, #G_SLOT1]
        mov     x0, #0xdead
        str     x0, [x21, #G_V2]
        // The registers every case starts from.
        ldr     x0, =0x30d50800                 // SCTLR: RES1 bits, nTWI=nTWE=1 (EL0 WFx not trapped by SCTLR), MMU off
        msr     sctlr_el1, x0
        msr     sctlr_el2, x0
        ldr     x0, =vectors_el1
        msr     vbar_el1, x0
        ldr     x0, =vectors_el2
        msr     vbar_el2, x0
        mov     x0, #0x303                      // CNTKCTL_EL1: EL0 may read/write both EL0 timers
        msr     cntkctl_el1, x0
        mov     x0, #0xf03                      // CNTHCTL_EL2: EL1/EL0 timer access in both E2H layouts
        msr     cnthctl_el2, x0                 // (CNTHCTL_OPEN in cases.ts; a case may set its own below)
        msr     cntvoff_el2, xzr                // no virtual offset unless the case asks for one
        mov     x0, #0x211                      // VSESR_EL2: the syndrome of a vSError (VSESR in cases.ts)
        msr     vsesr_el2, x0
        // Stage 2, where it applies, faults on the first fetch: a 4 GB IPA space (T0SZ=32,
        // 4 KB granule, start level 1) whose level 1 table is all invalid. The same for the
        // Secure stage 2 (FEAT_SEL2: VSTTBR_EL2, VSTCR_EL2).
        ldr     x0, =S2_TABLE
        msr     vttbr_el2, x0
        msr     vsttbr_el2, x0
        ldr     x0, =0x80000060
        msr     vtcr_el2, x0
        mov     x0, #0x60
        msr     vstcr_el2, x0
        ldr     x0, =0x40050000
        msr     sp_el0, x0
        ldr     x0, =0x40060000
        msr     sp_el1, x0
        ldr     x0, =0x40070000
        msr     sp_el2, x0
        bl      init_sysregs
        ldp     x0, x1, [x19, #8]               // SCR_EL3, HCR_EL2
        msr     scr_el3, x0
        msr     hcr_el2, x1
        isb
        // New translation controls (SCR_EL3.{NS,EEL2}, HCR_EL2.{VM,E2H,TGE}): no TLB entry
        // cached under the previous case's controls may be used.
        tlbi    alle3
        tlbi    alle2
        tlbi    alle1
        dsb     sy
        isb
        ldr     x2, [x19, #48]                  // flags
        tbz     x2, #3, 1f
        lsr     x3, x2, #32                     // the case's CNTHCTL_EL2
        msr     cnthctl_el2, x3
1:      tbz     x2, #4, 1f
        mov     x3, #(1 << 40)                  // CNTVOFF_EL2 = COUNTER_OFFSET (cases.ts)
        msr     cntvoff_el2, x3
1:      isb
        mov     x3, #0
        tbz     x2, #0, 1f
        orr     x3, x3, #(1 << SGI_G1NS)
1:      tbz     x2, #1, 1f
        orr     x3, x3, #(1 << SGI_G0)
1:      ldr     x4, =GICR_SGI
        str     w3, [x4, #0x200]                // GICR_ISPENDR0: make the SGIs pending
        dsb     sy
        tbz     x2, #2, 1f
        mrs     x3, cntpct_el0                  // wake an untrapped WFI ~1 ms later
        ldr     x4, =62500
        add     x3, x3, x4
        msr     cntps_cval_el1, x3
        mov     x3, #1
        msr     cntps_ctl_el1, x3
1:      ldr     x0, [x19, #24]                  // SPSR: the case's EL and PSTATE.{D,A,I,F}
        msr     spsr_el3, x0
        ldr     x0, [x19, #32]                  // event index
        ldr     x1, =event_table
        ldr     x0, [x1, x0, lsl #3]
        msr     elr_el3, x0
        ldr     x0, [x19, #40]                  // argument
        isb
        eret

// Any EL, after an event that raised nothing: note it and leave by SVC (taken at the
// current EL or, from EL0, at EL1/EL2), whose handler escapes to EL3 with SMC.
no_exc:
        ldr     x2, =GLOBALS
        mov     x3, #2
        str     x3, [x2, #G_PHASE]
        svc     #0xe5c
        b       .

// EL3, after any exception ended the case.
case_done:
        ldr     x0, =0x40080000
        mov     sp, x0
        msr     cntps_ctl_el1, xzr
        ldr     x4, =GICR_SGI
        mov     w3, #-1
        str     w3, [x4, #0x280]                // GICR_ICPENDR0
        dsb     sy
        ldr     x21, =GLOBALS
        ldr     x19, [x21, #G_CASE]
        mov     x20, #0xdead
        mov     x22, #0xdead
        ldr     x0, [x19, #56]                  // readback pair (0: none)
        cbz     x0, 1f
        sub     x0, x0, #1
        ldr     x1, =readback_table
        ldr     x0, [x1, x0, lsl #3]
        blr     x0
        mov     x20, x0
        mov     x22, x1
1:      ldr     x0, [x19, #48]                  // flags: bit 5, report HCR_EL2 as the read value
        tbz     x0, #5, 1f
        mrs     x0, hcr_el2
        str     x0, [x21, #G_V2]
1:      mov     w0, #'@'
        bl      putc
        ldr     x0, [x19]
        bl      puthex
        add     x23, x21, #G_SLOT0
        mov     x24, #6
2:      ldr     x0, [x23], #8
        bl      putsphex
        subs    x24, x24, #1
        b.ne    2b
        add     x23, x21, #G_SLOT1
        mov     x24, #6
2:      ldr     x0, [x23], #8
        bl      putsphex
        subs    x24, x24, #1
        b.ne    2b
        mov     x0, x20
        bl      putsphex
        mov     x0, x22
        bl      putsphex
        ldr     x0, [x21, #G_V2]
        bl      putsphex
        mov     w0, #'\n'
        bl      putc
        add     x19, x19, #64
        str     x19, [x21, #G_CASE]
        ldr     x1, [x21, #G_LEFT]
        sub     x1, x1, #1
        str     x1, [x21, #G_LEFT]
        b       next_case

all_done:
        ldr     x0, =bye
        bl      puts
        mov     x0, #0x18                       // SYS_EXIT
        ldr     x1, =exit_block
        hlt     #0xf000
        b       .

// GICv3: distributor and redistributor as Secure EL3 sees them; SGI 0 Group 1 NS, SGI 1
// and the Secure physical timer PPI Group 0; the CPU interface enabled for both groups.
gic_init:
        ldr     x0, =GICD
        mov     w1, #0x37                       // EnableGrp0, EnableGrp1NS, EnableGrp1S, ARE_S, ARE_NS
        str     w1, [x0]
        ldr     x0, =GICR
        ldr     w1, [x0, #0x14]                 // GICR_WAKER: wake the redistributor
        bic     w1, w1, #2
        str     w1, [x0, #0x14]
1:      ldr     w1, [x0, #0x14]
        tbnz    w1, #2, 1b
        ldr     x0, =GICR_SGI
        mov     w1, #(1 << SGI_G1NS)
        str     w1, [x0, #0x80]                 // GICR_IGROUPR0
        str     wzr, [x0, #0xd00]               // GICR_IGRPMODR0
        ldr     w1, =0x80808080
        str     w1, [x0, #0x400]                // priorities of SGIs 0-3
        str     w1, [x0, #0x41c]                // and of INTIDs 28-31
        ldr     w1, =((1 << SGI_G1NS) | (1 << SGI_G0) | (1 << PPI_SECURE_TIMER))
        str     w1, [x0, #0x100]                // GICR_ISENABLER0
        mov     x1, #0xf
        msr     icc_sre_el3, x1
        isb
        msr     icc_sre_el2, x1
        isb
        mov     x1, #0x7
        msr     icc_sre_el1, x1                 // Secure bank (SCR_EL3.NS=0 at reset)
        mrs     x2, scr_el3
        orr     x3, x2, #1
        msr     scr_el3, x3
        isb
        msr     icc_sre_el1, x1                 // Non-secure bank
        msr     scr_el3, x2
        isb
        mov     x1, #0xff
        msr     icc_pmr_el1, x1
        mov     x1, #1
        msr     icc_igrpen0_el1, x1
        mov     x1, #3
        msr     icc_igrpen1_el3, x1
        isb
        ret

putc:   ldr     x9, =UART_DR
        str     w0, [x9]
        ret

puts:   mov     x10, x30
        mov     x11, x0
1:      ldrb    w0, [x11], #1
        cbz     w0, 2f
        bl      putc
        b       1b
2:      ret     x10

// ' ' then x0 in hex without leading zeros.
putsphex:
        mov     x12, x0
        mov     x13, x30
        mov     w0, #' '
        bl      putc
        mov     x0, x12
        mov     x30, x13
puthex: mov     x10, x30
        mov     x11, x0
        mov     x12, #60
        mov     x13, #0                         // a digit printed yet
1:      lsr     x0, x11, x12
        and     x0, x0, #0xf
        cbnz    x0, 2f
        cbnz    x13, 2f
        cbnz    x12, 3f
2:      mov     x13, #1
        cmp     x0, #10
        add     x14, x0, #'0'
        add     x15, x0, #('a' - 10)
        csel    x0, x14, x15, lo
        bl      putc
3:      subs    x12, x12, #4
        b.pl    1b
        ret     x10

// One vector table per EL; every entry records (EL, offset) and escapes.
.macro entry el, off
        .balign 0x80
        mov     x10, #\off
        b       handler_el\el
.endm
.macro table el
        .balign 0x800
vectors_el\el:
        .irp off, 0x000, 0x080, 0x100, 0x180, 0x200, 0x280, 0x300, 0x380, 0x400, 0x480, 0x500, 0x580, 0x600, 0x680, 0x700, 0x780
        entry \el, \off
        .endr
handler_el\el:
        ldr     x9, =GLOBALS
        ldr     x11, [x9, #G_PHASE]
        cmp     x11, #1
        b.eq    9f
        add     x12, x9, #G_SLOT0
        cbz     x11, 1f
        add     x12, x9, #G_SLOT1
1:      mov     x11, #\el
        stp     x11, x10, [x12]
        mrs     x11, esr_el\el
        mrs     x13, spsr_el\el
        stp     x11, x13, [x12, #16]
        mrs     x11, elr_el\el
        mrs     x13, far_el\el
        stp     x11, x13, [x12, #32]
        mov     x11, #1
        str     x11, [x9, #G_PHASE]
9:
        .if \el == 3
        b       case_done
        .else
        smc     #0xe5c                          // to EL3 (or, from EL1 with HCR_EL2.TSC=1, to EL2, which escapes again)
        b       .
        .endif
        .ltorg
.endm
        table 1
        table 2
        table 3

        .ltorg
        .balign 8
exit_block:
        .quad   0x20026, 0                      // ADP_Stopped_ApplicationExit, status 0
banner: .asciz  "vhe-lab-probes start\n"
bye:    .asciz  "vhe-lab-probes end\n"
