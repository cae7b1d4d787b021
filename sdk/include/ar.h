/* ar.h - the header of a member of an ar(1) archive (the common format:
 * every field is ASCII text, padded with spaces). */
#ifndef _AR_H
#define _AR_H

#define ARMAG  "!<arch>\n"      /* the archive's first 8 bytes */
#define SARMAG 8
#define ARFMAG "`\n"            /* the end of each member header */

struct ar_hdr {
	char ar_name[16];       /* name, "/"-terminated in GNU archives */
	char ar_date[12];       /* modification time, decimal seconds */
	char ar_uid[6], ar_gid[6];
	char ar_mode[8];        /* octal */
	char ar_size[10];       /* decimal bytes */
	char ar_fmag[2];        /* ARFMAG */
};

#endif
