/* run.c - a scan run: the producer walks the paths and cuts streams into batches of
 * records, workers render each job into its own buffers, and the writer prints the
 * jobs whole in the order they were made, whatever the thread timing (the ordered
 * queue of input/queue.c). With -j1 the same steps run one after another on the
 * calling thread. Only the writer touches stdout and stderr while a run is on. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "report/formats.h"

#define STDIN_NAME "<stdin>"

/* A batch of stream records ends at this many records or bytes. */
#define BATCH_RECORDS 1024
#define BATCH_BYTES ((size_t)1 << 20)
/* Files travel together in one job until they add up to this many, or bytes. */
#define BATCH_FILES 16
#define BATCH_FILE_BYTES ((size_t)64 << 10)
/* Jobs in flight per worker, and the bytes (inputs read, outputs not yet written)
 * they may hold together, beyond one job alone. */
#define JOBS_PER_WORKER 8
#define QUEUE_BYTES ((size_t)64 << 20)
/* How often the writer wakes to redraw the progress bar when nothing is written. */
#define PROGRESS_WAKE_MS 100

typedef struct run {
    const cli_options *options;
    const cck_engine *engine;
    const cck_text_style *out_style;
    const cck_text_style *err_style;
    cli_worker *workers; /* options->jobs of them; workers[0] serves -j1 */
    size_t worker_count;
    cck_queue *queue;    /* NULL with -j1 */
    cli_progress *progress;
    cck_glob **includes;
    cck_glob **excludes;
    /* Written by the writer only. */
    cck_report_totals totals;
    cck_report_run summary_run; /* --summary: ranked as the jobs are written */
    cck_buf summary;
    const struct printer *printer; /* a whole-run format's printer, else NULL */
    cck_report_run report_run;     /* its state from one entry to the next */
    cck_buf report;                /* what it printed last, before it is written */
    int had_error;
    int failed;
    int stopped;     /* stdout is gone (broken pipe) or failing: read no more */
    int write_errno; /* errno of a failed write other than a broken pipe */
    /* Written by the producer only. */
    int out_of_memory;
    int out_is_file; /* stdout is a regular file, with this device and inode */
    dev_t out_dev;
    ino_t out_ino;
    cli_job *files;  /* the FILE job being filled */
    /* -j2 and more: stdout bytes handed over early by the worker of the job the
     * writer waits for (only that job hands over, so one buffer is enough). */
    pthread_mutex_t pending_lock;
    pthread_cond_t drained;  /* the writer took the pending bytes */
    cck_buf pending;
    int stopping;            /* under pending_lock: the writer has stopped */
    size_t written;          /* under pending_lock: jobs the writer has finished, so
                              * the job numbered `written` may hand over */
    cli_job *partial;        /* writer: the job whose report is partly written */
    /* -j1: the line and output buffers of the last batch of records, emptied, for the
     * next batch. A batch's report grows to about CLI_HAND_OVER_BYTES: grown anew
     * each time, from nothing, it was copied over and over by realloc. */
    cck_buf spare_lines;
    cck_buf spare_out;
} run;

/* A worker waits for the writer when this much is already handed over. */
#define PENDING_MAX (4 * CLI_HAND_OVER_BYTES)

/* ---- the writer ----------------------------------------------------------------------- */

/* The whole-run formats, in cli_format order from CLI_FORMAT_JSON (formats.h). */
typedef struct printer {
    int (*begin)(cck_buf *out, cck_report_run *run);
    int (*entry)(cck_buf *out, cck_report_run *run, const cck_report_entry *entry);
    int (*end)(cck_buf *out, cck_report_run *run);
} printer;

static const printer printers[] = {
    {cck_report_json_begin, cck_report_json_entry, cck_report_json_end},
    {cck_report_sarif_begin, cck_report_sarif_entry, cck_report_sarif_end},
    {cck_report_csv_begin, cck_report_csv_entry, cck_report_csv_end},
    {cck_report_html_begin, cck_report_html_entry, cck_report_html_end},
};
_Static_assert(sizeof printers / sizeof printers[0] == CLI_FORMAT_HTML - CLI_FORMAT_JSON + 1,
               "one printer per whole-run format");

/* A report buffer grown past this by one huge entry is given back after it. */
#define REPORT_KEEP_BYTES ((size_t)4 << 20)

