/* Unit tests of the ordered worker pool: every job is worked once and
 * finished in submission order, whatever the number of workers and the
 * capacity. */
#include "harness.h"

#include <stdbool.h>

#include "cli/pool.h"

struct job {
    size_t id;
    unsigned long value;
    int worked;
    size_t worker; /* the worker context it was worked with */
};

/* A worker context: the jobs it worked. */
struct wstate {
    size_t index;
    size_t jobs;
};

struct ctx {
    size_t next_done;
    size_t n_done;
    bool in_order;
};

static void work(void *job, void *ctx, void *wctx)
{
    (void)ctx;
    struct job *j = job;
    struct wstate *w = wctx;
    w->jobs++; /* only this worker's thread touches its context */
    j->worker = w->index;
    /* Uneven work so that workers finish out of order. */
    unsigned long v = j->id;
    for (size_t k = 0; k < (j->id % 7) * 2000; k++)
        v = v * 6364136223846793005ul + 1442695040888963407ul;
    j->value = v;
    j->worked++;
}

static void done(void *job, void *ctx)
{
    struct job *j = job;
    struct ctx *c = ctx;
    if (j->id != c->next_done || j->worked != 1)
        c->in_order = false;
    c->next_done++;
    c->n_done++;
}

static void run(unsigned workers, size_t capacity, size_t n)
{
    struct job *jobs = calloc(n, sizeof *jobs);
    struct ctx c = {0, 0, true};
    struct wstate ws[8] = {{0}};
    void *wctx[8];
    for (size_t i = 0; i < 8; i++) {
        ws[i].index = i;
        wctx[i] = &ws[i];
    }
    struct pool *p = pool_new(workers, capacity, work, done, &c, wctx);
    for (size_t i = 0; i < n; i++) {
        jobs[i].id = i;
        pool_submit(p, &jobs[i]);
        if (i == n / 2)
            pool_drain(p);
    }
    pool_free(p);
    assert_true(c.in_order);
    assert_int_equal(c.n_done, n);
    size_t per_worker[8] = {0};
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(jobs[i].worked, 1);
        assert_true(jobs[i].worker < (workers ? workers : 1));
        per_worker[jobs[i].worker]++;
    }
    /* each job was counted by the context it names, and by no other */
    for (size_t i = 0; i < 8; i++)
        assert_int_equal(per_worker[i], ws[i].jobs);
    free(jobs);
}

static void test_orders(void **state)
{
    (void)state;
    static const struct {
        unsigned workers;
        size_t capacity;
    } rows[] = {{0, 1}, {1, 1}, {2, 1}, {2, 64}, {4, 3}, {8, 128}};
    for (size_t i = 0; i < ARRAY_LEN(rows); i++)
        run(rows[i].workers, rows[i].capacity, 5000);
}

static void test_empty(void **state)
{
    (void)state;
    struct ctx c = {0, 0, true};
    struct wstate ws[2] = {{0}};
    void *wctx[2] = {&ws[0], &ws[1]};
    pool_free(pool_new(2, 4, work, done, &c, wctx));
    assert_int_equal(c.n_done, 0);
    pool_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_orders),
                                       cmocka_unit_test(test_empty)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
