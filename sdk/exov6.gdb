# exov6.gdb - gdb commands for exov6 programs run with x86_64-exov6-run --gdb
# (installed as <prefix>/share/exov6/exov6.gdb).
#
#   x86_64-exov6-run --gdb ./prog args       # QEMU starts stopped and
#                                            # prints the line to attach:
#   gdb -x <prefix>/share/exov6/exov6.gdb \
#       -ex 'exov6-debug <prefix>/share/exov6/exov6.elf /abs/prog prog 1234'
#
# exov6-debug KERNEL PROG NAME PORT
#   loads the kernel's symbols (KERNEL, exov6.elf) and the program's (PROG,
#   a static ET_EXEC, so its own addresses), connects to QEMU's gdb stub
#   on localhost:PORT and runs to the program's main.  Every exov6 program
#   is linked at 0x400000, so init and the file server execute code at
#   the same addresses: the breakpoint is a hardware one (the program is
#   not loaded yet) that stops only while the kernel's curenv is the env
#   named NAME (the program's file name, at most 31 characters).  Then
#   step, break, print as usual; `continue` runs the program to its end,
#   when QEMU powers off and gdb loses the connection.
# exov6-attach KERNEL PORT
#   only the kernel: symbols and the connection, stopped at the reset.

define exov6-attach
  set pagination off
  set confirm off
  file $arg0
  target remote localhost:$arg1
end
document exov6-attach
exov6-attach KERNEL PORT: load the exov6 kernel's symbols and connect to
QEMU's gdb stub (x86_64-exov6-run --gdb) on localhost:PORT.
end

define exov6-debug
  exov6-attach $arg0 $arg3
  add-symbol-file $arg1
  hbreak main if curenv != 0 && $_streq(curenv->name, "$arg2")
  continue
end
document exov6-debug
exov6-debug KERNEL PROG NAME PORT: load the kernel's and PROG's symbols,
connect to QEMU's gdb stub on localhost:PORT and stop at PROG's main in the
env named NAME (PROG's file name).
end