static void add_totals(cck_report_totals *total, const cck_report_totals *part)
{
    total->documents += part->documents;
    total->records += part->records;
    for (size_t i = 0; i < CCK_ARRAY_LEN(total->findings); i++)
        total->findings[i] += part->findings[i];
    total->problems += part->problems;
    total->suppression_warnings += part->suppression_warnings;
}

static void stop(run *r, int error)
{
    r->stopped = 1;
    if (error != EPIPE && !r->write_errno)
        r->write_errno = error ? error : EIO;
    if (r->queue) {
        cck_queue_cancel(r->queue);
        pthread_mutex_lock(&r->pending_lock);
        r->stopping = 1;
        pthread_cond_broadcast(&r->drained);
        pthread_mutex_unlock(&r->pending_lock);
    }
}

/* Writes bytes to stdout; a failure stops the run. */
static void write_out(run *r, const char *data, size_t len)
{
    if (r->stopped || len == 0)
        return;
    cli_progress_clear(r->progress);
    errno = 0;
    if (fwrite(data, 1, len, stdout) != len)
        stop(r, errno);
}

/* Writes what the whole-run printer printed and empties its buffer. */
static void write_report(run *r)
{
    write_out(r, r->report.data, r->report.len);
    if (r->report.cap > REPORT_KEEP_BYTES)
        cck_buf_free(&r->report);
    else
        cck_buf_clear(&r->report);
}

/* Writes what the worker of the job at the head of the queue handed over so far. */
static void write_pending(run *r)
{
    cck_buf bytes;
    cck_buf_init(&bytes);
    pthread_mutex_lock(&r->pending_lock);
    bytes = r->pending;
    cck_buf_init(&r->pending);
    pthread_cond_broadcast(&r->drained);
    pthread_mutex_unlock(&r->pending_lock);
    write_out(r, bytes.data, bytes.len);
    cck_buf_free(&bytes);
}

/* -j1: a long report is written as it grows (this thread is the writer). */
static int hand_over_direct(void *data, cli_job *job)
{
    run *r = data;
    write_out(r, job->output.out.data, job->output.out.len);
    cck_buf_clear(&job->output.out);
    return r->stopped;
}

/* -j2 and more: a long report is handed to the writer, but only by the job it waits
 * for, once the writer has finished every job before it (not merely taken it from
 * the queue); the others hold theirs until they are done. The worker waits while
 * the writer is behind, so the bytes in hand stay bounded. */
static int hand_over_queued(void *data, cli_job *job)
{
    run *r = data;
    cck_buf *out = &job->output.out;
    pthread_mutex_lock(&r->pending_lock);
    if (r->written != job->sequence) {
        int stopping = r->stopping;
        pthread_mutex_unlock(&r->pending_lock);
        return stopping;
    }
    while (r->pending.len >= PENDING_MAX && !r->stopping)
        pthread_cond_wait(&r->drained, &r->pending_lock);
    int stopping = r->stopping;
    int status = CCK_OK;
    if (!stopping) {
        if (r->pending.len == 0) {
            cck_buf spare = r->pending;
            r->pending = *out;
            *out = spare;
        } else {
            status = cck_buf_append(&r->pending, out->data, out->len);
        }
    }
    pthread_mutex_unlock(&r->pending_lock);
    if (stopping)
        return 1;
    if (status == CCK_OK)
        cck_buf_clear(out); /* else: kept, and handed over (or written) later */
    cck_queue_nudge(r->queue, job->sequence);
    return 0;
}

/* Prints a job's messages and output and adds up its counts. */
/* --summary: hands the job's scanned records to the summary, in output order. */
static void rank_summary(run *r, const cli_output *output)
{
    for (size_t i = 0; i < output->summary_count; i++) {
        const cli_summary_item *item = &output->summary[i];
        cck_report_record record = {.kind = item->kind,
                                    .path = output->summary_names.data + item->name,
                                    .record = item->record,
                                    .line = item->line,
                                    .id = item->has_id ? output->summary_names.data + item->id
                                                       : NULL,
                                    .id_length = item->id_length,
                                    .text = item->scanned ? "" : NULL,
                                    .length = item->bytes};
        /* the message was printed with the job's errors; the summary only counts it */
        cck_report_entry entry = {.record = &record,
                                  .profile = item->scanned ? &item->profile : NULL,
                                  .error = item->failed ? "see the errors above" : NULL};
        if (cck_report_summary_entry_counts(&r->summary, &r->summary_run, &entry,
                                            &item->reported) != CCK_OK)
            r->out_of_memory = 1;
    }
}

