/* confstr.c - confstr: the configuration strings of <unistd.h>.  Only
 * _CS_PATH (the PATH finding the standard utilities) is defined. */
#include <errno.h>
#include <string.h>
#include <unistd.h>

size_t confstr(int name, char *buf, size_t size)
{
	const char *value;
	switch (name) {
	case _CS_PATH: value = "/bin:/usr/bin"; break;
	default:
		errno = EINVAL;
		return 0;
	}
	size_t n = strlen(value) + 1;
	if (buf && size) {
		size_t k = n < size ? n : size;
		memcpy(buf, value, k - 1);
		buf[k - 1] = 0;
	}
	return n;
}
