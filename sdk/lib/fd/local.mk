# lib/fd/local.mk - the fd layer: descriptors over the file server, pipes,
# the console and /dev/null (included by sdk/Makefile.am).
lib_libc_a_SOURCES += \
	lib/fd/console.c lib/fd/descriptors.c lib/fd/dirent.c lib/fd/fd_pass.c \
	lib/fd/fd_private.h lib/fd/fd_table.c lib/fd/fileops.c lib/fd/fs_client.c \
	lib/fd/open.c lib/fd/pathops.c lib/fd/pipe.c lib/fd/poll.c lib/fd/readwrite.c lib/fd/socket.c \
	lib/fd/ttyname.c
# BSD file locks (refused: the file server has none yet).
lib_libc_a_SOURCES += lib/fd/flock.c
lib_libc_a_SOURCES += lib/fd/reclock.c
sysrootsysinclude_HEADERS += include/sys/file.h
