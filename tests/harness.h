/* Common includes of the cmocka unit tests: cmocka needs these before it. */
#ifndef FICHE_TEST_HARNESS_H
#define FICHE_TEST_HARNESS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#endif
