/* regex.c - POSIX regular expressions: regcomp parses a basic or extended
 * expression into a tree; regexec tries every way the tree can match by
 * backtracking and reports what glibc does: the leftmost, then longest
 * match, with the subexpressions of the first such match in priority
 * order (see found()). */
#include <ctype.h>
#include <stdint.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

enum kind { CHAR, ANY, SET, BOL, EOL, BACKREF, GROUP, CAT, ALT, REPEAT };

#define INFINITE -1

struct node {
	enum kind kind;
	int value;		/* CHAR: the byte; BACKREF, GROUP: the number;
				 * EOL: a matched '\n' makes it a line end */
	int min, max;		/* REPEAT */
	unsigned char set[32];	/* SET: the bytes that match */
	size_t n;		/* CAT, ALT: children; GROUP, REPEAT: 1 */
	struct node **child;
};

struct program {
	struct node *root;
	int cflags;
};

struct parser {
	const char *p;
	int cflags;
	int error;
	size_t groups;
	int closed[10];	/* which groups are closed (for back-references) */
};

static struct node *node_new(struct parser *ps, enum kind kind)
{
	struct node *n = calloc(1, sizeof *n);
	if (n == NULL)
		ps->error = REG_ESPACE;
	else
		n->kind = kind;
	return n;
}

static void node_free(struct node *n)
{
	if (n == NULL)
		return;
	for (size_t i = 0; i < n->n; i++)
		node_free(n->child[i]);
	free(n->child);
	free(n);
}

/* Give parent another child (freeing the child if that fails); a NULL
 * child is a failure already noted. */
static int add_child(struct parser *ps, struct node *parent, struct node *child)
{
	struct node **c = child != NULL ? realloc(parent->child, (parent->n + 1) * sizeof *c) : NULL;
	if (c == NULL) {
		node_free(child);
		if (ps->error == 0)
			ps->error = REG_ESPACE;
		return 0;
	}
	parent->child = c;
	c[parent->n++] = child;
	return 1;
}

static void set_add(struct node *n, unsigned char c, int icase)
{
	n->set[c / 8] |= (unsigned char)(1 << (c % 8));
	if (icase && isalpha(c)) {
		unsigned char o = (unsigned char)(islower(c) ? toupper(c) : tolower(c));
		n->set[o / 8] |= (unsigned char)(1 << (o % 8));
	}
}

/* The end of a "[:name:]", "[.c.]" or "[=c=]" at p: its closing c
 * followed by ']' (p[1] is c), or NULL. */
static const char *bracket_term_end(const char *p)
{
	const char *close = strchr(p + 2, p[1]);
	while (close != NULL && close[1] != ']')
		close = strchr(close + 1, p[1]);
	return close;
}

/* One endpoint of a bracket expression: a byte or "[.c.]" / "[=c=]";
 * -1 on error. */
static int bracket_char(struct parser *ps, int *equivalence)
{
	const char *p = ps->p;
	*equivalence = 0;
	if (p[0] == '[' && (p[1] == '.' || p[1] == '=')) {
		const char *close = bracket_term_end(p);
		if (close == NULL) {
			ps->error = REG_EBRACK;
			return -1;
		}
		if (close != p + 3) {
			ps->error = REG_ECOLLATE;
			return -1;
		}
		*equivalence = p[1] == '=';
		ps->p = close + 2;
		return (unsigned char)p[2];
	}
	if (*p == '\0') {
		ps->error = REG_EBRACK;
		return -1;
	}
	ps->p++;
	return (unsigned char)*p;
}