/* A whole-run format: the job's files and records, printed in order. */
static void print_entries(run *r, const cli_output *output)
{
    for (size_t i = 0; i < output->entry_count && !r->stopped; i++) {
        cck_report_record record;
        cck_report_entry entry;
        cli_output_entry(output, i, &record, &entry);
        if (r->printer->entry(&r->report, &r->report_run, &entry) != CCK_OK)
            r->out_of_memory = 1;
        write_report(r);
    }
}

static void emit(run *r, cli_job *job)
{
    cli_output *output = &job->output;
    add_totals(&r->totals, &output->totals);
    if (r->options->summary)
        rank_summary(r, output);
    r->had_error |= output->had_error;
    r->failed |= output->failed;
    r->partial = NULL;
    if (r->queue)
        write_pending(r); /* what it handed over comes first */
    if (r->stopped)
        return;
    if (output->err.len) {
        cli_progress_clear(r->progress);
        fwrite(output->err.data, 1, output->err.len, stderr);
        fflush(stderr);
    }
    write_out(r, output->out.data, output->out.len);
    if (r->printer)
        print_entries(r, output);
    if (r->stopped)
        return;
    if (output->flush) {
        errno = 0;
        if (fflush(stdout) != 0) {
            stop(r, errno);
            return;
        }
    }
    cli_progress_add(r->progress, output);
    cli_progress_tick(r->progress);
}

static void *writer_main(void *data)
{
    run *r = data;
    unsigned wake = r->progress ? PROGRESS_WAKE_MS : 0;
    for (;;) {
        void *item = NULL;
        int got = cck_queue_pop(r->queue, &item, wake);
        if (got == CCK_ELIMIT) {
            cli_progress_tick(r->progress);
            continue;
        }
        if (got == CCK_QUEUE_NUDGED) {
            r->partial = item;
            write_pending(r);
            continue;
        }
        if (got != 1)
            break;
        emit(r, item);
        cli_job_free(item);
        /* Only now may the next job hand its report over. */
        pthread_mutex_lock(&r->pending_lock);
        r->written++;
        pthread_mutex_unlock(&r->pending_lock);
    }
    return NULL;
}

static void *worker_main(void *data)
{
    cli_worker *worker = data;
    cck_queue *queue = worker->queue;
    void *item;
    size_t sequence;
    while (cck_queue_take(queue, &item, &sequence) == 1) {
        cli_job *job = item;
        job->sequence = sequence;
        cli_job_run(worker, job);
        cck_queue_finish(queue, sequence, cli_output_weight(&job->output));
    }
    return NULL;
}

/* ---- the producer ------------------------------------------------------------------- */

/* Hands a job on: to the queue (done: it needs no worker), or with -j1 straight to
 * the scan and the writer. Returns CCK_ESTOP when the run is stopping (the job is
 * freed either way). */
static int submit_now(run *r, cli_job *job, int done);

/* Sends the FILE job being filled, if any. */
static int flush_files(run *r)
{
    cli_job *job = r->files;
    r->files = NULL;
    return job ? submit_now(r, job, 0) : CCK_OK;
}

/* Anything else that is sent goes after the files gathered so far. */
static int submit(run *r, cli_job *job, int done)
{
    if (flush_files(r) != CCK_OK) {
        cli_job_free(job);
        return CCK_ESTOP;
    }
    return submit_now(r, job, done);
}

/* Keeps the emptied buffers of a records job that is done (-j1), unless some are
 * kept already. */
static void keep_spares(run *r, cli_job *job)
{
    if (job->kind != CLI_JOB_RECORDS)
        return;
    if (!r->spare_lines.data && job->lines.data) {
        r->spare_lines = job->lines;
        cck_buf_init(&job->lines);
        cck_buf_clear(&r->spare_lines);
    }
    if (!r->spare_out.data && job->output.out.data) {
        r->spare_out = job->output.out;
        cck_buf_init(&job->output.out);
        cck_buf_clear(&r->spare_out);
    }
}

/* Gives a new records job the kept buffers (-j1). */
static void use_spares(run *r, cli_job *job)
{
    if (!job->lines.data) {
        job->lines = r->spare_lines;
        cck_buf_init(&r->spare_lines);
    }
    if (!job->output.out.data) {
        job->output.out = r->spare_out;
        cck_buf_init(&r->spare_out);
    }
}

