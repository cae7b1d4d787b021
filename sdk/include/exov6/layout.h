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
#define ULOADER_TMP         0x00000000a0000000ul /* loader scratch mappings */
#define ULOADER_TMP_END     0x00000000b0000000ul
#define UMODULE_BASE        0x00000000b0000000ul /* mapped boot modules */
#define UMODULE_END         0x00000000f0000000ul
#define USTACK_TOP          0x00007ffffffff000ul /* one unmapped guard page above */
#define USTACK_SIZE         0x0000000000100000ul /* initial stack: 1 MiB */
#define UADDR_LIMIT         0x0000800000000000ul /* end of the lower half */

#endif
