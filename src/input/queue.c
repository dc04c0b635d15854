/* queue.c - the ordered work queue behind -j: a producer adds items in order, workers
 * take them in that order and finish them in any order, and a writer gets them back
 * strictly in the order they were added (a reorder buffer keyed by sequence number).
 * A ring of slots bounds the items in flight, and a byte budget their weight. */
#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <time.h>

#include "input/input.h"

typedef enum slot_state {
    SLOT_FREE = 0, /* no item */
    SLOT_WAITING,  /* added, not yet taken by a worker */
    SLOT_WORKING,  /* taken by a worker */
    SLOT_DONE      /* finished, waiting for the writer */
} slot_state;

typedef struct slot {
    void *item;
    size_t bytes;
    slot_state state;
    int nudged; /* the worker has output to hand over before it is done */
} slot;

struct cck_queue {
    pthread_mutex_t lock;
    pthread_cond_t room;     /* signalled when an item leaves: the producer may add */
    pthread_cond_t work;     /* signalled when an item is added, or at close/cancel */
    pthread_cond_t finished; /* signalled when the next item in order may be done */
    slot *slots;
    size_t capacity;  /* items in flight at most (the ring's size) */
    size_t max_bytes; /* weight in flight at most (one item may exceed it alone) */
    size_t bytes;     /* weight in flight now */
    size_t added;     /* sequence number of the next item added */
    size_t taken;     /* sequence number of the next item a worker takes */
    size_t popped;    /* sequence number of the next item the writer gets */
    int closed;
    int cancelled;
};

cck_queue *cck_queue_new(size_t max_items, size_t max_bytes)
{
    if (max_items == 0)
        max_items = 1;
    cck_queue *queue = cck_calloc(1, sizeof *queue);
    if (!queue)
        return NULL;
    queue->slots = cck_calloc(max_items, sizeof *queue->slots);
    if (!queue->slots) {
        cck_free(queue);
        return NULL;
    }
    queue->capacity = max_items;
    queue->max_bytes = max_bytes ? max_bytes : SIZE_MAX;
    int locks = pthread_mutex_init(&queue->lock, NULL) == 0;
    int conds = locks && pthread_cond_init(&queue->room, NULL) == 0;
    conds = conds && pthread_cond_init(&queue->work, NULL) == 0;
    conds = conds && pthread_cond_init(&queue->finished, NULL) == 0;
    if (!conds) {
        /* Creating these only fails for want of memory; undo what was made. */
        if (locks)
            pthread_mutex_destroy(&queue->lock);
        cck_free(queue->slots);
        cck_free(queue);
        return NULL;
    }
    return queue;
}

void cck_queue_free(cck_queue *queue)
{
    if (!queue)
        return;
    pthread_cond_destroy(&queue->room);
    pthread_cond_destroy(&queue->work);
    pthread_cond_destroy(&queue->finished);
    pthread_mutex_destroy(&queue->lock);
    cck_free(queue->slots);
    cck_free(queue);
}

static slot *slot_of(cck_queue *queue, size_t sequence)
{
    return &queue->slots[sequence % queue->capacity];
}

/* An item fits when a slot is free and its weight stays in the budget; an item
 * alone in the queue always fits, so that one heavy item cannot stop the run. */
static int fits(const cck_queue *queue, size_t bytes)
{
    size_t in_flight = queue->added - queue->popped;
    if (in_flight >= queue->capacity)
        return 0;
    if (in_flight == 0)
        return 1;
    return queue->bytes <= queue->max_bytes && bytes <= queue->max_bytes - queue->bytes;
}

int cck_queue_push(cck_queue *queue, void *item, size_t bytes, int done, int wait)
{
    pthread_mutex_lock(&queue->lock);
    while (!queue->cancelled && !fits(queue, bytes)) {
        if (!wait) {
            pthread_mutex_unlock(&queue->lock);
            return CCK_ELIMIT;
        }
        pthread_cond_wait(&queue->room, &queue->lock);
    }
    if (queue->cancelled || queue->closed) {
        pthread_mutex_unlock(&queue->lock);
        return CCK_ESTOP;
    }
    slot *s = slot_of(queue, queue->added);
    s->item = item;
    s->bytes = bytes;
    s->state = done ? SLOT_DONE : SLOT_WAITING;
    queue->bytes += bytes;
    queue->added++;
    /* Items already done are skipped by the workers when they reach them. */
    pthread_cond_signal(&queue->work);
    if (done)
        pthread_cond_broadcast(&queue->finished);
    pthread_mutex_unlock(&queue->lock);
    return CCK_OK;
}

void cck_queue_close(cck_queue *queue)
{
    pthread_mutex_lock(&queue->lock);
    queue->closed = 1;
    pthread_cond_broadcast(&queue->work);
    pthread_cond_broadcast(&queue->finished);
    pthread_mutex_unlock(&queue->lock);
}

