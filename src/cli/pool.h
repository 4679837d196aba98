/* An ordered worker pool for the batch: entries are converted on every core
 * while their outputs are written in input order by the caller's thread, so
 * output stays byte-identical to a run on one core. */
#ifndef FICHE_POOL_H
#define FICHE_POOL_H

#include <stddef.h>

/* work runs in a worker thread (or in the caller's, with no workers) and
 * must touch only its job; done runs in the caller's thread, once per job, in
 * the order the jobs were submitted. */
typedef void (*pool_work_fn)(void *job, void *ctx, void *worker);
typedef void (*pool_done_fn)(void *job, void *ctx);

struct pool;

/* New pool of `workers` threads (0: no thread, each job is worked and done
 * at submission) holding at most `capacity` jobs in flight (>= 1). work gets
 * ctx and the context of the thread it runs in: wctx[i] for thread i, the
 * caller's own state for each (an iCalendar writer, a decoder...); wctx has
 * max(workers, 1) elements (wctx[0] serves without threads). If fewer
 * threads start, the contexts of the others go unused. */
struct pool *pool_new(unsigned workers, size_t capacity, pool_work_fn work,
                      pool_done_fn done, void *ctx, void *const *wctx);

/* Hand job over; when the pool is full, first finishes the oldest jobs
 * (calling done on them, in order). */
void pool_submit(struct pool *p, void *job);

/* Finish every job submitted so far (done called in order). */
void pool_drain(struct pool *p);

/* Drain, stop the workers and free the pool; NULL is a no-op. */
void pool_free(struct pool *p);

#endif