/* A bracket expression, ps->p just past '['. */
static struct node *bracket(struct parser *ps)
{
	struct node *n = node_new(ps, SET);
	int icase = ps->cflags & REG_ICASE;
	if (n == NULL)
		return NULL;
	int negate = *ps->p == '^';
	ps->p += negate;
	for (int first = 1; first || *ps->p != ']'; first = 0) {
		const char *p = ps->p;
		if (p[0] == '[' && p[1] == ':') {
			const char *close = bracket_term_end(p);
			char name[16];
			size_t len = close != NULL ? (size_t)(close - (p + 2)) : 0;
			if (close == NULL) {
				ps->error = REG_EBRACK;
				break;
			}
			if (len >= sizeof name) {
				ps->error = REG_ECTYPE;
				break;
			}
			memcpy(name, p + 2, len);
			name[len] = '\0';
			wctype_t t = wctype(name);
			if (t == 0) {
				ps->error = REG_ECTYPE;
				break;
			}
			if (icase && (strcmp(name, "upper") == 0 || strcmp(name, "lower") == 0))
				t = wctype("alpha");
			for (int c = 0; c < 128; c++)
				if (iswctype((wint_t)c, t))
					set_add(n, (unsigned char)c, 0);
			ps->p = close + 2;
			if (ps->p[0] == '-' && ps->p[1] != ']') {
				ps->error = REG_ERANGE;
				break;
			}
			continue;
		}
		int eq;
		int lo = bracket_char(ps, &eq);
		if (lo < 0)
			break;
		if (*ps->p == '-' && ps->p[1] != ']' && ps->p[1] != '\0' && !eq) {
			ps->p++;
			if (ps->p[0] == '[' && ps->p[1] == ':') {
				ps->error = REG_ERANGE;
				break;
			}
			int hi = bracket_char(ps, &eq);
			if (hi < 0)
				break;
			if (hi < lo || eq) {
				ps->error = REG_ERANGE;
				break;
			}
			for (int c = lo; c <= hi; c++)
				set_add(n, (unsigned char)c, icase);
		} else
			set_add(n, (unsigned char)lo, icase);
	}
	if (ps->error) {
		node_free(n);
		return NULL;
	}
	ps->p++;
	if (negate) {
		for (int i = 0; i < 32; i++)
			n->set[i] = (unsigned char)~n->set[i];
		if (ps->cflags & REG_NEWLINE)
			n->set['\n' / 8] &= (unsigned char)~(1 << ('\n' % 8));
	}
	n->set[0] &= (unsigned char)~1;
	return n;
}

static struct node *alternation(struct parser *ps, int depth);

/* The largest repetition count (glibc's RE_DUP_MAX). */
#define DUP_MAX 0x7fff

/* A decimal number at *pp (past DUP_MAX it stays DUP_MAX + 1). */
static int number(const char **pp)
{
	int v = 0;
	for (; isdigit((unsigned char)**pp); (*pp)++)
		v = v > DUP_MAX ? v : v * 10 + (**pp - '0');
	return v;
}

/* An interval "{m,n}" (BRE "\{m,n\}"), ps->p past the '{'. */
static int interval(struct parser *ps, int *min, int *max)
{
	int bre = !(ps->cflags & REG_EXTENDED);
	const char *end = ps->p;
	if (!isdigit((unsigned char)*end) && *end != ',')
		return REG_BADBR;
	*min = *max = number(&end);	/* "{,n}" is "{0,n}", as in glibc */
	if (*end == ',') {
		end++;
		*max = isdigit((unsigned char)*end) ? number(&end) : INFINITE;
	}
	if (bre ? (end[0] != '\\' || end[1] != '}') : *end != '}')
		return *end == '\0' || (bre && end[0] == '\\' && end[1] == '\0') ? REG_EBRACE : REG_BADBR;
	if (*min > DUP_MAX || *max > DUP_MAX || (*max != INFINITE && *max < *min))
		return REG_BADBR;
	ps->p = end + 1 + bre;
	return 0;
}

/* An atom and its repetitions.  at_start: first in its branch;
 * after_bol: just after a BRE '^' (where '*' is literal too). */