void cck_queue_cancel(cck_queue *queue)
{
    pthread_mutex_lock(&queue->lock);
    queue->cancelled = 1;
    pthread_cond_broadcast(&queue->room);
    pthread_cond_broadcast(&queue->work);
    pthread_cond_broadcast(&queue->finished);
    pthread_mutex_unlock(&queue->lock);
}

int cck_queue_is_cancelled(cck_queue *queue)
{
    pthread_mutex_lock(&queue->lock);
    int cancelled = queue->cancelled;
    pthread_mutex_unlock(&queue->lock);
    return cancelled;
}

int cck_queue_take(cck_queue *queue, void **item, size_t *sequence)
{
    pthread_mutex_lock(&queue->lock);
    for (;;) {
        if (queue->cancelled)
            break;
        /* The writer may be ahead: items added done are given back without a worker
         * ever reaching them. Their slots may already hold later items, so start
         * after what the writer has, or a later item would be taken under an old
         * sequence number (and its finish would not wake the writer). */
        if (queue->taken < queue->popped)
            queue->taken = queue->popped;
        /* Skip the items that were added already done. */
        while (queue->taken < queue->added && slot_of(queue, queue->taken)->state != SLOT_WAITING)
            queue->taken++;
        if (queue->taken < queue->added) {
            slot *s = slot_of(queue, queue->taken);
            s->state = SLOT_WORKING;
            *item = s->item;
            *sequence = queue->taken++;
            pthread_mutex_unlock(&queue->lock);
            return 1;
        }
        if (queue->closed)
            break;
        pthread_cond_wait(&queue->work, &queue->lock);
    }
    pthread_mutex_unlock(&queue->lock);
    return 0;
}

void cck_queue_finish(cck_queue *queue, size_t sequence, size_t bytes)
{
    pthread_mutex_lock(&queue->lock);
    slot *s = slot_of(queue, sequence);
    queue->bytes -= s->bytes;
    queue->bytes += bytes;
    s->bytes = bytes;
    s->state = SLOT_DONE;
    if (sequence == queue->popped)
        pthread_cond_broadcast(&queue->finished);
    pthread_cond_signal(&queue->room); /* the weight may have gone down */
    pthread_mutex_unlock(&queue->lock);
}

/* The absolute time timeout_ms from now, for pthread_cond_timedwait. */
static struct timespec deadline_after(unsigned timeout_ms)
{
    struct timespec when;
    clock_gettime(CLOCK_REALTIME, &when);
    when.tv_sec += (time_t)(timeout_ms / 1000);
    when.tv_nsec += (long)(timeout_ms % 1000) * 1000000L;
    if (when.tv_nsec >= 1000000000L) {
        when.tv_sec++;
        when.tv_nsec -= 1000000000L;
    }
    return when;
}

int cck_queue_is_head(cck_queue *queue, size_t sequence)
{
    pthread_mutex_lock(&queue->lock);
    int head = !queue->cancelled && queue->popped == sequence;
    pthread_mutex_unlock(&queue->lock);
    return head;
}

void cck_queue_nudge(cck_queue *queue, size_t sequence)
{
    pthread_mutex_lock(&queue->lock);
    if (sequence >= queue->popped && sequence < queue->added) {
        slot_of(queue, sequence)->nudged = 1;
        if (sequence == queue->popped)
            pthread_cond_broadcast(&queue->finished);
    }
    pthread_mutex_unlock(&queue->lock);
}

int cck_queue_pop(cck_queue *queue, void **item, unsigned timeout_ms)
{
    struct timespec deadline;
    if (timeout_ms)
        deadline = deadline_after(timeout_ms);
    pthread_mutex_lock(&queue->lock);
    int result = 0;
    for (;;) {
        if (queue->cancelled)
            break;
        if (queue->popped < queue->added) {
            slot *s = slot_of(queue, queue->popped);
            if (s->nudged && s->state != SLOT_DONE) {
                s->nudged = 0;
                *item = s->item;
                result = CCK_QUEUE_NUDGED;
                break;
            }
            if (s->state == SLOT_DONE) {
                *item = s->item;
                queue->bytes -= s->bytes;
                memset(s, 0, sizeof *s);
                queue->popped++;
                pthread_cond_signal(&queue->room);
                result = 1;
                break;
            }
        } else if (queue->closed) {
            break;
        }
        if (!timeout_ms) {
            pthread_cond_wait(&queue->finished, &queue->lock);
        } else if (pthread_cond_timedwait(&queue->finished, &queue->lock, &deadline) ==
                   ETIMEDOUT) {
            result = CCK_ELIMIT;
            break;
        }
    }
    pthread_mutex_unlock(&queue->lock);
    return result;
}

int cck_queue_drain(cck_queue *queue, void **item)
{
    pthread_mutex_lock(&queue->lock);
    int result = 0;
    if (queue->popped < queue->added) {
        slot *s = slot_of(queue, queue->popped);
        *item = s->item;
        queue->bytes -= s->bytes;
        memset(s, 0, sizeof *s);
        queue->popped++;
        result = 1;
    }
    if (queue->taken < queue->popped)
        queue->taken = queue->popped;
    pthread_mutex_unlock(&queue->lock);
    return result;
}
