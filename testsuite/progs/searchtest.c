/* searchtest.c - <search.h> (exov6.libc/search.exp): trees (tsearch
 * tfind tdelete twalk twalk_r tdestroy: contents, order, balance, visit
 * kinds, the node holding the key pointer, missing keys and NULL roots),
 * hash tables (hcreate hsearch hdestroy and the _r forms: glibc's
 * capacity, ENOMEM when full, ESRCH, an ENTER of a present key),
 * lfind/lsearch and insque/remque.  The program also builds on Linux,
 * with the same results.  Prints "ok TEXT" / "FAIL TEXT" lines, then
 * "done: N failures". */
#define _GNU_SOURCE
#include <errno.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static unsigned long long rng = 88172645463325252ull;

static unsigned next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)rng;
}

#define N 2000
static int keys[N];
static char present[N];         /* by value: values are 0..N-1 */

/* What a walk saw. */
static int last, sorted, visits, leaves, inner_pre, inner_post, inner_end, max_depth, count;

static void action(const void *node, VISIT v, int depth)
{
	int k = **(int *const *)node;
	if (depth > max_depth)
		max_depth = depth;
	if (v == leaf)
		leaves++;
	else if (v == preorder)
		inner_pre++;
	else if (v == endorder)
		inner_end++;
	else
		inner_post++;
	if (v == postorder || v == leaf) {      /* in order */
		if (k <= last)
			sorted = 0;
		last = k;
		count++;
	}
	visits++;
}

static void walk(void *root)
{
	last = -1, sorted = 1, visits = leaves = inner_pre = inner_post = inner_end = max_depth = count = 0;
	twalk(root, action);
}

static void action_r(const void *node, VISIT v, void *closure)
{
	(void)node;
	if (v == postorder || v == leaf)
		++*(int *)closure;
}

static int freed;

static void free_key(void *key)
{
	(void)key;
	freed++;
}

static int log2_ceil(int n)
{
	int l = 0;
	while ((1 << l) < n)
		l++;
	return l;
}

static void trees(void)
{
	void *root = NULL;
	int unique = 0, same_node = 1, key_first = 1;
	for (int i = 0; i < N; i++) {
		keys[i] = (int)(next() % N);
		void *n = tsearch(&keys[i], &root, cmp_int);
		if (!present[keys[i]]) {
			present[keys[i]] = 1;
			unique++;
			if (*(int **)n != &keys[i])
				key_first = 0;
		} else if (*(int **)n == &keys[i] || tsearch(&keys[i], &root, cmp_int) != n) {
			same_node = 0;
		}
	}
	check(key_first, "tsearch returns a node whose first word is the key pointer");
	check(same_node, "tsearch of a key already there returns its node, not the new key");
	int found = 1;
	for (int v = 0; v < N; v++) {
		void *n = tfind(&v, &root, cmp_int);
		if ((n != NULL) != present[v] || (n && **(int **)n != v))
			found = 0;
	}
	check(found, "tfind finds every key inserted and none other");
	walk(root);
	check(sorted && count == unique, "twalk visits the keys in order (postorder and leaf)");
	check(inner_pre == inner_post && inner_post == inner_end && inner_pre + leaves == unique &&
	      visits == 3 * inner_pre + leaves, "twalk: an inner node three times, a leaf once");
	char buf[120];
	snprintf(buf, sizeof buf, "the tree stays balanced: %d keys, depth %d", unique, max_depth);
	check(max_depth <= 3 * log2_ceil(unique) / 2 + 1, buf);
	int n_r = 0;
	twalk_r(root, action_r, &n_r);
	check(n_r == unique, "twalk_r passes its closure");

	int missing = -5;
	check(tdelete(&missing, &root, cmp_int) == NULL, "tdelete of a missing key: NULL");
	int ok = 1;
	for (int v = 0; v < N; v += 2)
		if (present[v]) {
			void *parent = tdelete(&v, &root, cmp_int);
			if (!parent || tfind(&v, &root, cmp_int))
				ok = 0;
			present[v] = 0;
			unique--;
		}
	check(ok, "tdelete of each even key: a non-NULL result, the key gone");
	found = 1;
	for (int v = 0; v < N; v++)
		if ((tfind(&v, &root, cmp_int) != NULL) != present[v])
			found = 0;
	walk(root);
	check(found && sorted && count == unique && max_depth <= 3 * log2_ceil(unique) / 2 + 1,
	      "after the deletions: the rest found, in order, balanced");
	int r0 = **(int **)root;
	check(tdelete(&r0, &root, cmp_int) != NULL && tfind(&r0, &root, cmp_int) == NULL,
	      "tdelete of the root: non-NULL, the key gone");
	present[r0] = 0;
	unique--;
	freed = 0;
	tdestroy(root, free_key);
	check(freed == unique, "tdestroy calls the free function once per node");

	root = NULL;
	int a = 1, b = 2;
	tsearch(&a, &root, cmp_int);
	tsearch(&b, &root, cmp_int);
	tdelete(&a, &root, cmp_int);
	tdelete(&b, &root, cmp_int);
	check(root == NULL && tdelete(&a, &root, cmp_int) == NULL && tfind(&a, &root, cmp_int) == NULL,
	      "deleting every key empties the root; tdelete and tfind on an empty tree: NULL");
	check(tsearch(&a, NULL, cmp_int) == NULL && tfind(&a, NULL, cmp_int) == NULL &&
	      tdelete(&a, NULL, cmp_int) == NULL, "a NULL rootp: NULL");
	walk(NULL);
	check(visits == 0, "twalk of an empty tree visits nothing");
}

