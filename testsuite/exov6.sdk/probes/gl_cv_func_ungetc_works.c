/* ungetc of a different character, then ftell, fgetc and fseek
 * (SEEK_CUR, 0) keep the position right. */
#include "probe.h"
int main(void)
{
	FILE *f = fopen("t", "w+");
	expect(f != NULL);
	if (!f)
		return 1;
	expect(fputs("abc", f) >= 0);
	rewind(f);
	expect(fgetc(f) == 'a' && fgetc(f) == 'b');
	expect(ungetc('d', f) == 'd');
	expect(ftell(f) == 1);
	expect(fgetc(f) == 'd');
	expect(ftell(f) == 2);
	expect(fseek(f, 0, SEEK_CUR) == 0 && ftell(f) == 2);
	expect(fgetc(f) == 'c');
	fclose(f);
	return probe_failures != 0;
}
