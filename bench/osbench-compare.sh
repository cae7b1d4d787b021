#!/bin/sh
# osbench-compare.sh LINUX_OUT EXOV6_OUT - the Linux yardstick: put the
# osbench figures of the Debian Linux guest and of exov6 (same QEMU, same
# run) side by side, as exov6/Linux ratios of time per operation (of
# throughput for the MB/s lines), with the project's targets.
set -eu
awk '
	FNR == NR { if ($2 ~ /^[0-9.]+$/) linux[$1] = $2; next }
	$2 ~ /^[0-9.]+$/ { exov6[$1] = $2; order[++n] = $1 }
	END {
		target["getppid"] = "<= 0.5 (null syscall)"; target["getpid"] = "<= 0.05"
		target["pipe_roundtrip"] = "(IPC round trip <= 0.1 of this)"
		target["fork_exec_wait"] = "<= 1"; target["segv_handler_roundtrip"] = "<= 0.5"
		target["file_read_64MiB"] = ">= 0.8"; target["malloc_free_mixed"] = "<= 0.5"
		printf "%-24s %14s %14s %8s   %s\n", "osbench", "Linux", "exov6", "ratio", "target"
		for (i = 1; i <= n; i++) {
			k = order[i]
			if (!(k in linux) || linux[k] == 0) continue
			printf "%-24s %14s %14s %8.3f   %s\n", k, linux[k], exov6[k], exov6[k] / linux[k], target[k]
		}
	}' "$1" "$2"
