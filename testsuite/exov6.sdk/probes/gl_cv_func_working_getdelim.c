/* getdelim allocates the line for a NULL buffer of size 0, and copes
 * with a NULL buffer given a huge size. */
#include "probe.h"
int main(void)
{
	expect(probe_file("f", "foo\nbar\n") == 0);
	FILE *in = fopen("f", "r");
	expect(in != NULL);
	if (!in)
		return 1;
	char *line = NULL;
	size_t size = 0;
	expect(getdelim(&line, &size, '\n', in) == 4 && line && strcmp(line, "foo\n") == 0);
	free(line);
	line = NULL;
	size = (size_t)-1 / 4;
	expect(getdelim(&line, &size, '\n', in) == 4);
	free(line);
	fclose(in);
	return probe_failures != 0;
}
