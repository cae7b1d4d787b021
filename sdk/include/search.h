/* search.h - searching tables: binary search trees (tsearch tfind tdelete
 * twalk, GNU's twalk_r and tdestroy), one hash table per process or per
 * hsearch_data (hcreate hsearch hdestroy and the GNU _r forms), linear
 * search (lfind lsearch) and doubly linked queues (insque remque). */
#ifndef _SEARCH_H
#define _SEARCH_H

#include <features.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__USE_MISC) || defined(__USE_XOPEN)
/* Queue elements: insque and remque use only the two links. */
struct qelem {
	struct qelem *q_forw;
	struct qelem *q_back;
	char q_data[1];
};
#endif
void insque(void *elem, void *prev);
void remque(void *elem);

#ifndef __COMPAR_FN_T
#define __COMPAR_FN_T
typedef int (*__compar_fn_t)(const void *, const void *);
#ifdef __USE_GNU
typedef __compar_fn_t comparison_fn_t;
#endif
#endif

/* Hash tables of string keys. */
typedef enum { FIND, ENTER } ACTION;
typedef struct entry {
	char *key;
	void *data;
} ENTRY;
struct _ENTRY;

int hcreate(size_t nel);
ENTRY *hsearch(ENTRY item, ACTION action);
void hdestroy(void);
#ifdef __USE_GNU
struct hsearch_data {
	struct _ENTRY *table;
	unsigned int size;
	unsigned int filled;
};
int hcreate_r(size_t nel, struct hsearch_data *htab);
int hsearch_r(ENTRY item, ACTION action, ENTRY **retval, struct hsearch_data *htab);
void hdestroy_r(struct hsearch_data *htab);
#endif

/* Trees: a node returned points at its key pointer, so *(T **)node is
 * the key.  twalk visits an inner node three times (preorder before its
 * left subtree, postorder between, endorder after) and a leaf once. */
typedef enum { preorder, postorder, endorder, leaf } VISIT;
void *tsearch(const void *key, void **rootp, __compar_fn_t compar);
void *tfind(const void *key, void *const *rootp, __compar_fn_t compar);
void *tdelete(const void *__restrict key, void **__restrict rootp, __compar_fn_t compar);
void twalk(const void *root, void (*action)(const void *node, VISIT which, int depth));
#ifdef __USE_GNU
void twalk_r(const void *root, void (*action)(const void *node, VISIT which, void *closure),
	     void *closure);
typedef void (*__free_fn_t)(void *node);
void tdestroy(void *root, __free_fn_t freefct);
#endif

void *lfind(const void *key, const void *base, size_t *nmemb, size_t size, __compar_fn_t compar);
void *lsearch(const void *key, void *base, size_t *nmemb, size_t size, __compar_fn_t compar);

#ifdef __cplusplus
}
#endif
#endif
