# progs/sock.mk - sockets and addresses (exov6.libc/socket.exp).
check_PROGRAMS += progs/socktest
