/* spin.c - never ends on its own (for timeouts and preemption). */
int main(void)
{
	for (volatile unsigned long i = 0;; i++)
		;
}
