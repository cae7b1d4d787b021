#!/bin/sh
# xobjects.sh OUT SRC... - the C library's pure sources compiled for the
# host (HOST_CC with HOSTLIB_CFLAGS: our headers, none of glibc's) and
# linked into one object OUT whose every symbol is renamed x_, so a host
# tester can hold them beside glibc's.  HOST_CC, HOSTLIB_CFLAGS and
# OBJCOPY come from the environment.
set -e
out=$1
shift
dir=$out.d
rm -rf "$dir"
mkdir -p "$dir"
for f; do
	# shellcheck disable=SC2086
	$HOST_CC $HOSTLIB_CFLAGS -c "$f" -o "$dir/$(basename "$f" .c).o"
done
$HOST_CC -r -nostdlib -o "$dir/all.o" "$dir"/*.o
$OBJCOPY --prefix-symbols=x_ "$dir/all.o" "$out"
rm -rf "$dir"
