/* exov6/layout.h - the user address space: every fixed region's bounds in
 * one place.  Shared by the kernel, liblibos and the ELF loaders.
 */
#ifndef EXOV6_LAYOUT_H
#define EXOV6_LAYOUT_H

#define EXOV6_PAGE_SIZE     0x1000ul

#define UTEXT_BASE          0x0000000000400000ul /* below: null guard */
#define UTEXT_END           0x0000000040000000ul /* program text and data */
#define UHEAP_BASE          0x0000000040000000ul /* malloc heap */
#define UHEAP_END           0x0000000050000000ul
#define UMMAP_BASE          0x0000000050000000ul /* anonymous mmap */
#define UMMAP_END           0x0000000060000000ul
#define ULIBOS_BASE         0x0000000060000000ul /* libOS regions */
#define UINFO               0x0000000060000000ul /* kernel info page, read-only */
#define UXSTACK_TOP         0x0000000060011000ul /* exception stack (upcalls) */
#define UXSTACK_SIZE        0x0000000000010000ul
#define UCOW_TMP            0x0000000060012000ul /* copy-on-write scratch page */
/* Process-wide libOS state (mmap reservations, malloc), at a fixed place
 * so every copy of the library in one program (TCC -run) shares it. */
#define ULIBOS_STATE        0x0000000060020000ul
#define ULIBOS_STATE_END    0x0000000060040000ul
/* The fd table (exov6 fd layer): private to a process, copied into the
 * image an exec or spawn builds. */
#define ULIBOS_FD           0x0000000060040000ul
/* The signal state an exec or spawn hands the image it builds (mask,
 * ignored and pending signals); the new image reads it and unmaps it. */
#define ULIBOS_SIGPASS      0x0000000060041000ul
/* The file-server buffer (exov6/fs_protocol.h): never copied by fork. */
#define ULIBOS_FSBUF        0x0000000060100000ul
#define ULIBOS_FSBUF_END    0x0000000060110000ul
/* Pipes: UPIPE_SLOT bytes each (a header page and the ring),
 * EXOV6_PTE_SHARE. */
#define UPIPE_BASE          0x0000000061000000ul
#define UPIPE_END           0x0000000062000000ul
#define UPIPE_SLOT          0x0000000000010000ul
#define ULIBOS_END          UPIPE_END           /* end of the libOS regions */
/* mprotect(PROT_NONE) keeps a page's frame at va ^ UNONE_STASH_BIT. */
#define UNONE_STASH_BIT     0x0000200000000000ul
#define ULOADER_TMP         0x00000000a0000000ul /* loader scratch mappings */
#define ULOADER_TMP_END     0x00000000b0000000ul
#define UMODULE_BASE        0x00000000b0000000ul /* mapped boot modules */
#define UMODULE_END         0x00000000f0000000ul
#define UVPT                0x00007f0000000000ul /* the env's page tables, read-only */
#define UVPT_END            0x00007f8000000000ul
/* Through the recursive slot (254) at UVPT: the entry for user address va
 * at each level.  Read an upper level first: a lower one is mapped only
 * when the entry above it is present. */
#define UVPT_SLOT           254ul
#define UVPD                (UVPT + (UVPT_SLOT << 30))
#define UVPDPT              (UVPD + (UVPT_SLOT << 21))
#define UVPML4              (UVPDPT + (UVPT_SLOT << 12))
#define UVPT_PTE(va)        (((const volatile unsigned long *)UVPT)[(unsigned long)(va) >> 12])
#define UVPT_PDE(va)        (((const volatile unsigned long *)UVPD)[(unsigned long)(va) >> 21])
#define UVPT_PDPTE(va)      (((const volatile unsigned long *)UVPDPT)[(unsigned long)(va) >> 30])
#define UVPT_PML4E(va)      (((const volatile unsigned long *)UVPML4)[(unsigned long)(va) >> 39])
#define USTACK_TOP          0x00007ffffffff000ul /* one unmapped guard page above */
#define USTACK_SIZE         0x0000000000100000ul /* initial stack: 1 MiB */
#define UADDR_LIMIT         0x0000800000000000ul /* end of the lower half */

#endif
