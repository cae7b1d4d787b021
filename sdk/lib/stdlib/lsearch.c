/* lsearch.c - linear search of an array of *nmemb elements: lfind finds,
 * lsearch also appends the key when it is missing (the array must have
 * room). */
#include <search.h>
#include <string.h>

void *lfind(const void *key, const void *base, size_t *nmemb, size_t size, __compar_fn_t compar)
{
	const char *p = base;
	for (size_t i = 0; i < *nmemb; i++, p += size)
		if (compar(key, p) == 0)
			return (void *)p;
	return NULL;
}

void *lsearch(const void *key, void *base, size_t *nmemb, size_t size, __compar_fn_t compar)
{
	void *found = lfind(key, base, nmemb, size, compar);
	if (found)
		return found;
	char *end = (char *)base + *nmemb * size;
	memcpy(end, key, size);
	++*nmemb;
	return end;
}
