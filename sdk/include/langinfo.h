/* langinfo.h - facts about the current locale (always "C"), by item:
 * every item of POSIX, and glibc's additions, with glibc's numbers
 * (category << 16 | index). */
#ifndef _LANGINFO_H
#define _LANGINFO_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef int nl_item;

#define __NL_ITEM(cat, idx) (((cat) << 16) | (idx))

/* LC_CTYPE */
#define CODESET     14

/* LC_NUMERIC */
#define RADIXCHAR   __NL_ITEM(1, 0)
#define THOUSEP     __NL_ITEM(1, 1)

/* LC_TIME */
#define ABDAY_1     __NL_ITEM(2, 0)
#define ABDAY_2     __NL_ITEM(2, 1)
#define ABDAY_3     __NL_ITEM(2, 2)
#define ABDAY_4     __NL_ITEM(2, 3)
#define ABDAY_5     __NL_ITEM(2, 4)
#define ABDAY_6     __NL_ITEM(2, 5)
#define ABDAY_7     __NL_ITEM(2, 6)
#define DAY_1       __NL_ITEM(2, 7)
#define DAY_2       __NL_ITEM(2, 8)
#define DAY_3       __NL_ITEM(2, 9)
#define DAY_4       __NL_ITEM(2, 10)
#define DAY_5       __NL_ITEM(2, 11)
#define DAY_6       __NL_ITEM(2, 12)
#define DAY_7       __NL_ITEM(2, 13)
#define ABMON_1     __NL_ITEM(2, 14)
#define ABMON_2     __NL_ITEM(2, 15)
#define ABMON_3     __NL_ITEM(2, 16)
#define ABMON_4     __NL_ITEM(2, 17)
#define ABMON_5     __NL_ITEM(2, 18)
#define ABMON_6     __NL_ITEM(2, 19)
#define ABMON_7     __NL_ITEM(2, 20)
#define ABMON_8     __NL_ITEM(2, 21)
#define ABMON_9     __NL_ITEM(2, 22)
#define ABMON_10    __NL_ITEM(2, 23)
#define ABMON_11    __NL_ITEM(2, 24)
#define ABMON_12    __NL_ITEM(2, 25)
#define MON_1       __NL_ITEM(2, 26)
#define MON_2       __NL_ITEM(2, 27)
#define MON_3       __NL_ITEM(2, 28)
#define MON_4       __NL_ITEM(2, 29)
#define MON_5       __NL_ITEM(2, 30)
#define MON_6       __NL_ITEM(2, 31)
#define MON_7       __NL_ITEM(2, 32)
#define MON_8       __NL_ITEM(2, 33)
#define MON_9       __NL_ITEM(2, 34)
#define MON_10      __NL_ITEM(2, 35)
#define MON_11      __NL_ITEM(2, 36)
#define MON_12      __NL_ITEM(2, 37)
#define AM_STR      __NL_ITEM(2, 38)
#define PM_STR      __NL_ITEM(2, 39)
#define D_T_FMT     __NL_ITEM(2, 40)
#define D_FMT       __NL_ITEM(2, 41)
#define T_FMT       __NL_ITEM(2, 42)
#define T_FMT_AMPM  __NL_ITEM(2, 43)
#define ERA         __NL_ITEM(2, 44)
#define __ERA_YEAR  __NL_ITEM(2, 45)
#define ERA_D_FMT   __NL_ITEM(2, 46)
#define ALT_DIGITS  __NL_ITEM(2, 47)
#define ERA_D_T_FMT __NL_ITEM(2, 48)
#define ERA_T_FMT   __NL_ITEM(2, 49)
#define _DATE_FMT   __NL_ITEM(2, 108)
/* The months in the nominative case (the same as MON_x in "C"). */
#define __ALTMON_1  __NL_ITEM(2, 111)
#define __ALTMON_2  __NL_ITEM(2, 112)
#define __ALTMON_3  __NL_ITEM(2, 113)
#define __ALTMON_4  __NL_ITEM(2, 114)
#define __ALTMON_5  __NL_ITEM(2, 115)
#define __ALTMON_6  __NL_ITEM(2, 116)
#define __ALTMON_7  __NL_ITEM(2, 117)
#define __ALTMON_8  __NL_ITEM(2, 118)
#define __ALTMON_9  __NL_ITEM(2, 119)
#define __ALTMON_10 __NL_ITEM(2, 120)
#define __ALTMON_11 __NL_ITEM(2, 121)
#define __ALTMON_12 __NL_ITEM(2, 122)
#define _NL_ABALTMON_1  __NL_ITEM(2, 135)
#define _NL_ABALTMON_2  __NL_ITEM(2, 136)
#define _NL_ABALTMON_3  __NL_ITEM(2, 137)
#define _NL_ABALTMON_4  __NL_ITEM(2, 138)
#define _NL_ABALTMON_5  __NL_ITEM(2, 139)
#define _NL_ABALTMON_6  __NL_ITEM(2, 140)
#define _NL_ABALTMON_7  __NL_ITEM(2, 141)
#define _NL_ABALTMON_8  __NL_ITEM(2, 142)
#define _NL_ABALTMON_9  __NL_ITEM(2, 143)
#define _NL_ABALTMON_10 __NL_ITEM(2, 144)
#define _NL_ABALTMON_11 __NL_ITEM(2, 145)
#define _NL_ABALTMON_12 __NL_ITEM(2, 146)

