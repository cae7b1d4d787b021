/* langinfo.h - facts about the current locale (always "C"). */
#ifndef _LANGINFO_H
#define _LANGINFO_H

#ifdef __cplusplus
extern "C" {
#endif

typedef int nl_item;

#define CODESET 14

char *nl_langinfo(nl_item item);

#ifdef __cplusplus
}
#endif
#endif
