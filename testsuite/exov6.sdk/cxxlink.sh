#!/bin/sh
# cxxlink.sh SYSROOT HEADER (for exov6.sdk/cxx.exp): every function that
# HEADER declares (as GCC's -aux-info lists them, in C) has C linkage when
# the header is compiled as C++ by the host's g++: a C++ file taking each
# one's address references no mangled (_Z) name.  Prints "ok N" (N
# functions) or what is wrong.
sysroot=$1
h=$2
gccinc=$(dirname "$(gcc -print-libgcc-file-name)")/include
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
flags="-nostdinc -isystem $sysroot/usr/include -isystem $gccinc -U__linux__ -U__gnu_linux__ -D__exov6__"
printf '#define _GNU_SOURCE 1\n#include <%s>\n' "$h" > "$tmp/a.c"
# shellcheck disable=SC2086
gcc -std=gnu11 -fsyntax-only $flags -aux-info "$tmp/aux" "$tmp/a.c" || { echo "C compile failed"; exit 1; }
grep -F "/* $sysroot/usr/include/$h:" "$tmp/aux" | grep -v ' static ' |
	sed -n -E 's/^\/\* [^ ]* \*\/ *(extern )?.*[^A-Za-z0-9_]([A-Za-z_][A-Za-z0-9_]*) \(([^*].*)?$/\2/p' |
	sort -u > "$tmp/names"
n=$(wc -l < "$tmp/names")
[ "$n" -gt 0 ] || { echo "ok 0"; exit 0; }
for pass in 1 2; do
	{
		printf '#define _GNU_SOURCE 1\n#include <%s>\nvoid (*const fns[])(void) = {\n' "$h"
		sed 's/.*/  (void (*)(void))\&&,/' "$tmp/names"
		echo '};'
	} > "$tmp/b.cc"
	# shellcheck disable=SC2086
	if g++ -std=gnu++17 -c -o "$tmp/b.o" $flags "$tmp/b.cc" 2> "$tmp/err"; then
		break
	fi
	# Names C++ does not see (declared only for C11 and later): leave out.
	sed -n "s/.*error: .\([A-Za-z_0-9]*\). was not declared.*/\1/p" "$tmp/err" | sort -u > "$tmp/undecl"
	if [ "$pass" = 2 ] || [ ! -s "$tmp/undecl" ]; then
		echo "C++ compile failed: $(head -3 "$tmp/err")"
		exit 1
	fi
	grep -vxF -f "$tmp/undecl" "$tmp/names" > "$tmp/n2"; mv "$tmp/n2" "$tmp/names"
done
mangled=$(nm -u "$tmp/b.o" | awk '$2 ~ /^_Z/ {print $2}' | c++filt | tr '\n' ' ')
if [ -n "$mangled" ]; then
	echo "C++ linkage: $mangled"
	exit 1
fi
echo "ok $(wc -l < "$tmp/names")"