static int submit_now(run *r, cli_job *job, int done)
{
    if (r->queue) {
        if (cck_queue_push(r->queue, job, job->weight, done, 1) != CCK_OK) {
            cli_job_free(job);
            return CCK_ESTOP;
        }
        return CCK_OK;
    }
    if (!done)
        cli_job_run(&r->workers[0], job);
    emit(r, job);
    keep_spares(r, job);
    cli_job_free(job);
    cli_progress_tick(r->progress);
    return r->stopped ? CCK_ESTOP : CCK_OK;
}

/* A message job: "path:line: error: message", or a note. */
static int submit_message(run *r, const char *path, size_t line, const char *message,
                          int is_note)
{
    cli_job *job = cli_job_new(CLI_JOB_MESSAGE, path);
    if (!job) {
        r->out_of_memory = 1;
        return CCK_ENOMEM;
    }
    if (is_note) {
        cli_output_note(&job->output, r->options, path, message, r->err_style);
    } else {
        cli_output_problem(&job->output, path, line, 0, message, r->err_style);
        job->output.totals.problems++;
    }
    return submit(r, job, 1);
}

/* A file or stream that could not be opened: an error and, in JSON Lines, an object
 * saying so. */
static int submit_failed(run *r, const char *path, const char *message)
{
    cli_job *job = cli_job_new(CLI_JOB_MESSAGE, path);
    if (!job) {
        r->out_of_memory = 1;
        return CCK_ENOMEM;
    }
    cck_report_record record = {.kind = CCK_REPORT_DOCUMENT, .path = job->path};
    cli_output_failed(&job->output, r->options, &record, 0, message, r->err_style);
    return submit(r, job, 1);
}

static int submit_file(run *r, const char *path, size_t size, int walked)
{
    if (r->files && r->files->weight + size > BATCH_FILE_BYTES &&
        flush_files(r) != CCK_OK)
        return CCK_ESTOP;
    if (!r->files) {
        r->files = cli_job_new(CLI_JOB_FILE, path);
        if (!r->files) {
            r->out_of_memory = 1;
            return CCK_ENOMEM;
        }
    }
    cli_job *job = r->files;
    if (cli_job_add_file(job, path, walked) != CCK_OK) {
        r->out_of_memory = 1;
        return CCK_ENOMEM;
    }
    job->weight += size;
    cli_progress_found(r->progress, 1);
    if (job->file_count >= BATCH_FILES || job->weight >= BATCH_FILE_BYTES)
        return flush_files(r);
    return CCK_OK;
}

/* Cuts a stream into batches of records. When the stream is not a regular file (a
 * pipe, a terminal), a batch also ends whenever reading on would wait, and its
 * output is flushed, so that `tail -f posts | claimcheck -i lines` answers each
 * line as it comes. */
static int produce_stream(run *r, FILE *stream, const char *path, int is_stdin,
                          cck_record_mode mode)
{
    struct stat st;
    int interactive = fstat(fileno(stream), &st) != 0 || !S_ISREG(st.st_mode);
    cck_record_options options = {.mode = mode,
                                  .max_record_bytes = r->options->max_record_bytes,
                                  .field = r->options->field,
                                  .id_field = r->options->id_field};
    cck_record_reader *reader = cck_record_reader_new(stream, &options);
    if (!reader)
        return submit_message(r, path, 0, cck_status_string(CCK_ENOMEM), 0);
    int status = CCK_OK;
    cli_job *job = NULL;
    /* The reader writes the error only when it fails, and then the loop ends: one
     * clearing serves every line (it is a kilobyte). */
    cck_error error;
    cck_error_clear(&error);
    for (;;) {
        if (!job) {
            job = cli_job_new(CLI_JOB_RECORDS, path);
            if (!job) {
                status = submit_message(r, path, 0, cck_status_string(CCK_ENOMEM), 0);
                break;
            }
            job->mode = mode;
            job->is_stdin = is_stdin;
            if (!r->queue)
                use_spares(r, job);
        }
        cck_line line;
        int got = cck_record_reader_next_line(reader, &line, &error);
        if (got < 0) {
            /* What was read so far goes out first, then the read error. */
            if (job->count) {
                job->output.flush = interactive;
                status = submit(r, job, 0);
                job = NULL;
            }
            if (status == CCK_OK)
                status = submit_message(r, path, error.line, error.message, 0);
            break;
        }
        if (got == 0)
            break;
        if (line.in_buffer && job->count == 0 && line.length >= BATCH_BYTES) {
            /* A very long line is handed over, not copied. */
            cck_record_reader_give_line(reader, &job->lines);
            status = cli_job_add_ref(job, 0, line.length, line.number, line.too_long);
        } else {
            status = cli_job_add_line(job, line.text, line.length, line.number,
                                      line.too_long);
        }
        if (status != CCK_OK) {
            status = submit_message(r, path, line.number, cck_status_string(CCK_ENOMEM), 0);
            break;
        }
        job->weight = job->lines.len;
        int full = job->count >= BATCH_RECORDS || job->lines.len >= BATCH_BYTES;
        int would_wait = interactive && !cck_record_reader_has_line(reader);
        if (full || would_wait) {
            job->output.flush = interactive;
            status = submit(r, job, 0);
            job = NULL;
            if (status != CCK_OK)
                break;
        }
    }
    if (job && (job->count || !is_stdin) && status == CCK_OK) {
        /* The last batch (perhaps empty) counts the file as done. */
        job->output.flush = interactive;
        job->output.files = !is_stdin;
        status = submit(r, job, job->count == 0);
    } else {
        cli_job_free(job);
    }
    cck_record_reader_free(reader);
    return status;
}

