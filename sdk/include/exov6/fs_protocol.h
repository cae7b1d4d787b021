/* exov6/fs_protocol.h - the file server's IPC protocol.
 *
 * A request is an IPC call with three words: w[0] = FS_MSG(op, handle),
 * w[1] and w[2] the op's arguments.  Paths and data travel in the client's
 * shared buffer: FS_BUF_PAGES pages the client grants the server once
 * (FS_REQ_ATTACH, one call per page).  A path is NUL-terminated at offset
 * 0 of the buffer, a second path (rename, link, symlink) at FS_PATH2.
 * The reply's w[0] is the result: >= 0 on success, -errno on failure;
 * data the server returns is in the buffer.
 *
 * Handles name open file descriptions and are private to a client env: a
 * handle of another env is just a bad handle (-EBADF).  A description
 * keeps the offset and status flags, so handles copied by FS_REQ_FORK
 * share them as POSIX says for fork.  The server keeps a working directory
 * per client, also copied by FS_REQ_FORK; exec keeps the env and so its
 * handles and directory.  FS_REQ_FORK copies only the handles the caller
 * lists, so a spawned program gets no handle of a close-on-exec file.
 */
#ifndef EXOV6_FS_PROTOCOL_H
#define EXOV6_FS_PROTOCOL_H

#define FS_BUF_PAGES   16
#define FS_BUF_SIZE    (FS_BUF_PAGES * 4096ul)
#define FS_PATH_MAX    4096            /* with the NUL */
#define FS_PATH2       4096ul          /* offset of the second path */
#define FS_IO_MAX      FS_BUF_SIZE     /* most bytes one read/write moves */

#define FS_MSG(op, handle)   ((unsigned long)(op) | ((unsigned long)(handle) << 8))
#define FS_MSG_OP(w)         ((unsigned)((w) & 0xff))
#define FS_MSG_HANDLE(w)     ((long)((w) >> 8))

enum fs_req {
	FS_REQ_ATTACH = 1,      /* w1 page index; the page is granted */
	FS_REQ_OPEN,            /* path; w1 O_* flags, w2 mode -> handle */
	FS_REQ_CLOSE,           /* handle */
	FS_REQ_DUP,             /* handle -> new handle, same description */
	FS_REQ_READ,            /* handle; w1 len -> bytes, data in buffer */
	FS_REQ_WRITE,           /* handle; w1 len, data in buffer -> bytes */
	FS_REQ_PREAD,           /* handle; w1 len, w2 offset -> bytes */
	FS_REQ_PWRITE,          /* handle; w1 len, w2 offset -> bytes */
	FS_REQ_LSEEK,           /* handle; w1 offset, w2 whence -> offset */
	FS_REQ_FSTAT,           /* handle -> struct stat in buffer */
	FS_REQ_STAT,            /* path; w1 1: follow the last symlink -> struct stat */
	FS_REQ_FTRUNCATE,       /* handle; w1 length */
	FS_REQ_TRUNCATE,        /* path; w1 length */
	FS_REQ_FSYNC,           /* handle */
	FS_REQ_SYNC,
	FS_REQ_UNLINK,          /* path */
	FS_REQ_MKDIR,           /* path; w1 mode */
	FS_REQ_RMDIR,           /* path */
	FS_REQ_RENAME,          /* path, path2 */
	FS_REQ_LINK,            /* path (existing), path2 (new) */
	FS_REQ_SYMLINK,         /* path (target), path2 (new link) */
	FS_REQ_READLINK,        /* path -> length, target in buffer (no NUL) */
	FS_REQ_CHMOD,           /* path; w1 mode */
	FS_REQ_FCHMOD,          /* handle; w1 mode */
	FS_REQ_UTIMES,          /* path; w1 atime, w2 mtime (seconds; -1: now) */
	FS_REQ_CHDIR,           /* path */
	FS_REQ_FCHDIR,          /* handle */
	FS_REQ_GETCWD,          /* -> length, path in buffer (NUL-terminated) */
	FS_REQ_READDIR,         /* handle -> bytes of struct fs_dirent records in buffer, 0 at end */
	FS_REQ_REWINDDIR,       /* handle */
	FS_REQ_STATVFS,         /* -> struct statvfs in buffer */
	FS_REQ_GETFL,           /* handle -> O_* status flags and access mode */
	FS_REQ_SETFL,           /* handle; w1 flags (O_APPEND, O_NONBLOCK kept) */
	FS_REQ_FORK,            /* w1 child env (new to the server), w2 n: give it the caller's directory
				 * and copies of the n handles (longs) in the buffer, same numbers */
	FS_REQ_LOCK,            /* handle; w1 F_GETLK/F_SETLK/F_SETLKW, struct flock in the buffer
				 * (F_GETLK rewrites it); F_SETLKW answers -EAGAIN on a conflict and
				 * notes the caller as waiting (EDEADLK detection): ask again later */
	FS_REQ_FLOCK,           /* handle; w1 LOCK_SH/LOCK_EX/LOCK_UN -> 0 or -EWOULDBLOCK */
	FS_REQ_LKCANCEL,        /* the caller no longer waits for a record lock */
	FS_REQ_COUNT
};

/* FS_REQ_READDIR's records, each padded to 8 bytes. */
struct fs_dirent {
	unsigned long ino;
	unsigned short reclen;          /* bytes of this record */
	unsigned char type;             /* DT_* */
	char name[];                    /* NUL-terminated */
};

#endif