static struct node *piece(struct parser *ps, int at_start, int after_bol)
{
	int ere = ps->cflags & REG_EXTENDED;
	const char *p = ps->p;
	struct node *n = NULL;
	if ((ere && (*p == '*' || *p == '+' || *p == '?' || *p == '{')) ||
	    (!ere && p[0] == '\\' && p[1] == '{')) {
		ps->error = REG_BADRPT;
		return NULL;
	}
	if (*p == '\\' && p[1] == '\0') {
		ps->error = REG_EESCAPE;
		return NULL;
	}
	if (!ere && p[0] == '\\' && p[1] == ')') {
		ps->error = REG_EPAREN;
		return NULL;
	}
	if ((ere && *p == '(') || (!ere && p[0] == '\\' && p[1] == '(')) {
		ps->p += ere ? 1 : 2;
		int group = (int)++ps->groups;
		n = node_new(ps, GROUP);
		if (n == NULL)
			return NULL;
		n->value = group;
		if (!add_child(ps, n, alternation(ps, 1)))
			goto fail;
		if (ere ? *ps->p != ')' : (ps->p[0] != '\\' || ps->p[1] != ')')) {
			ps->error = REG_EPAREN;
			goto fail;
		}
		ps->p += ere ? 1 : 2;
		if (group < 10)
			ps->closed[group] = 1;
	} else if (*p == '.') {
		n = node_new(ps, ANY);
		ps->p++;
	} else if (*p == '[') {
		ps->p++;
		n = bracket(ps);
	} else if (*p == '^' && (ere || at_start)) {
		ps->p++;
		n = node_new(ps, BOL);
		if (!ere)
			return n;
	} else if (*p == '*' && (at_start || after_bol)) {
		n = node_new(ps, CHAR);
		if (n != NULL)
			n->value = '*';
		ps->p++;
	} else if (*p == '$' && (ere || p[1] == '\0' || (p[1] == '\\' && p[2] == ')') ||
				 (p[1] == '\\' && p[2] == '|'))) {
		n = node_new(ps, EOL);
		ps->p++;
	} else if (*p == '\\' && p[1] >= '1' && p[1] <= '9') {
		if (!ps->closed[p[1] - '0']) {
			ps->error = REG_ESUBREG;
			return NULL;
		}
		n = node_new(ps, BACKREF);
		if (n != NULL)
			n->value = p[1] - '0';
		ps->p += 2;
	} else {
		if (*p == '\\')
			p++;
		n = node_new(ps, CHAR);
		if (n != NULL && (ps->cflags & REG_ICASE) && isalpha((unsigned char)*p)) {
			n->kind = SET;
			set_add(n, (unsigned char)*p, 1);
		} else if (n != NULL)
			n->value = (unsigned char)*p;
		ps->p = p + 1;
	}
	if (n == NULL)
		return NULL;
	for (int repeated = 0;; repeated = 1) {
		int min, max;
		p = ps->p;
		/* glibc: no repetition of an anchor, nor (BRE) of a repetition. */
		int op = *p == '*' || (ere && (*p == '+' || *p == '?' || *p == '{')) ||
			(!ere && p[0] == '\\' && p[1] == '{');
		if (op && ((ere && (n->kind == BOL || n->kind == EOL)) || (!ere && repeated))) {
			ps->error = REG_BADRPT;
			goto fail;
		}
		if (*p == '*') {
			min = 0, max = INFINITE;
			ps->p++;
		} else if (ere && (*p == '+' || *p == '?')) {
			min = *p == '+', max = *p == '+' ? INFINITE : 1;
			ps->p++;
		} else if ((ere && *p == '{') || (!ere && p[0] == '\\' && p[1] == '{')) {
			ps->p += ere ? 1 : 2;
			ps->error = interval(ps, &min, &max);
			if (ps->error)
				goto fail;
		} else
			return n;
		struct node *r = node_new(ps, REPEAT);
		if (r == NULL || !add_child(ps, r, n)) {
			n = r;
			goto fail;
		}
		r->min = min;
		r->max = max;
		n = r;
	}
fail:
	node_free(n);
	return NULL;
}

