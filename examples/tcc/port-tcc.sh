#!/bin/sh
# port-tcc.sh - build TCC from its unmodified upstream source with the
# exov6 SDK and put it into an exov6 root image, so that `tcc -c`,
# `tcc -o` and `tcc -run` work inside exov6.
#
#   port-tcc.sh [--source TARBALL|DIR] [--image IMG] [--work DIR]
#
# Without --source, Debian's tcc source is fetched with `apt-get source`
# through a private apt configuration (its own sources list and state in
# the work directory; the system's apt setup is left alone).  The SDK's
# tools must be on PATH (x86_64-exov6-gcc).  libtcc1.a is built by the
# host's tcc (Debian's tcc package), as a cross build must.  With
# --image, tcc goes to /usr/bin, its headers to /usr/lib/tcc/include and
# libtcc1.a to /usr/lib/tcc of IMG (an exov6 root image), and TCC's own
# sources to /usr/src/tcc, so it can rebuild itself there:
#   tcc -static -DONE_SOURCE=1 -DCONFIG_TCC_STATIC -DCONFIG_TCC_MUSL \
#       -DTCC_TARGET_X86_64 -I/usr/src/tcc -o tcc2 /usr/src/tcc/tcc.c
# Exit status 3 when the source could not be fetched.
set -eu
source=
image=
work=${TMPDIR:-/tmp}/exov6-tcc
die() { echo "port-tcc.sh: $*" >&2; exit 1; }
while [ $# -gt 0 ]; do
	case $1 in
	--source) source=$2; shift 2 ;;
	--image) image=$2; shift 2 ;;
	--work) work=$2; shift 2 ;;
	*) die "usage: port-tcc.sh [--source TARBALL|DIR] [--image IMG] [--work DIR]" ;;
	esac
done
command -v x86_64-exov6-gcc >/dev/null || die "x86_64-exov6-gcc is not on PATH"
command -v tcc >/dev/null || die "the host's tcc is needed to build libtcc1.a (apt-get install tcc)"
mkdir -p "$work"
work=$(cd "$work" && pwd)

if [ -z "$source" ]; then
	apt=$work/apt
	mkdir -p "$apt/lists/partial" "$apt/archives/partial" "$work/fetch"
	echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main" \
		> "$apt/sources.list"
	set -- -o Dir::Etc::SourceList="$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null \
		-o Dir::State::Lists="$apt/lists" -o Dir::Cache::Archives="$apt/archives"
	if ! apt-get "$@" update -qq ||
	   ! (cd "$work/fetch" && apt-get "$@" source --download-only tcc >/dev/null 2>&1); then
		echo "port-tcc.sh: cannot fetch the tcc source (apt-get source tcc)" >&2
		exit 3
	fi
	source=$(ls "$work"/fetch/tcc_*.orig.tar.* | head -n 1)
fi
rm -rf "$work/src"
mkdir -p "$work/src"
if [ -d "$source" ]; then
	cp -R "$source"/. "$work/src/"
else
	tar xf "$source" -C "$work/src"
	# A tarball with one top directory: step into it.
	set -- "$work"/src/*
	[ $# -eq 1 ] && [ -d "$1" ] && [ ! -f "$work/src/configure" ] && work_src=$1 || work_src=$work/src
fi
src=${work_src:-$work/src}
cd "$src"
./configure --cross-prefix=x86_64-exov6- --config-musl --config-ldl=no \
	--extra-cflags="-DCONFIG_TCC_STATIC -O2" --prefix=/usr --crtprefix=/usr/lib \
	--libpaths=/usr/lib --sysincludepaths='{B}/include:/usr/local/include:/usr/include' >/dev/null
make tcc >/dev/null
make -C lib ../libtcc1.a XTCC="$(command -v tcc)" XAR="$(command -v tcc) -ar" >/dev/null
echo "port-tcc.sh: built $src/tcc and $src/libtcc1.a"

if [ -n "$image" ]; then
	cmds=$work/debugfs.cmds
	{
		echo "mkdir /usr/bin"
		echo "mkdir /usr/lib/tcc"
		echo "mkdir /usr/lib/tcc/include"
		echo "mkdir /usr/src"
		echo "mkdir /usr/src/tcc"
		echo "cd /usr/src/tcc"
		for f in "$src"/*.c "$src"/*.h "$src"/stab.def; do
			echo "rm $(basename "$f")"; echo "write $f $(basename "$f")"
		done
		echo "cd /usr/bin"; echo "rm tcc"; echo "write $src/tcc tcc"
		echo "cd /usr/lib/tcc"; echo "rm libtcc1.a"; echo "write $src/libtcc1.a libtcc1.a"
		echo "cd /usr/lib/tcc/include"
		for h in "$src"/include/*.h; do
			echo "rm $(basename "$h")"; echo "write $h $(basename "$h")"
		done
	} > "$cmds"
	PATH=$PATH:/sbin:/usr/sbin debugfs -w -f "$cmds" "$image" >/dev/null 2>&1
	echo "port-tcc.sh: installed into $image (/usr/bin/tcc, /usr/lib/tcc, /usr/src/tcc)"
fi
