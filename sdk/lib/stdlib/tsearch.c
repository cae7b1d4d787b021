/* tsearch.c - binary search trees: tsearch, tfind, tdelete, twalk,
 * twalk_r and tdestroy, kept balanced as AVL trees (heights of sibling
 * subtrees differ by at most one), so every operation is O(log n).  A
 * node begins with its key pointer: what these functions return points
 * at it.  Insertion and deletion remember the links they came down by
 * and rebalance on the way back up. */
#define _GNU_SOURCE
#include <search.h>
#include <stdlib.h>

struct node {
	const void *key;        /* first: a node pointer is a pointer to its key */
	struct node *left, *right;
	int height;
};

/* 1.44 log2(2^64): no tree in memory is deeper. */
#define MAX_DEPTH 96

static int height(const struct node *n)
{
	return n ? n->height : 0;
}

static void fix_height(struct node *n)
{
	int l = height(n->left), r = height(n->right);
	n->height = 1 + (l > r ? l : r);
}

static struct node *rotate_right(struct node *n)
{
	struct node *l = n->left;
	n->left = l->right;
	l->right = n;
	fix_height(n);
	fix_height(l);
	return l;
}

static struct node *rotate_left(struct node *n)
{
	struct node *r = n->right;
	n->right = r->left;
	r->left = n;
	fix_height(n);
	fix_height(r);
	return r;
}

/* Restore the AVL property at n (its subtrees are balanced); returns the
 * subtree's new root. */
static struct node *balance(struct node *n)
{
	fix_height(n);
	int d = height(n->left) - height(n->right);
	if (d > 1) {
		if (height(n->left->left) < height(n->left->right))
			n->left = rotate_left(n->left);
		return rotate_right(n);
	}
	if (d < -1) {
		if (height(n->right->right) < height(n->right->left))
			n->right = rotate_right(n->right);
		return rotate_left(n);
	}
	return n;
}

/* Rebalance every link of path[0..depth) from the bottom up. */
static void rebalance(struct node **path[], int depth)
{
	while (depth-- > 0)
		*path[depth] = balance(*path[depth]);
}

void *tfind(const void *key, void *const *rootp, __compar_fn_t compar)
{
	if (!rootp)
		return NULL;
	struct node *n = *rootp;
	while (n) {
		int c = compar(key, n->key);
		if (c == 0)
			return n;
		n = c < 0 ? n->left : n->right;
	}
	return NULL;
}

void *tsearch(const void *key, void **rootp, __compar_fn_t compar)
{
	if (!rootp)
		return NULL;
	struct node **path[MAX_DEPTH];
	int depth = 0;
	struct node **link = (struct node **)rootp;
	while (*link) {
		int c = compar(key, (*link)->key);
		if (c == 0)
			return *link;
		path[depth++] = link;
		link = c < 0 ? &(*link)->left : &(*link)->right;
	}
	struct node *n = malloc(sizeof *n);
	if (!n)
		return NULL;
	n->key = key;
	n->left = n->right = NULL;
	n->height = 1;
	*link = n;
	rebalance(path, depth);
	return n;
}

void *tdelete(const void *restrict key, void **restrict rootp, __compar_fn_t compar)
{
	if (!rootp || !*rootp)
		return NULL;
	struct node **path[MAX_DEPTH];
	int depth = 0;
	struct node **link = (struct node **)rootp, *parent = NULL;
	for (;;) {
		if (!*link)
			return NULL;
		int c = compar(key, (*link)->key);
		if (c == 0)
			break;
		parent = *link;
		path[depth++] = link;
		link = c < 0 ? &(*link)->left : &(*link)->right;
	}
	struct node *victim = *link;
	if (!victim->left || !victim->right) {
		*link = victim->left ? victim->left : victim->right;
	} else {
		/* Put the in-order successor in the victim's place. */
		int at = depth;
		path[depth++] = link;
		struct node **s = &victim->right;
		while ((*s)->left) {
			path[depth++] = s;
			s = &(*s)->left;
		}
		struct node *succ = *s;
		*s = succ->right;
		succ->left = victim->left;
		succ->right = victim->right;
		*link = succ;
		/* The link below the victim's place now belongs to succ. */
		if (at + 1 < depth)
			path[at + 1] = &succ->right;
	}
	free(victim);
	rebalance(path, depth);
	/* POSIX: the deleted node's parent; something non-null for the root. */
	return parent ? (void *)parent : (void *)rootp;
}

static void walk(const struct node *n, void (*action)(const void *, VISIT, int), int depth)
{
	if (!n->left && !n->right) {
		action(n, leaf, depth);
		return;
	}
	action(n, preorder, depth);
	if (n->left)
		walk(n->left, action, depth + 1);
	action(n, postorder, depth);
	if (n->right)
		walk(n->right, action, depth + 1);
	action(n, endorder, depth);
}

void twalk(const void *root, void (*action)(const void *node, VISIT which, int depth))
{
	if (root && action)
		walk(root, action, 0);
}

static void walk_r(const struct node *n, void (*action)(const void *, VISIT, void *), void *closure)
{
	if (!n->left && !n->right) {
		action(n, leaf, closure);
		return;
	}
	action(n, preorder, closure);
	if (n->left)
		walk_r(n->left, action, closure);
	action(n, postorder, closure);
	if (n->right)
		walk_r(n->right, action, closure);
	action(n, endorder, closure);
}

void twalk_r(const void *root, void (*action)(const void *node, VISIT which, void *closure),
	     void *closure)
{
	if (root && action)
		walk_r(root, action, closure);
}

void tdestroy(void *root, __free_fn_t freefct)
{
	struct node *n = root;
	if (!n)
		return;
	tdestroy(n->left, freefct);
	tdestroy(n->right, freefct);
	freefct((void *)n->key);
	free(n);
}