/* Does the pattern at p end the current branch? */
static int branch_end(const struct parser *ps, int depth)
{
	const char *p = ps->p;
	if (ps->cflags & REG_EXTENDED)
		return *p == '\0' || *p == '|' || (depth > 0 && *p == ')');
	return *p == '\0' || (p[0] == '\\' && (p[1] == '|' || (depth > 0 && p[1] == ')')));
}

static struct node *branch(struct parser *ps, int depth)
{
	struct node *cat = node_new(ps, CAT);
	if (cat == NULL)
		return NULL;
	while (!branch_end(ps, depth)) {
		int after_bol = cat->n > 0 && cat->child[cat->n - 1]->kind == BOL;
		if (!add_child(ps, cat, piece(ps, cat->n == 0, after_bol)))
			break;
	}
	/* glibc lets a '\n' that the match itself takes make a line end
	 * even without REG_NEWLINE, for a '$' outside groups that a
	 * character (or anchor) that must be there follows. */
	for (size_t i = 0; depth == 0 && !ps->error && i + 1 < cat->n; i++) {
		const struct node *next = cat->child[i + 1];
		if (next->kind == REPEAT && next->min > 0)
			next = next->child[0];
		if (cat->child[i]->kind == EOL)
			cat->child[i]->value = next->kind <= EOL;	/* CHAR .. EOL */
	}
	if (ps->error) {
		node_free(cat);
		return NULL;
	}
	return cat;
}

static struct node *alternation(struct parser *ps, int depth)
{
	struct node *alt = node_new(ps, ALT);
	if (alt == NULL)
		return NULL;
	int ere = ps->cflags & REG_EXTENDED;
	for (;;) {
		if (!add_child(ps, alt, branch(ps, depth))) {
			node_free(alt);
			return NULL;
		}
		if (ere ? *ps->p != '|' : (ps->p[0] != '\\' || ps->p[1] != '|'))
			break;
		ps->p += ere ? 1 : 2;
	}
	return alt;
}

int regcomp(regex_t *restrict preg, const char *restrict pattern, int cflags)
{
	struct parser ps = { pattern, cflags, 0, 0, { 0 } };
	struct program *prog = malloc(sizeof *prog);
	if (prog == NULL)
		return REG_ESPACE;
	prog->root = alternation(&ps, 0);
	if (prog->root == NULL) {
		free(prog);
		return ps.error;
	}
	prog->cflags = cflags;
	preg->re_nsub = ps.groups;
	preg->__program = prog;
	return 0;
}

void regfree(regex_t *preg)
{
	struct program *prog = preg->__program;
	if (prog != NULL)
		node_free(prog->root);
	free(prog);
	preg->__program = NULL;
}

/* The matcher: continuation frames say what follows a node. */
enum frame_kind { SEQ, GROUP_END, REPEAT_NEXT };

struct frame {
	enum frame_kind kind;
	const struct node *node;
	size_t index;	/* SEQ: next child; REPEAT_NEXT: iterations done */
	size_t start;	/* REPEAT_NEXT: where the iteration began */
	const struct frame *next;
};

struct matcher {
	const char *s;
	size_t len;
	int cflags, eflags;
	size_t ngroups;
	regmatch_t *cap, *best;
	int found;
	int best_anchored;	/* the best match ends just after an anchor */
	long steps;
	size_t start;		/* where the matches being tried begin */
	size_t anchor_at;	/* where the last anchor on this path was */
	size_t newline_at;	/* a '$' here needs the '\n' here matched */
};

/* Past this many steps regexec gives up (REG_ESPACE) rather than run for
 * ever on an expression with exponentially many ways to match. */
#define STEP_LIMIT 20000000L

/* Of the matches from one start, glibc reports the longest; of those,
 * one that does not end just after an anchor if there is one; and of
 * those the first in priority order: alternatives left to right, each
 * repetition taking as many iterations as it can. */
