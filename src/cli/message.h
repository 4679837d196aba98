/* The program's messages on standard error: one line each, written with
 * one write(2) so that lines never mix, every control character of the text
 * (it quotes file names, headings and lines of the input) escaped the way
 * GNU tools' "escape" quoting style does: a terminal or a log never receives
 * an ESC, a carriage return or a bidirectional override from an input. */
#ifndef FICHE_MESSAGE_H
#define FICHE_MESSAGE_H

#include <stddef.h>

#include "base/strbuf.h"

/* Print the formatted text and a newline on standard error, escaped. */
void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Append s to out with its control characters escaped: C escapes ("\n",
 * "\t", "\r"...), octal for the other C0 and C1 controls and DEL ("\033",
 * "\302\233"), for bytes that are no valid UTF-8 ("\377"), "\u202E" for the
 * characters that reorder or hide text (bidirectional controls, U+2028,
 * U+2029), and "\\" for a backslash. */
void message_escape(struct strbuf *out, const char *s, size_t n);
/* (s must be NUL-terminated at s[n] or later.) */

/* Write all n bytes at s to fd, retrying after signals and short writes;
 * 0, or -1 with errno set. */
int write_all(int fd, const char *s, size_t n);

#endif
