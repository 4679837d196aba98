/* Batch stage: an ordered pool of worker threads. The caller submits jobs
 * in order; workers take them in that order; the caller finishes them
 * (writes their outputs) strictly in order, waiting for the oldest.
 *
 * One mutex guards the shared indexes. Taking it once per job and thread
 * made it contended (a futex call per entry on two cores), so jobs move in
 * small batches: the caller publishes its submissions a few at a time, and
 * a worker claims, and later marks done, a few at once when the queue is
 * long. */
#include "cli/pool.h"

#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>

#include "base/util.h"

/* Jobs published, or claimed by one worker, at a time (at most). */
enum { BATCH = 4 };

struct slot {
    void *job;
    bool done;
};

/* What a worker thread starts with: its pool and its own context. */
struct worker {
    struct pool *pool;
    void *wctx;
};

struct pool {
    pool_work_fn work;
    pool_done_fn done;
    void *ctx;
    void *wctx0; /* the worker context used without threads */
    unsigned n_workers;
    pthread_t *threads;
    struct worker *workers;
    pthread_mutex_t mu;
    pthread_cond_t work_ready, job_done;
    struct slot *ring;
    size_t cap;
    /* The caller's alone: */
    size_t head;   /* oldest job not finished by the caller */
    size_t staged; /* next free slot; [tail, staged) not yet published */
    /* Under mu: */
    size_t claim;   /* next job a worker takes */
    size_t tail;    /* end of the published jobs */
    size_t awaited; /* the job the caller sleeps on, when sleeping */
    bool waiting;
    bool quit;
};

static void *worker_main(void *arg)
{
    struct worker *me = arg;
    struct pool *p = me->pool;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->claim == p->tail && !p->quit)
            pthread_cond_wait(&p->work_ready, &p->mu);
        if (p->claim == p->tail)
            break; /* quit, and nothing left */
        /* A fair share of the queue, up to BATCH: one job when it is short,
         * so that no worker idles while another holds several. */
        size_t first = p->claim, n = (p->tail - first) / (2 * p->n_workers);
        n = n < 1 ? 1 : n > BATCH ? BATCH : n;
        p->claim += n;
        pthread_mutex_unlock(&p->mu);
        for (size_t i = 0; i < n; i++) {
            struct slot *s = &p->ring[(first + i) % p->cap];
            p->work(s->job, p->ctx, me->wctx);
        }
        pthread_mutex_lock(&p->mu);
        for (size_t i = 0; i < n; i++)
            p->ring[(first + i) % p->cap].done = true;
        if (p->waiting && p->awaited - first < n)
            pthread_cond_signal(&p->job_done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

struct pool *pool_new(unsigned workers, size_t capacity, pool_work_fn work,
                      pool_done_fn done, void *ctx, void *const *wctx)
{
    struct pool *p = xcalloc(1, sizeof *p);
    p->work = work;
    p->done = done;
    p->ctx = ctx;
    p->wctx0 = wctx[0];
    p->cap = capacity ? capacity : 1;
    p->ring = xcalloc(p->cap, sizeof *p->ring);
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work_ready, NULL);
    pthread_cond_init(&p->job_done, NULL);
    if (workers > 0) {
        p->threads = xcalloc(workers, sizeof *p->threads);
        p->workers = xcalloc(workers, sizeof *p->workers);
        /* The workers block the signals they inherit this mask from: a
         * signal's handler then runs in the calling thread, the one that
         * makes the temporary files, never beside it. */
        sigset_t all, old;
        sigfillset(&all);
        pthread_sigmask(SIG_BLOCK, &all, &old);
        for (unsigned i = 0; i < workers; i++) {
            p->workers[i] = (struct worker){p, wctx[i]};
            if (pthread_create(&p->threads[i], NULL, worker_main, &p->workers[i]) != 0)
                break; /* fewer threads: still correct */
            p->n_workers++;
        }
        pthread_sigmask(SIG_SETMASK, &old, NULL);
    }
    return p;
}

/* Hand the staged jobs over to the workers. */
static void publish(struct pool *p)
{
    if (p->staged == p->tail) /* tail only moves here, in this thread */
        return;
    pthread_mutex_lock(&p->mu);
    size_t n = p->staged - p->tail;
    p->tail = p->staged;
    if (n > 1)
        pthread_cond_broadcast(&p->work_ready);
    else
        pthread_cond_signal(&p->work_ready);
    pthread_mutex_unlock(&p->mu);
}

/* Sleep until the job at index (in [head, staged)) is done. */
static void await_job(struct pool *p, size_t index)
{
    publish(p); /* it may still be staged */
    struct slot *s = &p->ring[index % p->cap];
    pthread_mutex_lock(&p->mu);
    while (!s->done) {
        p->awaited = index;
        p->waiting = true;
        pthread_cond_wait(&p->job_done, &p->mu);
    }
    p->waiting = false;
    pthread_mutex_unlock(&p->mu);
}

/* Finish the oldest job: wait for a worker to be done with it, then call
 * done in this thread. */
static void finish_oldest(struct pool *p)
{
    struct slot *s = &p->ring[p->head % p->cap];
    await_job(p, p->head);
    p->done(s->job, p->ctx);
    s->job = NULL;
    s->done = false;
    p->head++;
}

void pool_submit(struct pool *p, void *job)
{
    if (p->n_workers == 0) {
        p->work(job, p->ctx, p->wctx0);
        p->done(job, p->ctx);
        return;
    }
    if (p->staged - p->head == p->cap) {
        /* Full: sleep until the older half is done, then finish it at once.
         * This thread wakes once per half ring rather than once per job,
         * and the workers keep a queue meanwhile. */
        size_t half = p->cap > 1 ? p->cap / 2 : 1;
        await_job(p, p->head + half - 1);
        while (p->staged - p->head > p->cap - half)
            finish_oldest(p);
    }
    /* The slot is free (finished) and no worker looks at it until published;
     * done is false since it was finished. */
    p->ring[p->staged % p->cap].job = job;
    p->staged++;
    if (p->staged - p->tail >= BATCH)
        publish(p);
}

void pool_drain(struct pool *p)
{
    publish(p);
    while (p->head != p->staged)
        finish_oldest(p);
}

void pool_free(struct pool *p)
{
    if (!p)
        return;
    pool_drain(p);
    pthread_mutex_lock(&p->mu);
    p->quit = true;
    pthread_cond_broadcast(&p->work_ready);
    pthread_mutex_unlock(&p->mu);
    for (unsigned i = 0; i < p->n_workers; i++)
        pthread_join(p->threads[i], NULL);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->work_ready);
    pthread_cond_destroy(&p->job_done);
    free(p->threads);
    free(p->workers);
    free(p->ring);
    free(p);
}
