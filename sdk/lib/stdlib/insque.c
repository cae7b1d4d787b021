/* insque.c - insque and remque: doubly linked queues whose elements begin
 * with a forward and a backward link (struct qelem).  insque(e, NULL)
 * starts a linear list of one element. */
#include <search.h>

struct link {
	struct link *forw, *back;
};

void insque(void *elem, void *prev)
{
	struct link *e = elem, *p = prev;
	if (!p) {
		e->forw = e->back = NULL;
		return;
	}
	e->forw = p->forw;
	e->back = p;
	if (p->forw)
		p->forw->back = e;
	p->forw = e;
}

void remque(void *elem)
{
	struct link *e = elem;
	if (e->forw)
		e->forw->back = e->back;
	if (e->back)
		e->back->forw = e->forw;
}
