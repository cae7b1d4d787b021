#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) { printf("tcc says %d %s %.2f\n", argc, argc > 1 ? argv[1] : "-", 1.5); return (int)strlen("ab"); }
