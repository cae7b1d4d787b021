/* hsearch.c - hash tables of string keys: hcreate_r, hsearch_r and
 * hdestroy_r (GNU) on a caller's struct hsearch_data, and hcreate,
 * hsearch and hdestroy on the process's one table.  As glibc, a table of
 * nel entries has the first prime >= nel slots (at least 3), is filled
 * by open addressing (double hashing) up to every slot, and then refuses
 * new keys with ENOMEM; FIND of a missing key is ESRCH.  The table holds
 * the ENTRY values, never copies of the keys. */
#define _GNU_SOURCE
#include <errno.h>
#include <search.h>
#include <stdlib.h>
#include <string.h>

struct _ENTRY {
	unsigned int used;      /* the key's hash + 1, 0 for a free slot */
	ENTRY entry;
};

static int is_prime(size_t n)
{
	for (size_t d = 3; d * d <= n; d += 2)
		if (n % d == 0)
			return 0;
	return n % 2 != 0;
}

int hcreate_r(size_t nel, struct hsearch_data *htab)
{
	if (!htab) {
		errno = EINVAL;
		return 0;
	}
	if (htab->table)        /* one table at a time */
		return 0;
	if (nel < 3)
		nel = 3;
	if (nel > 0xfffffffdu) {
		errno = ENOMEM;
		return 0;
	}
	nel |= 1;
	while (!is_prime(nel))
		nel += 2;
	htab->table = calloc(nel, sizeof *htab->table);
	if (!htab->table)
		return 0;
	htab->size = (unsigned)nel;
	htab->filled = 0;
	return 1;
}

void hdestroy_r(struct hsearch_data *htab)
{
	if (!htab) {
		errno = EINVAL;
		return;
	}
	free(htab->table);
	htab->table = NULL;
	htab->size = htab->filled = 0;
}

static unsigned hash(const char *s)
{
	unsigned h = 2166136261u;          /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

int hsearch_r(ENTRY item, ACTION action, ENTRY **retval, struct hsearch_data *htab)
{
	*retval = NULL;
	if (!htab->table) {
		errno = action == ENTER ? ENOMEM : ESRCH;
		return 0;
	}
	unsigned size = htab->size, h = hash(item.key), mark = h == ~0u ? 1 : h + 1;
	unsigned i = h % size, step = 1 + h % (size - 2);
	for (unsigned tries = 0; tries < size; tries++) {
		struct _ENTRY *e = &htab->table[i];
		if (!e->used) {
			if (action == FIND)
				break;
			if (htab->filled == size)
				break;
			e->used = mark;
			e->entry = item;
			htab->filled++;
			*retval = &e->entry;
			return 1;
		}
		if (e->used == mark && strcmp(e->entry.key, item.key) == 0) {
			*retval = &e->entry;
			return 1;
		}
		i = (i + step) % size;
	}
	errno = action == ENTER ? ENOMEM : ESRCH;
	return 0;
}

static struct hsearch_data table;

int hcreate(size_t nel)
{
	return hcreate_r(nel, &table);
}

ENTRY *hsearch(ENTRY item, ACTION action)
{
	ENTRY *r;
	hsearch_r(item, action, &r, &table);
	return r;
}

void hdestroy(void)
{
	hdestroy_r(&table);
}