static void found(struct matcher *m, size_t pos)
{
	int anchored = m->anchor_at == pos;
	if (m->newline_at == pos)
		return;
	if (m->found && ((regoff_t)pos < m->best[0].rm_eo ||
			 ((regoff_t)pos == m->best[0].rm_eo && (anchored || !m->best_anchored))))
		return;
	m->cap[0].rm_eo = (regoff_t)pos;
	memcpy(m->best, m->cap, (m->ngroups + 1) * sizeof *m->cap);
	m->found = 1;
	m->best_anchored = anchored;
}

/* Nothing can beat a match to the end of the string. */
static int done(const struct matcher *m)
{
	return (m->found && (size_t)m->best[0].rm_eo == m->len && !m->best_anchored) ||
		m->steps > STEP_LIMIT;
}

static void follow(struct matcher *m, const struct frame *k, size_t pos);

/* Go on past an anchor at pos; newline: it holds only if the '\n' at pos
 * is matched next. */
static void past_anchor(struct matcher *m, const struct frame *k, size_t pos, int newline)
{
	size_t anchor_at = m->anchor_at, newline_at = m->newline_at;
	m->anchor_at = pos;
	if (newline)
		m->newline_at = pos;
	follow(m, k, pos);
	m->anchor_at = anchor_at;
	m->newline_at = newline_at;
}

static void run(struct matcher *m, const struct node *n, size_t pos, const struct frame *k);

static void repeat(struct matcher *m, const struct node *n, size_t count, size_t pos,
		   const struct frame *k);

static void follow(struct matcher *m, const struct frame *k, size_t pos)
{
	m->steps++;
	if (done(m))
		return;
	if (k == NULL) {
		found(m, pos);
		return;
	}
	switch (k->kind) {
	case SEQ:
		if (k->index == k->node->n) {
			follow(m, k->next, pos);
		} else {
			struct frame f = { SEQ, k->node, k->index + 1, 0, k->next };
			run(m, k->node->child[k->index], pos, &f);
		}
		break;
	case GROUP_END: {
		regmatch_t saved = m->cap[k->node->value];
		m->cap[k->node->value].rm_so = (regoff_t)k->start;
		m->cap[k->node->value].rm_eo = (regoff_t)pos;
		follow(m, k->next, pos);
		m->cap[k->node->value] = saved;
		break;
	}
	case REPEAT_NEXT:
		/* An empty iteration may not be followed by optional ones
		 * (they could go on forever).  Like glibc, an empty iteration
		 * that was optional counts only as the first (else the
		 * registers keep the iteration before). */
		if (pos != k->start || k->index < (size_t)k->node->min)
			repeat(m, k->node, k->index, pos, k->next);
		else if (k->index == (size_t)k->node->min || k->index == 1)
			follow(m, k->next, pos);
		break;
	}
}

static void repeat(struct matcher *m, const struct node *n, size_t count, size_t pos,
		   const struct frame *k)
{
	if (n->max == INFINITE || count < (size_t)n->max) {
		struct frame f = { REPEAT_NEXT, n, count + 1, pos, k };
		run(m, n->child[0], pos, &f);
	}
	if (count >= (size_t)n->min)
		follow(m, k, pos);
}

static int same_char(const struct matcher *m, unsigned char a, unsigned char b)
{
	return (m->cflags & REG_ICASE) ? tolower(a) == tolower(b) : a == b;
}

