/* fsbench.c - file-system figures for `make bench`, run from a disk image
 * through the file server: sequential write and read of a 64 MiB file in
 * 64 KiB calls, open+close and stat of an existing file, and creating
 * small files.  Times come from CLOCK_MONOTONIC. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define FILE_MIB 64
#define CHUNK 65536

static char buf[CHUNK];

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void rate(const char *name, double seconds, long ops)
{
	printf("%-34s %10.1f us/op %10.0f ops/s   (%ld ops)\n", name, seconds * 1e6 / (double)ops,
	       (double)ops / seconds, ops);
}

static int throughput(void)
{
	long chunks = FILE_MIB * 1024l * 1024 / CHUNK;
	memset(buf, 'x', sizeof buf);
	int fd = open("/tmp/big", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	double t = now();
	for (long i = 0; i < chunks; i++)
		if (write(fd, buf, CHUNK) != CHUNK) {
			printf("fsbench: write failed\n");
			return 1;
		}
	fsync(fd);
	close(fd);
	double w = now() - t;
	sync();
	fd = open("/tmp/big", O_RDONLY);
	t = now();
	long got = 0;
	ssize_t n;
	while ((n = read(fd, buf, CHUNK)) > 0)
		got += n;
	double r = now() - t;
	close(fd);
	if (got != chunks * CHUNK) {
		printf("fsbench: read %ld bytes back\n", got);
		return 1;
	}
	printf("%-34s %10.1f MB/s   (%d MiB in %.2f s)\n", "sequential write + fsync", FILE_MIB * 1.048576 / w,
	       FILE_MIB, w);
	printf("%-34s %10.1f MB/s   (%d MiB in %.2f s)\n", "sequential read", FILE_MIB * 1.048576 / r,
	       FILE_MIB, r);
	unlink("/tmp/big");
	return 0;
}

int main(void)
{
	if (throughput())
		return 1;
	int fd = open("/tmp/f", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	close(fd);
	long n = 2000;
	double t = now();
	for (long i = 0; i < n; i++)
		close(open("/tmp/f", O_RDONLY));
	rate("open + close", now() - t, n);
	struct stat st;
	t = now();
	for (long i = 0; i < n; i++)
		stat("/tmp/f", &st);
	rate("stat", now() - t, n);
	n = 1000;
	char name[32];
	t = now();
	for (long i = 0; i < n; i++) {
		snprintf(name, sizeof name, "/tmp/s%ld", i);
		fd = open(name, O_WRONLY | O_CREAT | O_EXCL, 0644);
		write(fd, buf, 1024);
		close(fd);
	}
	rate("create 1 KiB file", now() - t, n);
	t = now();
	for (long i = 0; i < n; i++) {
		snprintf(name, sizeof name, "/tmp/s%ld", i);
		unlink(name);
	}
	rate("unlink", now() - t, n);
	return 0;
}
