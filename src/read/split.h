/* Second stage: cut decoded text into entries at each top-level "# "
 * heading, keeping the line number of each. */
#ifndef FICHE_SPLIT_H
#define FICHE_SPLIT_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "fiche.h"

/* Start cutting text (decoded, "\n" line ends, len bytes, borrowed: it must
 * outlive the splitter and the entries it returns). Never fails. */
void split_init(struct splitter *s, const char *text, size_t len);
/* Next entry into *out, or false at the end (also for a text without any
 * "# " heading: the caller reports that). An entry is the "# " heading line
 * (exactly one '#', then a space or tab, then text) and every line up to the
 * next such heading or the end; out->text is borrowed from the text given to
 * split_init. Leading blank lines are no entry. Non-blank text before the first "# "
 * heading belongs to no entry: it is skipped with one warning in d naming its
 * first line. Every heading line starts an entry, also inside a fenced code
 * block, which ends there (a warning in d names the line that opened it). */
bool split_next(struct splitter *s, struct raw_entry *out, struct diag_list *d);

/* Is the line p[0..n) (without its line end) an entry heading: '#' at column
 * 0, then a space or tab, then at least one byte that is not ASCII white
 * space (ascii_isspace: "# \f" is blank, no heading)? "## x" and "#x" are
 * not. The one rule of split_next and of the program's reader, so that the
 * two never disagree on where an entry starts. p need not be NUL-terminated. */
bool split_is_heading(const char *p, size_t n);

/* Is the first line of text[0..n) ("\n" line ends) an entry heading? */
bool split_starts_heading(const char *text, size_t n);

#endif