/* The offset of a NUL byte in the first CCK_INPUT_BINARY_PROBE bytes of a regular
 * file, which is then read again from the top; (size_t)-1 when there is none (or the
 * file cannot be read: the stream reports that). */
static size_t find_binary(FILE *stream)
{
    char probe[CCK_INPUT_BINARY_PROBE];
    size_t got = fread(probe, 1, sizeof probe, stream);
    size_t nul = cck_input_find_binary(probe, got);
    if (fseek(stream, 0, SEEK_SET) != 0)
        return (size_t)-1;
    clearerr(stream);
    return nul;
}

static int produce_file(run *r, const char *path, size_t size, int walked)
{
    cli_input input = cli_input_for(r->options, path);
    if (input == CLI_INPUT_TEXT || input == CLI_INPUT_MARKDOWN || input == CLI_INPUT_HTML)
        return submit_file(r, path, size, walked);
    FILE *stream = fopen(path, "rb");
    struct stat st;
    if (!stream || fstat(fileno(stream), &st) != 0 || S_ISDIR(st.st_mode)) {
        char message[600];
        if (stream)
            snprintf(message, sizeof message, "is a folder");
        else
            snprintf(message, sizeof message, "cannot open: %s", strerror(errno));
        if (stream)
            fclose(stream);
        return submit_failed(r, path, message);
    }
    cli_progress_found(r->progress, 1);
    /* A walk with --input lines or jsonl reads every file it finds: one that looks
     * binary (images, programs) is skipped with a note, as a text file would be. A
     * named file is what the user asked for: each NUL is an error of its record. */
    size_t nul = walked && S_ISREG(st.st_mode) ? find_binary(stream) : (size_t)-1;
    if (nul != (size_t)-1) {
        char message[128];
        snprintf(message, sizeof message, "binary file (NUL byte at offset %zu), skipped", nul);
        fclose(stream);
        return submit_message(r, path, 0, message, 1);
    }
    int status = produce_stream(r, stream, path, 0,
                                input == CLI_INPUT_JSONL ? CCK_RECORD_JSONL : CCK_RECORD_LINES);
    fclose(stream);
    return status;
}

/* In a folder walk with --input auto and no --include, only files whose extension
 * says they hold prose are read (named files are always read, whatever their name). */
static const char *const prose_extensions[] = {".txt", ".text", ".md", ".markdown",
                                               ".html", ".htm", ".jsonl", ".ndjson"};

static int is_prose_file(const char *path)
{
    const char *const *extensions = prose_extensions;
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (!dot || (slash && dot < slash))
        return 0;
    for (size_t i = 0; i < CCK_ARRAY_LEN(prose_extensions); i++) {
        const char *ext = extensions[i];
        size_t n = strlen(ext);
        if (strlen(dot) != n)
            continue;
        size_t j = 0;
        while (j < n && cck_ascii_lower((unsigned char)dot[j]) == (unsigned char)ext[j])
            j++;
        if (j == n)
            return 1;
    }
    return 0;
}

/* A folder walk that read no file: a note that says which filter left everything out
 * and what to do, so that an empty report is not taken for a clean one. found counts
 * the files the walk returned, of which none had a prose extension (when filtered);
 * not_included the files that no --include took in. */
