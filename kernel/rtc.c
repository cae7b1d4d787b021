/* rtc.c - read the date and time from the MC146818 CMOS clock (waiting out
 * an update in progress, BCD or binary, 12 or 24 hour) and turn them into
 * seconds since the Unix epoch. */
#include "rtc.h"
#include "x86.h"

static uint8_t cmos(uint8_t reg)
{
	outb(0x70, reg);
	return inb(0x71);
}

static uint64_t days_from_civil(uint64_t y, unsigned m, unsigned d)
{
	/* Days since 1970-01-01 for a date in the Gregorian calendar. */
	static const unsigned before[12] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
	uint64_t days = (y - 1970) * 365 + before[m - 1] + d - 1;
	for (uint64_t leap = 1972; leap < y || (leap == y && m > 2); leap += 4)
		if (leap % 100 != 0 || leap % 400 == 0)
			days++;
	return days;
}

uint64_t rtc_epoch(void)
{
	uint8_t t[7];
	for (int tries = 0; tries < 3; tries++) {
		while (cmos(0x0a) & 0x80)
			;       /* update in progress */
		uint8_t regs[7] = { 0x00, 0x02, 0x04, 0x07, 0x08, 0x09, 0x32 };
		for (int i = 0; i < 7; i++)
			t[i] = cmos(regs[i]);
		if (cmos(0x00) == t[0])
			break;
	}
	uint8_t status_b = cmos(0x0b);
	int pm = t[2] & 0x80;
	t[2] &= 0x7f;
	if (!(status_b & 0x04))         /* BCD */
		for (int i = 0; i < 7; i++)
			t[i] = (uint8_t)((t[i] >> 4) * 10 + (t[i] & 15));
	if (!(status_b & 0x02))         /* 12-hour clock */
		t[2] = (uint8_t)(t[2] % 12 + (pm ? 12 : 0));
	unsigned century = t[6] >= 19 && t[6] <= 21 ? t[6] : 20;
	uint64_t year = century * 100u + t[5];
	if (t[4] < 1 || t[4] > 12 || t[3] < 1 || t[3] > 31 || year < 1970)
		return 0;
	return ((days_from_civil(year, t[4], t[3]) * 24 + t[2]) * 60 + t[1]) * 60 + t[0];
}