/* LC_MONETARY */
#define __INT_CURR_SYMBOL    __NL_ITEM(4, 0)
#define __CURRENCY_SYMBOL    __NL_ITEM(4, 1)
#define __MON_DECIMAL_POINT  __NL_ITEM(4, 2)
#define __MON_THOUSANDS_SEP  __NL_ITEM(4, 3)
#define __MON_GROUPING       __NL_ITEM(4, 4)
#define __POSITIVE_SIGN      __NL_ITEM(4, 5)
#define __NEGATIVE_SIGN      __NL_ITEM(4, 6)
#define __INT_FRAC_DIGITS    __NL_ITEM(4, 7)
#define __FRAC_DIGITS        __NL_ITEM(4, 8)
#define __P_CS_PRECEDES      __NL_ITEM(4, 9)
#define __P_SEP_BY_SPACE     __NL_ITEM(4, 10)
#define __N_CS_PRECEDES      __NL_ITEM(4, 11)
#define __N_SEP_BY_SPACE     __NL_ITEM(4, 12)
#define __P_SIGN_POSN        __NL_ITEM(4, 13)
#define __N_SIGN_POSN        __NL_ITEM(4, 14)
#define CRNCYSTR             __NL_ITEM(4, 15)
#define __INT_P_CS_PRECEDES  __NL_ITEM(4, 16)
#define __INT_P_SEP_BY_SPACE __NL_ITEM(4, 17)
#define __INT_N_CS_PRECEDES  __NL_ITEM(4, 18)
#define __INT_N_SEP_BY_SPACE __NL_ITEM(4, 19)
#define __INT_P_SIGN_POSN    __NL_ITEM(4, 20)
#define __INT_N_SIGN_POSN    __NL_ITEM(4, 21)

/* LC_MESSAGES */
#define YESEXPR     __NL_ITEM(5, 0)
#define NOEXPR      __NL_ITEM(5, 1)
#define __YESSTR    __NL_ITEM(5, 2)
#define __NOSTR     __NL_ITEM(5, 3)

#if defined(__USE_XOPEN) || defined(__USE_MISC)
# define YESSTR __YESSTR
# define NOSTR __NOSTR
#endif

#ifdef __USE_GNU
# define ERA_YEAR __ERA_YEAR
# define ALTMON_1 __ALTMON_1
# define ALTMON_2 __ALTMON_2
# define ALTMON_3 __ALTMON_3
# define ALTMON_4 __ALTMON_4
# define ALTMON_5 __ALTMON_5
# define ALTMON_6 __ALTMON_6
# define ALTMON_7 __ALTMON_7
# define ALTMON_8 __ALTMON_8
# define ALTMON_9 __ALTMON_9
# define ALTMON_10 __ALTMON_10
# define ALTMON_11 __ALTMON_11
# define ALTMON_12 __ALTMON_12
# define DECIMAL_POINT RADIXCHAR
# define THOUSANDS_SEP THOUSEP
# define GROUPING __NL_ITEM(1, 2)
# define INT_CURR_SYMBOL __INT_CURR_SYMBOL
# define CURRENCY_SYMBOL __CURRENCY_SYMBOL
# define MON_DECIMAL_POINT __MON_DECIMAL_POINT
# define MON_THOUSANDS_SEP __MON_THOUSANDS_SEP
# define MON_GROUPING __MON_GROUPING
# define POSITIVE_SIGN __POSITIVE_SIGN
# define NEGATIVE_SIGN __NEGATIVE_SIGN
# define INT_FRAC_DIGITS __INT_FRAC_DIGITS
# define FRAC_DIGITS __FRAC_DIGITS
# define P_CS_PRECEDES __P_CS_PRECEDES
# define P_SEP_BY_SPACE __P_SEP_BY_SPACE
# define N_CS_PRECEDES __N_CS_PRECEDES
# define N_SEP_BY_SPACE __N_SEP_BY_SPACE
# define P_SIGN_POSN __P_SIGN_POSN
# define N_SIGN_POSN __N_SIGN_POSN
# define INT_P_CS_PRECEDES __INT_P_CS_PRECEDES
# define INT_P_SEP_BY_SPACE __INT_P_SEP_BY_SPACE
# define INT_N_CS_PRECEDES __INT_N_CS_PRECEDES
# define INT_N_SEP_BY_SPACE __INT_N_SEP_BY_SPACE
# define INT_P_SIGN_POSN __INT_P_SIGN_POSN
# define INT_N_SIGN_POSN __INT_N_SIGN_POSN
/* The name of the category's locale. */
# define _NL_LOCALE_NAME(category) __NL_ITEM((category), 0xffff)
#endif

char *nl_langinfo(nl_item item);

#ifdef __cplusplus
}
#endif
#endif
