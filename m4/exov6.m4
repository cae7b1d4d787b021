dnl m4/exov6.m4 - exov6's own configure checks.

dnl EXOV6_KERNEL_CFLAGS: flags for the freestanding kernel, with the host
dnl compiler's own header directory (stdint.h, stddef.h, stdarg.h) and
dnl nothing else from the host.
AC_DEFUN([EXOV6_KERNEL_CFLAGS], [
	AC_MSG_CHECKING([for the compiler's own include directory])
	exov6_gcc_include=`$CC -print-file-name=include`
	AS_IF([test -f "$exov6_gcc_include/stdint.h"],
	      [AC_MSG_RESULT([$exov6_gcc_include])],
	      [AC_MSG_ERROR([$CC has no freestanding headers in $exov6_gcc_include])])
	KERNEL_CFLAGS="-std=gnu11 -O2 -g -Wall -Wextra -Werror -ffreestanding -fno-pie \
-fno-stack-protector -fno-omit-frame-pointer -mcmodel=kernel -mno-red-zone \
-fno-tree-loop-distribute-patterns \
-mno-sse -mno-sse2 -mno-mmx -mno-80387 -nostdinc -isystem $exov6_gcc_include"
	AC_SUBST([KERNEL_CFLAGS])
])

dnl EXOV6_TARGET_TOOLS: where the in-tree SDK is staged, the target
dnl compiler every user program of the tree is built with, and the host
dnl compiler (HOST_CC) for host-side tests.
AC_DEFUN([EXOV6_TARGET_TOOLS], [
	HOST_CC=$CC
	AC_SUBST([HOST_CC])
	dnl The C library's pure sources compiled for the host (differential
	dnl tester, libcbench): our headers, GCC's own, nothing of glibc's.
	HOSTLIB_CFLAGS='-O2 -Wall -Wextra -Werror -std=gnu11 -fno-pie -fno-stack-protector -fno-builtin -fno-tree-loop-distribute-patterns -nostdinc -isystem $(top_srcdir)/sdk/include -isystem '"`$CC -print-file-name=include`"
	AC_SUBST([HOSTLIB_CFLAGS])
	STAGEDIR='$(abs_top_builddir)/stage'
	EXOV6_CC='$(abs_top_builddir)/stage/bin/x86_64-exov6-gcc'
	AC_SUBST([STAGEDIR])
	AC_SUBST([EXOV6_CC])
])

dnl EXOV6_CHECK_QEMU: the emulator `make run` and `make check` boot.
AC_DEFUN([EXOV6_CHECK_QEMU], [
	AC_PATH_PROG([QEMU], [qemu-system-x86_64], [no])
	AS_IF([test "x$QEMU" = xno],
	      [AC_MSG_WARN([qemu-system-x86_64 not found: make run and make check need it])])
])

dnl EXOV6_CHECK_E2FSPROGS: mke2fs builds the root image; debugfs and
dnl e2fsck move files in and out of images and check them.
AC_DEFUN([EXOV6_CHECK_E2FSPROGS], [
	AC_PATH_PROG([MKE2FS], [mke2fs], [no], [$PATH:/sbin:/usr/sbin])
	AS_IF([test "x$MKE2FS" = xno], [AC_MSG_ERROR([mke2fs (e2fsprogs) is required])])
	AC_PATH_PROG([DEBUGFS], [debugfs], [no], [$PATH:/sbin:/usr/sbin])
	AC_PATH_PROG([E2FSCK], [e2fsck], [no], [$PATH:/sbin:/usr/sbin])
])
