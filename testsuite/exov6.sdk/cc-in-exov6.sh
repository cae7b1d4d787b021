#!/bin/sh
# cc-in-exov6.sh - a C compiler for a configure run that believes it builds
# natively for exov6 (--build=--host=x86_64-pc-exov6), for config-site.exp:
# x86_64-exov6-gcc, except that every program it links is moved to
# .exov6/NAME and replaced by a script that runs it inside exov6 with
# x86_64-exov6-run, the working directory's conftest* files (and
# symbolic links) copied into /work first.  So each AC_RUN_IFELSE of the
# configure runs Autoconf's own test program inside exov6.
out=a.out
link=1
prev=
for a; do
	[ "$prev" = -o ] && out=$a
	case $a in -c | -E | -S | -M | -MM) link=0 ;; esac
	prev=$a
done
x86_64-exov6-gcc "$@" || exit
{ [ $link = 1 ] && [ -f "$out" ]; } || exit 0
dir=$(cd "$(dirname "$out")" && pwd)
name=$(basename "$out")
mkdir -p "$dir/.exov6"
mv "$out" "$dir/.exov6/$name"
cat > "$out" <<LAUNCH
#!/bin/sh
set --
for f in conftest*; do
	case \$f in $name) continue ;; esac
	[ -f "\$f" ] || [ -L "\$f" ] || continue
	set -- "\$@" --copy "\$PWD/\$f:/work/\$f"
done
exec x86_64-exov6-run --timeout 120 "\$@" "$dir/.exov6/$name" </dev/null
LAUNCH
chmod +x "$out"