static void run(struct matcher *m, const struct node *n, size_t pos, const struct frame *k)
{
	const char *s = m->s;
	int newline = m->cflags & REG_NEWLINE;
	unsigned char c = pos < m->len ? (unsigned char)s[pos] : 0;
	switch (n->kind) {
	case CHAR:
		if (pos < m->len && c == n->value)
			follow(m, k, pos + 1);
		break;
	case ANY:
		if (pos < m->len && !(newline && c == '\n'))
			follow(m, k, pos + 1);
		break;
	case SET:
		if (pos < m->len && (n->set[c / 8] & (1 << (c % 8))))
			follow(m, k, pos + 1);
		break;
	/* Like glibc, a '\n' matched inside the match makes a line start
	 * even without REG_NEWLINE (line ends: see branch()). */
	case BOL:
		if ((pos == 0 && !(m->eflags & REG_NOTBOL)) ||
		    (pos > 0 && s[pos - 1] == '\n' && (newline || pos > m->start)))
			past_anchor(m, k, pos, 0);
		break;
	case EOL:
		if ((pos == m->len && !(m->eflags & REG_NOTEOL)) ||
		    (pos < m->len && c == '\n' && (newline || n->value)))
			past_anchor(m, k, pos, pos < m->len && !newline);
		break;
	case BACKREF: {
		regmatch_t r = m->cap[n->value];
		size_t len = (size_t)(r.rm_eo - r.rm_so);
		if (r.rm_so < 0 || pos + len > m->len)
			break;
		for (size_t i = 0; i < len; i++)
			if (!same_char(m, (unsigned char)s[r.rm_so + (regoff_t)i], (unsigned char)s[pos + i]))
				return;
		follow(m, k, pos + len);
		break;
	}
	case GROUP: {
		struct frame f = { GROUP_END, n, 0, pos, k };
		run(m, n->child[0], pos, &f);
		break;
	}
	case CAT: {
		struct frame f = { SEQ, n, 0, 0, k };
		follow(m, &f, pos);
		break;
	}
	case ALT:
		/* In order; but glibc tries an empty first alternative
		 * second ("|a" is "a|"). */
		for (size_t i = 0; i < n->n && !done(m); i++) {
			size_t j = i < 2 && n->n > 1 && n->child[0]->n == 0 ? 1 - i : i;
			run(m, n->child[j], pos, k);
		}
		break;
	case REPEAT:
		repeat(m, n, 0, pos, k);
		break;
	}
}

int regexec(const regex_t *restrict preg, const char *restrict string, size_t nmatch,
	    regmatch_t pmatch[restrict], int eflags)
{
	const struct program *prog = preg->__program;
	size_t ngroups = preg->re_nsub;
	regmatch_t *cap = malloc(2 * (ngroups + 1) * sizeof *cap);
	if (cap == NULL)
		return REG_ESPACE;
	struct matcher m = { string, strlen(string), prog->cflags, eflags, ngroups, cap,
			     cap + ngroups + 1, 0, 0, 0, 0, SIZE_MAX, SIZE_MAX };
	for (m.start = 0; m.start <= m.len && !m.found; m.start++) {
		for (size_t i = 0; i <= ngroups; i++)
			cap[i].rm_so = cap[i].rm_eo = -1;
		cap[0].rm_so = (regoff_t)m.start;
		run(&m, prog->root, m.start, NULL);
	}
	int r = m.steps > STEP_LIMIT ? REG_ESPACE : m.found ? 0 : REG_NOMATCH;
	if (r == 0 && !(prog->cflags & REG_NOSUB))
		for (size_t i = 0; i < nmatch; i++)
			pmatch[i] = i <= ngroups ? m.best[i] : (regmatch_t){ -1, -1 };
	free(cap);
	return r;
}

size_t regerror(int errcode, const regex_t *restrict preg, char *restrict buf, size_t size)
{
	static const char *const messages[] = {
		"Success", "No match", "Invalid regular expression",
		"Invalid collation character", "Invalid character class name",
		"Trailing backslash", "Invalid back reference", "Unmatched [, [^, [:, [., or [=",
		"Unmatched ( or \\(", "Unmatched \\{", "Invalid content of \\{\\}",
		"Invalid range end", "Memory exhausted", "Invalid preceding regular expression",
	};
	(void)preg;
	const char *msg = errcode >= 0 && errcode <= REG_BADRPT ? messages[errcode] : "Unknown error";
	size_t len = strlen(msg) + 1;
	if (size > 0) {
		size_t n = len < size ? len : size - 1;
		memcpy(buf, msg, n);
		buf[n] = '\0';
	}
	return len;
}