static int note_nothing_read(run *r, const char *root, size_t found, int filtered,
                             size_t not_included)
{
    const cli_options *options = r->options;
    cck_buf message;
    cck_buf_init(&message);
    int status = CCK_OK;
    if (options->include_count && not_included > 0) {
        status |= cck_buf_puts(&message, "no file read: none matched");
        for (size_t i = 0; i < options->include_count; i++)
            status |= cck_buf_printf(&message, "%s --include '%s'", i ? "," : "",
                                     options->includes[i]);
        status |= cck_buf_puts(&message, " (a GLOB without '/' matches the base name, one "
                                         "with '/' the path inside this folder); change "
                                         "or add --include");
    } else if (filtered && found) {
        if (found == 1)
            status |= cck_buf_puts(&message, "no file read: the one file found has no prose "
                                             "extension (");
        else
            status |= cck_buf_printf(&message, "no file read: none of the %zu files found "
                                               "has a prose extension (",
                                     found);
        for (size_t i = 0; i < CCK_ARRAY_LEN(prose_extensions); i++)
            status |= cck_buf_printf(&message, "%s*%s", i ? ", " : "", prose_extensions[i]);
        status |= cck_buf_puts(&message, "); to read others, name them with --include GLOB, "
                                         "e.g. --include '*.rst'");
    } else {
        status |= cck_buf_puts(&message, "no file read: the walk found no file (entries "
                                         "starting with '.', paths ignored by .gitignore "
                                         "and --exclude are skipped; see --hidden and "
                                         "--no-ignore)");
    }
    if (status != CCK_OK) {
        cck_buf_free(&message);
        r->out_of_memory = 1;
        return CCK_ENOMEM;
    }
    status = submit_message(r, root, 0, message.data, 1);
    cck_buf_free(&message);
    return status;
}

static int produce_folder(run *r, const char *root)
{
    const cli_options *options = r->options;
    cck_walk_options walk_options = {
        .hidden = options->hidden,
        .follow = options->follow,
        .gitignore = !options->no_ignore,
        .include = (const cck_glob *const *)r->includes,
        .include_count = options->include_count,
        .exclude = (const cck_glob *const *)r->excludes,
        .exclude_count = options->exclude_count};
    cck_walk *walk = cck_walk_new(root, &walk_options);
    if (!walk)
        return submit_message(r, root, 0, cck_status_string(CCK_ENOMEM), 0);
    int status = CCK_OK;
    int filter = options->input == CLI_INPUT_AUTO && options->include_count == 0;
    size_t found = 0, read = 0, errors = 0;
    while (status != CCK_ESTOP) {
        const char *path = NULL;
        cck_error error;
        int got = cck_walk_next(walk, &path, &error);
        if (got == 0)
            break;
        if (got == 1) {
            found++;
            if (r->out_is_file && cck_walk_is_file(walk, r->out_dev, r->out_ino)) {
                /* "claimcheck articles/ > articles/report.txt": the report would be
                 * read while it is written, and grow without end */
                read++;
                status = submit_message(r, path, 0,
                                        "this run's output (standard output), skipped",
                                        1);
            } else if (!filter || is_prose_file(path)) {
                read++;
                status = produce_file(r, path, cck_walk_get_size(walk), 1);
            }
        } else if (got == CCK_WALK_NOTE) {
            status = submit_message(r, path ? path : root, 0, error.message, 1);
        } else {
            /* A folder or entry that cannot be read: in JSON Lines it gets an object
             * with its error, like a file that cannot be opened. */
            errors++;
            status = submit_failed(r, path ? path : root, error.message);
        }
    }
    size_t not_included = cck_walk_get_not_included(walk);
    cck_walk_free(walk);
    /* after an error, that error is the reason */
    if (status != CCK_ESTOP && read == 0 && errors == 0)
        status = note_nothing_read(r, root, found, filter, not_included);
    return status;
}

static int produce_path(run *r, const char *path)
{
    if (strcmp(path, "-") == 0) {
        cli_input input = cli_input_for(r->options, NULL);
        const char *name = r->options->label ? r->options->label : STDIN_NAME;
        if (input == CLI_INPUT_TEXT || input == CLI_INPUT_MARKDOWN || input == CLI_INPUT_HTML) {
            cli_job *job = cli_job_new(CLI_JOB_STDIN, name);
            if (!job)
                return submit_message(r, name, 0, cck_status_string(CCK_ENOMEM), 0);
            return submit(r, job, 0);
        }
        return produce_stream(r, stdin, name, !r->options->label,
                              input == CLI_INPUT_JSONL ? CCK_RECORD_JSONL : CCK_RECORD_LINES);
    }
    struct stat st;
    int known = stat(path, &st) == 0;
    if (known && S_ISDIR(st.st_mode))
        return produce_folder(r, path);
    if (known && r->out_is_file && st.st_dev == r->out_dev && st.st_ino == r->out_ino)
        return submit_failed(r, path, "is also this run's output (standard output): write "
                                      "the report to another file");
    return produce_file(r, path, known ? (size_t)st.st_size : 0, 0);
}

