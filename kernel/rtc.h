/* rtc.h - the CMOS real-time clock, read once at boot. */
#ifndef KERNEL_RTC_H
#define KERNEL_RTC_H

#include <stdint.h>

/* Seconds since 1970-01-01 00:00 UTC (the RTC is taken to hold UTC). */
uint64_t rtc_epoch(void);

#endif
