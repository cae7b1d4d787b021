/**
 * This file has no copyright assigned and is placed in the Public Domain.
 * This file is part of the w64 mingw-runtime package.
 * No warranty is given; refer to the file DISCLAIMER within this package.
 */
#if !(defined(lint) || defined(RC_INVOKED))
#pragma pack(push,4)
#endif