static void hashes(void)
{
	static char names[16][8];
	check(hcreate(10) != 0, "hcreate(10)");
	int ok = 1;
	for (int i = 0; i < 11; i++) {
		snprintf(names[i], sizeof names[i], "k%d", i);
		ENTRY e = { names[i], (void *)(long)i }, *r = hsearch(e, ENTER);
		if (!r || r->key != names[i] || (long)r->data != i)
			ok = 0;
	}
	check(ok, "hsearch ENTER: 11 keys fit a table made for 10 (the next prime, as glibc)");
	errno = 0;
	ENTRY extra = { "one more", NULL };
	check(hsearch(extra, ENTER) == NULL && errno == ENOMEM, "hsearch ENTER into a full table: NULL, ENOMEM");
	char key[8] = "k7";
	ENTRY probe = { key, (void *)99L }, *r = hsearch(probe, FIND);
	check(r && r->key == names[7] && (long)r->data == 7, "hsearch FIND by an equal string");
	r = hsearch(probe, ENTER);
	check(r && r->key == names[7] && (long)r->data == 7, "hsearch ENTER of a present key returns it unchanged");
	errno = 0;
	ENTRY absent = { "nope", NULL };
	check(hsearch(absent, FIND) == NULL && errno == ESRCH, "hsearch FIND of a missing key: NULL, ESRCH");
	check(hcreate(5) == 0, "hcreate while a table exists: 0");
	hdestroy();
	check(hcreate(0) != 0, "hdestroy, then hcreate(0) makes a new table");
	ENTRY e0 = { "a", NULL }, e1 = { "b", NULL }, e2 = { "c", NULL }, e3 = { "d", NULL };
	check(hsearch(e0, ENTER) && hsearch(e1, ENTER) && hsearch(e2, ENTER) && !hsearch(e3, ENTER),
	      "hcreate(0): three entries, as glibc");
	hdestroy();

	struct hsearch_data h1, h2;
	memset(&h1, 0, sizeof h1);
	memset(&h2, 0, sizeof h2);
	check(hcreate_r(100, &h1) && hcreate_r(100, &h2), "hcreate_r on two tables");
	ENTRY *out;
	ENTRY x = { "x", (void *)1L }, y = { "x", (void *)2L };
	check(hsearch_r(x, ENTER, &out, &h1) && hsearch_r(y, ENTER, &out, &h2) && (long)out->data == 2 &&
	      hsearch_r(y, FIND, &out, &h1) && (long)out->data == 1, "hsearch_r: the tables are separate");
	errno = 0;
	check(!hsearch_r(absent, FIND, &out, &h1) && out == NULL && errno == ESRCH,
	      "hsearch_r FIND of a missing key: 0, NULL, ESRCH");
	check(h1.filled == 1, "struct hsearch_data counts its entries");
	hdestroy_r(&h1);
	hdestroy_r(&h2);
	errno = 0;
	check(hcreate_r(10, NULL) == 0 && errno == EINVAL, "hcreate_r(NULL): EINVAL");
	/* Many keys in a big table. */
	struct hsearch_data big;
	memset(&big, 0, sizeof big);
	hcreate_r(5000, &big);
	static char many[4000][12];
	ok = 1;
	for (int i = 0; i < 4000; i++) {
		snprintf(many[i], sizeof many[i], "key%d", i * 7919);
		ENTRY e = { many[i], (void *)(long)i };
		if (!hsearch_r(e, ENTER, &out, &big))
			ok = 0;
	}
	for (int i = 0; i < 4000; i++) {
		char k[12];
		snprintf(k, sizeof k, "key%d", i * 7919);
		ENTRY e = { k, NULL };
		if (!hsearch_r(e, FIND, &out, &big) || (long)out->data != i)
			ok = 0;
	}
	check(ok, "4000 keys: each found with its data");
	hdestroy_r(&big);
}

static void linear(void)
{
	int a[8] = { 5, 3, 9 };
	size_t n = 3;
	int k = 9, m = 4;
	check(lfind(&k, a, &n, sizeof a[0], cmp_int) == &a[2], "lfind finds");
	check(lfind(&m, a, &n, sizeof a[0], cmp_int) == NULL && n == 3, "lfind of a missing key: NULL");
	check(lsearch(&m, a, &n, sizeof a[0], cmp_int) == &a[3] && n == 4 && a[3] == 4,
	      "lsearch appends a missing key");
	check(lsearch(&k, a, &n, sizeof a[0], cmp_int) == &a[2] && n == 4, "lsearch of a present key finds it");
	size_t zero = 0;
	check(lfind(&k, a, &zero, sizeof a[0], cmp_int) == NULL, "lfind in an empty array: NULL");
}

static void queues(void)
{
	struct qelem a, b, c;
	insque(&a, NULL);
	check(a.q_forw == NULL && a.q_back == NULL, "insque(e, NULL) starts a linear list");
	insque(&b, &a);
	insque(&c, &a);
	check(a.q_forw == &c && c.q_forw == &b && b.q_forw == NULL && b.q_back == &c && c.q_back == &a,
	      "insque after an element: a, c, b");
	remque(&c);
	check(a.q_forw == &b && b.q_back == &a, "remque from the middle");
	remque(&a);
	check(b.q_back == NULL && b.q_forw == NULL, "remque of the head of a linear list");
	/* A circular queue. */
	a.q_forw = a.q_back = &a;
	insque(&b, &a);
	insque(&c, &b);
	check(a.q_forw == &b && b.q_forw == &c && c.q_forw == &a && a.q_back == &c, "insque into a circular queue");
	remque(&b);
	check(a.q_forw == &c && c.q_back == &a, "remque from a circular queue");
}

int main(void)
{
	trees();
	hashes();
	linear();
	queues();
	printf("done: %d failures\n", failures);
	return failures != 0;
}