static void produce(run *r)
{
    const cli_options *options = r->options;
    if (options->path_count == 0) {
        produce_path(r, "-");
    } else {
        for (size_t i = 0; i < options->path_count; i++)
            if (produce_path(r, options->paths[i]) == CCK_ESTOP)
                break;
    }
    flush_files(r); /* freed, not run, when the run is stopping */
    cli_progress_walk_done(r->progress);
}

/* ---- the run -------------------------------------------------------------------------- */

static void free_globs(cck_glob **globs, size_t count)
{
    if (!globs)
        return;
    for (size_t i = 0; i < count; i++)
        cck_glob_free(globs[i]);
    cck_free(globs);
}

static int compile_globs(const char *const *patterns, size_t count, cck_glob ***out)
{
    *out = NULL;
    if (count == 0)
        return CCK_OK;
    cck_glob **globs = cck_calloc(count, sizeof *globs);
    if (!globs)
        return CCK_ENOMEM;
    for (size_t i = 0; i < count; i++) {
        int status = cck_glob_new(patterns[i], strlen(patterns[i]), &globs[i]);
        if (status != CCK_OK) {
            free_globs(globs, count);
            return status;
        }
    }
    *out = globs;
    return CCK_OK;
}

/* Runs the pool: worker threads, a writer thread, and the producer on this thread. */
static int run_pool(run *r)
{
    size_t n = r->worker_count;
    pthread_t *threads = cck_calloc(n, sizeof *threads);
    pthread_t writer;
    size_t started = 0;
    int writer_started = 0;
    r->queue = cck_queue_new(n * JOBS_PER_WORKER, QUEUE_BYTES);
    if (!threads || !r->queue)
        goto fail;
    for (; started < n; started++) {
        r->workers[started].queue = r->queue;
        r->workers[started].hand_over = hand_over_queued;
        r->workers[started].hand_over_data = r;
        if (pthread_create(&threads[started], NULL, worker_main, &r->workers[started]) != 0)
            break;
    }
    if (started == 0)
        goto fail;
    if (pthread_create(&writer, NULL, writer_main, r) != 0)
        goto fail;
    writer_started = 1;
    produce(r);
    cck_queue_close(r->queue);
    pthread_join(writer, NULL);
    for (size_t i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    void *item;
    while (cck_queue_drain(r->queue, &item) == 1) {
        /* A report cut short by a closed pipe still earns its status. */
        if (item == r->partial) {
            r->had_error |= ((cli_job *)item)->output.had_error;
            r->failed |= ((cli_job *)item)->output.failed;
        }
        cli_job_free(item);
    }
    cck_queue_free(r->queue);
    r->queue = NULL;
    cck_free(threads);
    return CCK_OK;

fail:
    if (r->queue) {
        cck_queue_cancel(r->queue);
        for (size_t i = 0; i < started; i++)
            pthread_join(threads[i], NULL);
        if (writer_started)
            pthread_join(writer, NULL);
        cck_queue_free(r->queue);
        r->queue = NULL;
    }
    cck_free(threads);
    return CCK_ENOMEM;
}

int cli_scan(const cli_options *options, const cck_engine *engine,
             const cck_text_style *out_style, const cck_text_style *err_style,
             int *stopped)
{
    run r;
    memset(&r, 0, sizeof r);
    cck_report_run_init(&r.summary_run, NULL);
    cck_buf_init(&r.summary);
    cck_report_options report_options = {.title = options->title};
    cck_report_run_init(&r.report_run, &report_options);
    cck_buf_init(&r.report);
    if (options->summary && cck_report_summary_begin(&r.summary, &r.summary_run) != CCK_OK)
        r.out_of_memory = 1;
    r.options = options;
    r.engine = engine;
    struct stat out;
    if (fstat(STDOUT_FILENO, &out) == 0 && S_ISREG(out.st_mode)) {
        r.out_is_file = 1;
        r.out_dev = out.st_dev;
        r.out_ino = out.st_ino;
    }
    r.out_style = out_style;
    r.err_style = err_style;
    int status = CCK_OK;
    if (compile_globs(options->includes, options->include_count, &r.includes) != CCK_OK ||
        compile_globs(options->excludes, options->exclude_count, &r.excludes) != CCK_OK) {
        fprintf(stderr, "claimcheck: error: out of memory\n");
        free_globs(r.includes, options->include_count);
        return CLI_EXIT_ERROR;
    }
    r.worker_count = options->jobs ? options->jobs : 1;
    r.workers = cck_calloc(r.worker_count, sizeof *r.workers);
    size_t ready = 0;
    if (r.workers) {
        for (; ready < r.worker_count; ready++)
            if (cli_worker_init(&r.workers[ready], options, engine, out_style, err_style) !=
                CCK_OK)
                break;
    }
    if (ready < r.worker_count) {
        fprintf(stderr, "claimcheck: error: out of memory\n");
        status = CCK_ENOMEM;
        goto done;
    }
    r.progress = cli_progress_new(options);
    if (CLI_FORMAT_IS_WHOLE_RUN(options->format)) {
        r.printer = &printers[options->format - CLI_FORMAT_JSON];
        if (r.printer->begin(&r.report, &r.report_run) != CCK_OK)
            r.out_of_memory = 1;
        write_report(&r);
    }
    if (r.worker_count > 1) {
        cck_record_prepare_threads();
        cck_buf_init(&r.pending);
        if (pthread_mutex_init(&r.pending_lock, NULL) != 0) {
            status = CCK_ENOMEM;
        } else {
            if (pthread_cond_init(&r.drained, NULL) != 0) {
                status = CCK_ENOMEM;
            } else {
                status = run_pool(&r);
                pthread_cond_destroy(&r.drained);
            }
            pthread_mutex_destroy(&r.pending_lock);
        }
        cck_buf_free(&r.pending);
        if (status != CCK_OK)
            fprintf(stderr, "claimcheck: error: cannot start the worker threads\n");
    } else {
        r.workers[0].hand_over = hand_over_direct;
        r.workers[0].hand_over_data = &r;
        produce(&r);
    }
    cli_progress_clear(r.progress);
    if (r.printer && !r.stopped) {
        if (r.printer->end(&r.report, &r.report_run) != CCK_OK)
            r.out_of_memory = 1;
        write_report(&r);
    }

    /* Flush first, so that a reader that went away also silences the summary. */
    errno = 0;
    if (!r.stopped && fflush(stdout) != 0)
        stop(&r, errno);
    if (options->format == CLI_FORMAT_TEXT && !options->quiet && !r.stopped) {
        cck_buf summary;
        cck_buf_init(&summary);
        if (cck_report_text_summary(&summary, &r.totals) == CCK_OK && summary.data)
            fputs(summary.data, stderr);
        cck_buf_free(&summary);
    }
    /* --summary: on stdout after a text report, on stderr beside any other format
     * (stdout holds one document or one object per line) */
    if (options->summary && !r.stopped) {
        if (cck_report_summary_end(&r.summary, &r.summary_run) != CCK_OK) {
            r.out_of_memory = 1;
        } else if (r.summary.data) {
            FILE *stream = options->format == CLI_FORMAT_TEXT ? stdout : stderr;
            fputs(r.summary.data, stream);
            errno = 0;
            if (stream == stdout && fflush(stdout) != 0)
                stop(&r, errno);
        }
    }

done:
    cck_buf_free(&r.spare_lines);
    cck_buf_free(&r.spare_out);
    cck_report_run_free(&r.summary_run);
    cck_buf_free(&r.summary);
    cck_report_run_free(&r.report_run);
    cck_buf_free(&r.report);
    cli_progress_free(r.progress);
    for (size_t i = 0; i < ready; i++)
        cli_worker_free(&r.workers[i]);
    cck_free(r.workers);
    free_globs(r.includes, options->include_count);
    free_globs(r.excludes, options->exclude_count);
    if (r.write_errno) {
        fprintf(stderr, "claimcheck: error: cannot write the output: %s\n",
                strerror(r.write_errno));
        r.had_error = 1;
    }
    if (r.out_of_memory) {
        fprintf(stderr, "claimcheck: error: out of memory; some inputs were not read\n");
        r.had_error = 1;
    }
    *stopped = r.stopped;
    if (status != CCK_OK || r.had_error)
        return CLI_EXIT_ERROR;
    return r.failed ? CLI_EXIT_FINDINGS : CLI_EXIT_CLEAN;
}
