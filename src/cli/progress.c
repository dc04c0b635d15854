/* progress.c - the progress bar on stderr: files done out of those found, MB/s and
 * findings so far, shown only on a terminal (not TERM=dumb), only once a run has taken
 * half a second, and never in CI logs. The producer counts the files it finds; everything else is
 * touched by the writer alone. */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"

#define SHOW_AFTER 0.5  /* seconds before the bar first appears */
#define REDRAW_EVERY 0.1 /* seconds between redraws */
#define BAR_WIDTH 20

struct cli_progress {
    atomic_size_t found;  /* files found by the producer */
    atomic_int walk_done; /* the producer has finished: found is the total */
    double start;
    double drawn_at;
    int shown;            /* a bar is on the screen now */
    int stdout_tty;       /* stdout is a terminal too: flush it before drawing */
    size_t files;
    size_t records;
    size_t bytes;
    size_t findings;
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int env_set(const char *name)
{
    const char *value = getenv(name);
    return value && value[0];
}

cli_progress *cli_progress_new(const cli_options *options)
{
    const char *term = getenv("TERM");
    if (options->no_progress || env_set("CI") || (term && strcmp(term, "dumb") == 0))
        return NULL;
    const char *forced = getenv("CLAIMCHECK_PROGRESS_TTY");
    if (!(forced && strcmp(forced, "1") == 0) && !isatty(STDERR_FILENO))
        return NULL;
    cli_progress *progress = cck_calloc(1, sizeof *progress);
    if (!progress)
        return NULL; /* no bar is no loss */
    atomic_init(&progress->found, 0);
    atomic_init(&progress->walk_done, 0);
    progress->start = now();
    progress->stdout_tty = isatty(STDOUT_FILENO);
    return progress;
}

void cli_progress_free(cli_progress *progress)
{
    cck_free(progress);
}

void cli_progress_found(cli_progress *progress, size_t files)
{
    if (progress)
        atomic_fetch_add(&progress->found, files);
}

void cli_progress_walk_done(cli_progress *progress)
{
    if (progress)
        atomic_store(&progress->walk_done, 1);
}

void cli_progress_add(cli_progress *progress, const cli_output *output)
{
    if (!progress)
        return;
    progress->files += output->files;
    progress->records += output->totals.records;
    progress->bytes += output->input_bytes;
    for (size_t i = 0; i < CCK_ARRAY_LEN(output->totals.findings); i++)
        progress->findings += output->totals.findings[i];
}

void cli_progress_clear(cli_progress *progress)
{
    if (!progress || !progress->shown)
        return;
    fputs("\r\033[K", stderr);
    fflush(stderr);
    progress->shown = 0;
}

void cli_progress_tick(cli_progress *progress)
{
    if (!progress)
        return;
    double t = now();
    double elapsed = t - progress->start;
    if (elapsed < SHOW_AFTER || t - progress->drawn_at < REDRAW_EVERY)
        return;
    progress->drawn_at = t;
    if (progress->stdout_tty)
        fflush(stdout);
    size_t found = atomic_load(&progress->found);
    int total_known = atomic_load(&progress->walk_done);
    char line[160];
    size_t used = 0;
    line[0] = '\0';
    if (found && total_known) {
        size_t filled = progress->files >= found ? BAR_WIDTH
                                                 : progress->files * BAR_WIDTH / found;
        char bar[BAR_WIDTH + 1];
        memset(bar, '#', filled);
        memset(bar + filled, '.', BAR_WIDTH - filled);
        bar[BAR_WIDTH] = '\0';
        used += (size_t)snprintf(line + used, sizeof line - used, "[%s] %zu/%zu files", bar,
                                 progress->files, found);
    } else if (found > progress->files) {
        used += (size_t)snprintf(line + used, sizeof line - used, "%zu/%zu+ files",
                                 progress->files, found);
    } else if (found) {
        /* the walk finds files as fast as they are done (-j1): no "12/12+" */
        used += (size_t)snprintf(line + used, sizeof line - used, "%zu file%s",
                                 progress->files, progress->files == 1 ? "" : "s");
    }
    if (progress->records && used < sizeof line)
        used += (size_t)snprintf(line + used, sizeof line - used, "%s%zu record%s",
                                 used ? ", " : "", progress->records,
                                 progress->records == 1 ? "" : "s");
    double rate = (double)progress->bytes / 1e6 / elapsed;
    if (used < sizeof line)
        snprintf(line + used, sizeof line - used, "%s%.1f MB/s, %zu finding%s",
                 used ? ", " : "", rate, progress->findings,
                 progress->findings == 1 ? "" : "s");
    fprintf(stderr, "\r\033[Kclaimcheck: %s", line);
    fflush(stderr);
    progress->shown = 1;
}
