/* exov6/trap.h - trap numbers, page-fault error bits, the offsets of a
 * struct exov6_trapframe (exov6/env.h) that assembly uses, and the
 * RFLAGS bits user code controls.  Shared by the kernel and user space;
 * the one place these numbers are written. */
#ifndef EXOV6_TRAP_H
#define EXOV6_TRAP_H

/* CPU exceptions (trapno of a trap frame and of an upcall frame). */
#define EXOV6_T_DIVIDE   0
#define EXOV6_T_DEBUG    1
#define EXOV6_T_NMI      2
#define EXOV6_T_BRKPT    3
#define EXOV6_T_ILLOP    6
#define EXOV6_T_DEVICE   7
#define EXOV6_T_DBLFLT   8
#define EXOV6_T_GPFLT   13
#define EXOV6_T_PGFLT   14
#define EXOV6_T_FPERR   16
#define EXOV6_T_ALIGN   17
#define EXOV6_T_SIMDERR 19
/* Hardware interrupt lines 0..15 arrive as vectors EXOV6_T_IRQ0 + line. */
#define EXOV6_T_IRQ0    32
/* Frames not made by the CPU: saved by the SYSCALL entry (they leave by
 * SYSRET), an upcall that carries a signal (err = the signal), and a
 * frame given with SYS_env_set_trapframe (it leaves by iretq). */
#define EXOV6_T_SYSCALL  0x100
#define EXOV6_T_SIGNAL   0x101
#define EXOV6_T_SETFRAME 0x102

/* A page fault's error code. */
#define EXOV6_PF_PRESENT 0x01   /* protection violation (else: not present) */
#define EXOV6_PF_WRITE   0x02
#define EXOV6_PF_USER    0x04
#define EXOV6_PF_FETCH   0x10   /* instruction fetch */

/* RFLAGS bits a user frame may set: the arithmetic flags and DF
 * (CF PF AF ZF SF DF OF); the kernel forces IF and clears the rest. */
#define EXOV6_RFLAGS_USER 0xcd5ul

/* Byte offsets in struct exov6_trapframe (checked by the kernel). */
#define EXOV6_TF_TRAPNO (15 * 8)
#define EXOV6_TF_RIP    (17 * 8)
#define EXOV6_TF_RFLAGS (19 * 8)
#define EXOV6_TF_RSP    (20 * 8)
#define EXOV6_TF_SIZE   (22 * 8)

#endif
