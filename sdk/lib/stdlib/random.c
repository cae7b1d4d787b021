/* random.c - random, srandom, initstate and setstate: glibc's additive
 * feedback generator, so a seed gives glibc's sequence.  A state is an
 * array of 32-bit words: word 0 records the generator's type and where
 * its rear pointer is (5 * rear + type, or 0 for type 0), the rest is the
 * table.  The type follows the state's size: 8 bytes (type 0, a linear
 * congruential generator), 32, 64, 128 (the default) or 256 bytes
 * (tables of 7, 15, 31 or 63 words, taps 3, 1, 3, 1 apart).  rand and
 * srand (rand.c) use the same generator, as glibc; random and srandom are
 * weak so a strictly ISO program may define its own. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#define TYPES 5
static const int degrees[TYPES] = { 0, 7, 15, 31, 63 };
static const int seps[TYPES] = { 0, 3, 1, 3, 1 };

static struct {
	int32_t *table;                 /* word 1 of the state */
	int type, deg, sep;
	int front, rear;                /* indices into table */
} g;

static int32_t default_state[1 + 31];

static void save(void)
{
	g.table[-1] = g.type == 0 ? 0 : TYPES * g.rear + g.type;
}

static int32_t step(void)
{
	int32_t *t = g.table;
	if (g.type == 0) {
		t[0] = (int32_t)(((uint32_t)t[0] * 1103515245u + 12345u) & 0x7fffffff);
		return t[0];
	}
	uint32_t v = (uint32_t)t[g.front] + (uint32_t)t[g.rear];
	t[g.front] = (int32_t)v;
	if (++g.front == g.deg)
		g.front = 0;
	if (++g.rear == g.deg)
		g.rear = 0;
	return (int32_t)(v >> 1);
}

static void seed(unsigned s)
{
	int32_t *t = g.table;
	t[0] = (int32_t)(s ? s : 1);
	if (g.type == 0)
		return;
	/* table[i] = 16807 * table[i - 1] mod (2^31 - 1), the word read as a
	 * signed 32-bit number */
	for (int i = 1; i < g.deg; i++) {
		int64_t w = (int64_t)t[i - 1] * 16807 % 2147483647;
		t[i] = (int32_t)(w < 0 ? w + 2147483647 : w);
	}
	g.front = g.sep;
	g.rear = 0;
	for (int i = 0; i < 10 * g.deg; i++)
		step();
}

/* The default state, as srandom(1) leaves it, on first use. */
static void start(void)
{
	if (g.table)
		return;
	g.table = default_state + 1;
	g.type = 3;
	g.deg = degrees[3];
	g.sep = seps[3];
	seed(1);
}

long __random(void)
{
	start();
	return step();
}

void __srandom(unsigned s)
{
	start();
	seed(s);
}

char *initstate(unsigned s, char *state, size_t n)
{
	if (n < 8) {
		errno = EINVAL;
		return NULL;
	}
	start();
	save();
	char *old = (char *)(g.table - 1);
	int type = n >= 256 ? 4 : n >= 128 ? 3 : n >= 64 ? 2 : n >= 32 ? 1 : 0;
	g.table = (int32_t *)(void *)state + 1;
	g.type = type;
	g.deg = degrees[type];
	g.sep = seps[type];
	seed(s);
	save();
	return old;
}

char *setstate(char *state)
{
	int32_t *words = (int32_t *)(void *)state;
	int type = words ? words[0] % TYPES : -1, rear = words ? words[0] / TYPES : 0;
	if (!words || words[0] < 0 || (type != 0 && rear >= degrees[type])) {
		errno = EINVAL;
		return NULL;
	}
	start();
	save();
	char *old = (char *)(g.table - 1);
	g.table = words + 1;
	g.type = type;
	g.deg = degrees[type];
	g.sep = seps[type];
	g.rear = rear;
	g.front = type ? (rear + g.sep) % g.deg : 0;
	return old;
}

long random(void) __attribute__((weak, alias("__random")));
void srandom(unsigned s) __attribute__((weak, alias("__srandom")));
