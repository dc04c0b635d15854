/* cck-bench.c - the claimcheck benchmark: generates seeded corpora, runs claimcheck beside
 * wc, grep and rg in alternating rounds and reports median throughput, peak RSS and ratios.
 * A program that prints numbers; it never decides pass or fail. See README.md. */
#include "bench.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef CCK_BENCH_SOURCE_DIR
#define CCK_BENCH_SOURCE_DIR ""
#endif

#define PATH_CAP 4096
#define MAX_ARGS 24
#define MAX_CMDS 8
#define CORPUS_VERSION "cck-bench-corpus v2"
#define MIN_LEXICON_PHRASES 20 /* fewer than this and the lexicons are still placeholders */
#define MB 1e6

enum {
    SEC_STREAM = 1u << 0,
    SEC_FOLDER = 1u << 1,
    SEC_DOC = 1u << 2,
    SEC_LEXICON = 1u << 3,
    SEC_SIZE = 1u << 4,
    SEC_ALL = (1u << 5) - 1
};

typedef struct bench_options {
    const char *claimcheck;
    const char *data_dir;
    const char *lexicon_dir; /* NULL: next to the binary, then the configured source tree */
    unsigned runs;
    unsigned settle; /* seconds to wait after the flush before each timed run */
    uint64_t seed;
    int quick;
    int full;
    unsigned sections;
    uint64_t stream_bytes;
    size_t article_count;
    uint64_t doc_bytes;
    uint64_t sizes[3];
    size_t size_count;
} bench_options;

/* Facts found once and shared by every section. */
typedef struct bench_env {
    const bench_options *opt;
    unsigned cores;
    char out_dir[PATH_CAP];
    char probe_path[PATH_CAP];
    char wordlist[PATH_CAP];
    char wordlist_rg[PATH_CAP];
    char lex10x_dir[PATH_CAP];
    char jobs_all[16];  /* "-jN" */
    int have_wc, have_grep, have_rg;
    int jobs_ok;        /* claimcheck accepts -j */
    int input_lines_ok; /* claimcheck accepts --input lines */
    int lexicons_ok;    /* claimcheck accepts --lexicons with the generated file */
    char lexicons_note[256];
    size_t lexicon_entries;
    size_t extra_entries;
    FILE *tsv;
    int failures;
} bench_env;

typedef struct bench_cmd {
    char label[64];
    char input[48];
    uint64_t bytes;
    const char *argv[MAX_ARGS];
    size_t argc;
    int is_claimcheck;
    uint64_t expect_records; /* claimcheck's output lines expected; 0 when unknown */
    const char *na;          /* reason the command is not run, NULL when it is */
    double secs[64];
    size_t nsecs;
    long peak_rss_kb;
    int failed_status; /* the first failing exit status, 0 when every run went well */
    char out_path[PATH_CAP];
    char err_path[PATH_CAP];
    char result[48];
    uint64_t out_lines;
    /* stdout into a pipe the bench reads and counts, not into out_path: for outputs
     * too big for the page cache to take without the disk setting the pace */
    int to_pipe;
    struct out_count {
        uint64_t lines, bytes;
        char first[48];
        size_t first_len;
        char last;
    } count;
} bench_cmd;

/* ---- small helpers ---- */

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int join_path(char *out, size_t cap, const char *dir, const char *name)
{
    int n = snprintf(out, cap, "%s/%s", dir, name);
    if (n < 0 || (size_t)n >= cap) {
        fprintf(stderr, "cck-bench: path too long: %s/%s\n", dir, name);
        exit(2);
    }
    return 0;
}

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int file_size(const char *path, uint64_t *size)
{
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return -1;
    *size = (uint64_t)st.st_size;
    return 0;
}

/* Finds an executable on PATH (or takes a path with a slash as is). */
static int have_program(const char *name)
{
    if (strchr(name, '/'))
        return access(name, X_OK) == 0;
    const char *path = getenv("PATH");
    if (!path)
        path = "/usr/bin:/bin";
    while (*path) {
        const char *colon = strchr(path, ':');
        size_t len = colon ? (size_t)(colon - path) : strlen(path);
        char full[PATH_CAP];
        int n = snprintf(full, sizeof full, "%.*s/%s", (int)len, path, name);
        if (n > 0 && (size_t)n < sizeof full && access(full, X_OK) == 0)
            return 1;
        path += len;
        if (*path == ':')
            path++;
    }
    return 0;
}

static void cmd_init(bench_cmd *cmd, const char *label, const char *input, uint64_t bytes)
{
    memset(cmd, 0, sizeof *cmd);
    snprintf(cmd->label, sizeof cmd->label, "%s", label);
    snprintf(cmd->input, sizeof cmd->input, "%s", input);
    cmd->bytes = bytes;
}

static void cmd_arg(bench_cmd *cmd, const char *arg)
{
    if (cmd->argc + 1 >= MAX_ARGS)
        cck_bench_die("too many arguments");
    cmd->argv[cmd->argc++] = arg;
    cmd->argv[cmd->argc] = NULL;
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash && slash[1] ? slash + 1 : path;
}

/* ---- running a child ---- */

/* Read buffers are allocated and freed around each use (large enough that malloc maps
 * and unmaps them): a child forked while the parent holds big pages would count them in
 * its ru_maxrss, which Linux carries over exec. */
#define CHUNK_SIZE ((size_t)1 << 18)

static void count_output(struct out_count *c, const char *buf, size_t n);

/* Runs argv with stdin from /dev/null, stderr into err_path and stdout into out_path, or,
 * when `piped` is set, into a pipe read here and counted into it as it comes. Returns
 * the exit status (128 + signal when killed, 127 when it could not start), -1 on a local
 * error. */
static int run_child_to(const char *const *argv, const char *out_path, const char *err_path,
                        double *secs, long *rss_kb, struct out_count *piped)
{
    int in = open("/dev/null", O_RDONLY | O_CLOEXEC);
    int fds[2] = {-1, -1};
    int out = -1;
    if (piped) {
        if (pipe(fds) == 0 && fcntl(fds[0], F_SETFD, FD_CLOEXEC) == 0 &&
            fcntl(fds[1], F_SETFD, FD_CLOEXEC) == 0)
            out = fds[1];
    } else {
        out = open(out_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    }
    int out_errno = out < 0 ? errno : 0;
    int err = open(err_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    int status = -1;
    if (piped) { /* no count of an earlier run stands in for this one */
        memset(piped, 0, sizeof *piped);
        piped->last = '\n';
    }
    if (in < 0 || out < 0 || err < 0) {
        const char *what = in < 0 ? "/dev/null" : out < 0 ? (piped ? "a pipe" : out_path)
                                                          : err_path;
        fprintf(stderr, "cck-bench: cannot open %s: %s\n", what,
                strerror(out < 0 && in >= 0 ? out_errno : errno));
        goto done;
    }
    double t0 = now_seconds();
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "cck-bench: fork: %s\n", strerror(errno));
        goto done;
    }
    if (pid == 0) {
        if (dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
            _exit(127);
        execvp(argv[0], (char *const *)argv);
        _exit(127);
    }
    if (piped) {
        close(fds[1]); /* the child holds the only write end: EOF when it is done */
        out = fds[1] = -1;
        char *chunk = cck_bench_xrealloc(NULL, CHUNK_SIZE);
        for (;;) {
            ssize_t got = read(fds[0], chunk, CHUNK_SIZE);
            if (got > 0)
                count_output(piped, chunk, (size_t)got);
            else if (got == 0 || errno != EINTR)
                break;
        }
        free(chunk);
        /* closed before the wait: after a failed read the child gets EPIPE, not a hang */
        close(fds[0]);
        fds[0] = -1;
    }
    int wstatus = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    while (wait4(pid, &wstatus, 0, &ru) < 0) {
        if (errno != EINTR) {
            fprintf(stderr, "cck-bench: wait4: %s\n", strerror(errno));
            goto done;
        }
    }
    double t1 = now_seconds();
    if (secs)
        *secs = t1 - t0;
    if (rss_kb)
        *rss_kb = ru.ru_maxrss;
    if (WIFEXITED(wstatus))
        status = WEXITSTATUS(wstatus);
    else if (WIFSIGNALED(wstatus))
        status = 128 + WTERMSIG(wstatus);
done:
    if (in >= 0)
        close(in);
    if (out >= 0)
        close(out);
    if (fds[0] >= 0)
        close(fds[0]);
    if (fds[1] >= 0 && fds[1] != out)
        close(fds[1]);
    if (err >= 0)
        close(err);
    return status;
}

/* run_child_to with stdout into out_path. */
static int run_child(const char *const *argv, const char *out_path, const char *err_path,
                     double *secs, long *rss_kb)
{
    return run_child_to(argv, out_path, err_path, secs, rss_kb, NULL);
}

/* The first line of a file, without its newline; "" when there is none. */
static void first_line(const char *path, char *out, size_t cap)
{
    out[0] = '\0';
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    if (fgets(out, (int)cap, f)) {
        size_t n = strcspn(out, "\r\n");
        out[n] = '\0';
    }
    fclose(f);
}

/* Runs a command once, untimed; returns its status and the first line of its stdout
 * (or of its stderr when stdout is empty). */
static int run_capture(bench_env *env, const char *const *argv, char *line, size_t cap)
{
    char out[PATH_CAP], err[PATH_CAP];
    join_path(out, sizeof out, env->out_dir, "capture.out");
    join_path(err, sizeof err, env->out_dir, "capture.err");
    int status = run_child(argv, out, err, NULL, NULL);
    first_line(out, line, cap);
    if (!line[0])
        first_line(err, line, cap);
    return status;
}

/* Warms the page cache so the first timed run does not pay for the disk. */
static void warm_file(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    char *chunk = cck_bench_xrealloc(NULL, CHUNK_SIZE);
    while (read(fd, chunk, CHUNK_SIZE) > 0) {
    }
    free(chunk);
    close(fd);
}

/* Adds n bytes of a command's output to its count: lines, bytes, the first line's
 * start and the last byte. */
static void count_output(struct out_count *c, const char *buf, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (buf[i] == '\n')
            c->lines++;
        else if (c->lines == 0 && c->first_len + 1 < sizeof c->first)
            c->first[c->first_len++] = buf[i];
    }
    if (n) {
        c->bytes += n;
        c->last = buf[n - 1];
    }
}

/* Counts output lines (from its file, or as the pipe counted them) and keeps something
 * short to show: claimcheck's record count, or a one-line tool output's first field
 * (grep -c's count, wc -w's words). */
static void summarize_output(bench_cmd *cmd)
{
    struct out_count c;
    if (cmd->to_pipe) {
        c = cmd->count;
    } else {
        memset(&c, 0, sizeof c);
        c.last = '\n';
        int fd = open(cmd->out_path, O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            char *chunk = cck_bench_xrealloc(NULL, CHUNK_SIZE);
            ssize_t got;
            while ((got = read(fd, chunk, CHUNK_SIZE)) > 0)
                count_output(&c, chunk, (size_t)got);
            free(chunk);
            close(fd);
        }
    }
    c.first[c.first_len] = '\0';
    c.first[strcspn(c.first, " \t")] = '\0';
    uint64_t lines = c.lines;
    if (c.bytes > 0 && c.last != '\n')
        lines++; /* a last line without its newline */
    cmd->out_lines = lines;
    if (cmd->is_claimcheck)
        snprintf(cmd->result, sizeof cmd->result, "%" PRIu64 " records", lines);
    else if (lines == 1)
        snprintf(cmd->result, sizeof cmd->result, "%s", c.first);
    else
        snprintf(cmd->result, sizeof cmd->result, "%" PRIu64 " lines", lines);
}

/* Runs every command of a group once per round, round after round (ABC ABC ...), so that
 * drift in the machine's speed falls on all of them alike. */
static void run_group(bench_env *env, const char *section, bench_cmd *cmds, size_t n)
{
    unsigned runs = env->opt->runs;
    for (size_t i = 0; i < n; i++) {
        char name[64];
        snprintf(name, sizeof name, "%s-%zu.out", section, i);
        join_path(cmds[i].out_path, sizeof cmds[i].out_path, env->out_dir, name);
        snprintf(name, sizeof name, "%s-%zu.err", section, i);
        join_path(cmds[i].err_path, sizeof cmds[i].err_path, env->out_dir, name);
    }
    fprintf(stderr, "cck-bench: %s: %zu commands x %u runs\n", section, n, runs);
    for (unsigned r = 0; r < runs; r++) {
        for (size_t i = 0; i < n; i++) {
            bench_cmd *cmd = &cmds[i];
            if (cmd->na)
                continue;
            double secs = 0;
            long rss = 0;
            /* Start from a machine with nothing to write back: the last run's output
             * (up to gigabytes) and freshly generated corpora are flushed outside the
             * timing, or their writeback competes with this run for the two cores.
             * Then let it settle: on the virtual machines measured, a run that writes
             * hundreds of MB within a second or two of such a flush spends 0.3 to 0.5 s
             * more in the kernel, so whichever command came second in a round looked
             * slower (1.55x for the ten-times lexicon; 1.0x with the pause). */
            remove(cmd->out_path);
            sync();
            if (env->opt->settle)
                sleep(env->opt->settle);
            int status = run_child_to(cmd->argv, cmd->out_path, cmd->err_path, &secs, &rss,
                                      cmd->to_pipe ? &cmd->count : NULL);
            /* claimcheck, grep and rg exit 1 for "found something"; 2 and up is an error */
            if ((status < 0 || status >= 2) && cmd->failed_status == 0) {
                cmd->failed_status = status < 0 ? -1 : status;
                char why[256];
                first_line(cmd->err_path, why, sizeof why);
                fprintf(stderr, "cck-bench: warning: %s exited with status %d%s%s\n",
                        cmd->label, status, why[0] ? ": " : "", why);
                env->failures++;
            }
            if (cmd->nsecs < sizeof cmd->secs / sizeof cmd->secs[0])
                cmd->secs[cmd->nsecs++] = secs;
            if (rss > cmd->peak_rss_kb)
                cmd->peak_rss_kb = rss;
        }
    }
    for (size_t i = 0; i < n; i++)
        if (!cmds[i].na)
            summarize_output(&cmds[i]);
}

/* ---- statistics and the table ---- */

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median_of(const bench_cmd *cmd, double *lo, double *hi)
{
    double sorted[64];
    size_t n = cmd->nsecs;
    if (n == 0) {
        *lo = *hi = 0;
        return 0;
    }
    memcpy(sorted, cmd->secs, n * sizeof(double));
    qsort(sorted, n, sizeof(double), compare_doubles);
    *lo = sorted[0];
    *hi = sorted[n - 1];
    return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

static double throughput(const bench_cmd *cmd)
{
    double lo, hi;
    double med = median_of(cmd, &lo, &hi);
    return med > 0 ? (double)cmd->bytes / MB / med : 0;
}

static int cmd_usable(const bench_cmd *cmd)
{
    return !cmd->na && cmd->nsecs > 0 && cmd->failed_status == 0;
}

/* Prints the table of one section and writes its rows to the TSV file. The ratio column
 * is each row's throughput over the reference row's, both measured in this run. */
static void print_table(bench_env *env, const char *section, const char *ref_name,
                        const bench_cmd *cmds, size_t n, size_t ref)
{
    double ref_rate = cmd_usable(&cmds[ref]) ? throughput(&cmds[ref]) : 0;
    printf("%-34s %-18s %7s %9s %8s %8s %8s  %s\n", "command", "input", "MB", "median s",
           "MB/s", "RSS MiB", ref_name, "output");
    for (size_t i = 0; i < n; i++) {
        const bench_cmd *cmd = &cmds[i];
        double mb = (double)cmd->bytes / MB;
        if (cmd->na) {
            printf("%-34s %-18s %7.1f %9s %8s %8s %8s  (%s)\n", cmd->label, cmd->input, mb,
                   "n/a", "n/a", "n/a", "n/a", cmd->na);
            fprintf(env->tsv, "%s\t%s\t%s\t%" PRIu64 "\t0\t\t\t\t\t\t\tn/a: %s\t\n", section,
                    cmd->label, cmd->input, cmd->bytes, cmd->na);
            continue;
        }
        double lo, hi;
        double med = median_of(cmd, &lo, &hi);
        double rate = throughput(cmd);
        double rss = (double)cmd->peak_rss_kb / 1024.0;
        char ratio[32] = "n/a", ratio_tsv[32] = "";
        if (ref_rate > 0 && rate > 0) {
            snprintf(ratio, sizeof ratio, "%.2fx", rate / ref_rate);
            snprintf(ratio_tsv, sizeof ratio_tsv, "%.3f", rate / ref_rate);
        }
        char status[32] = "ok";
        if (cmd->failed_status != 0)
            snprintf(status, sizeof status, "exit %d", cmd->failed_status);
        printf("%-34s %-18s %7.1f %9.3f %8.1f %8.1f %8s  %s%s%s\n", cmd->label, cmd->input, mb,
               med, rate, rss, ratio, cmd->result, cmd->failed_status ? " FAILED " : "",
               cmd->failed_status ? status : "");
        fprintf(env->tsv,
                "%s\t%s\t%s\t%" PRIu64 "\t%zu\t%.4f\t%.4f\t%.4f\t%.2f\t%.1f\t%s\t%s\t%s\n",
                section, cmd->label, cmd->input, cmd->bytes, cmd->nsecs, med, lo, hi, rate, rss,
                ratio_tsv, status, cmd->result);
    }
    for (size_t i = 0; i < n; i++) {
        const bench_cmd *cmd = &cmds[i];
        if (cmd_usable(cmd) && cmd->is_claimcheck && cmd->expect_records > 0 &&
            cmd->out_lines != cmd->expect_records)
            printf("note: %s wrote %" PRIu64 " records for %" PRIu64
                   " inputs (one per input expected; is the analyzer still a stub?)\n",
                   cmd->label, cmd->out_lines, cmd->expect_records);
    }
}

/* A summary line for the report and the TSV file. */
static void summary(bench_env *env, const char *name, double value, const char *target)
{
    if (value <= 0) {
        printf("  %-58s %8s   %s\n", name, "n/a", target);
        fprintf(env->tsv, "# summary\t%s\tn/a\t%s\n", name, target);
        return;
    }
    printf("  %-58s %8.2f   %s\n", name, value, target);
    fprintf(env->tsv, "# summary\t%s\t%.3f\t%s\n", name, value, target);
}

static double rate_ratio(const bench_cmd *a, const bench_cmd *b)
{
    if (!cmd_usable(a) || !cmd_usable(b))
        return 0;
    double rb = throughput(b);
    return rb > 0 ? throughput(a) / rb : 0;
}

/* ---- corpora with stamps ---- */

static void size_name(char *out, size_t cap, const char *kind, uint64_t bytes, const char *ext)
{
    if (bytes % 1000000 == 0)
        snprintf(out, cap, "%s-%" PRIu64 "MB%s", kind, bytes / 1000000, ext);
    else
        snprintf(out, cap, "%s-%" PRIu64 "B%s", kind, bytes, ext);
}

/* True when the stamp says the data was made with these parameters and, for a file, the
 * file still has the recorded size. Fills info from the stamp. */
static int stamp_ok(const char *stamp, const char *expect, const char *file,
                    cck_bench_corpus_info *info)
{
    char line[512];
    first_line(stamp, line, sizeof line);
    size_t n = strlen(expect);
    if (strncmp(line, expect, n) != 0 || line[n] != ' ')
        return 0;
    uint64_t bytes = 0, records = 0;
    if (sscanf(line + n, " bytes=%" SCNu64 " records=%" SCNu64, &bytes, &records) != 2)
        return 0;
    uint64_t actual;
    if (file && (file_size(file, &actual) != 0 || actual != bytes))
        return 0;
    info->bytes = bytes;
    info->records = records;
    return 1;
}

static void stamp_write(const char *stamp, const char *expect, const cck_bench_corpus_info *info)
{
    char line[512];
    int n = snprintf(line, sizeof line, "%s bytes=%" PRIu64 " records=%" PRIu64 "\n", expect,
                     info->bytes, info->records);
    if (n < 0 || (size_t)n >= sizeof line || cck_bench_file_write(stamp, line, (size_t)n) != 0)
        fprintf(stderr, "cck-bench: warning: cannot write %s\n", stamp);
}

typedef enum { DATA_STREAM, DATA_DOC, DATA_FOLDER } data_kind;

/* Makes sure one corpus exists with these parameters; fills path and info. */
static void ensure_data(bench_env *env, data_kind kind, uint64_t amount, char *path, size_t cap,
                        cck_bench_corpus_info *info)
{
    const char *kind_name = kind == DATA_STREAM ? "stream" : kind == DATA_DOC ? "doc" : "articles";
    char name[128];
    if (kind == DATA_FOLDER)
        snprintf(name, sizeof name, "articles-%" PRIu64, amount);
    else
        size_name(name, sizeof name, kind_name, amount, ".txt");
    join_path(path, cap, env->opt->data_dir, name);
    char stamp[PATH_CAP];
    int n = snprintf(stamp, sizeof stamp, "%s.stamp", path);
    if (n < 0 || (size_t)n >= sizeof stamp)
        cck_bench_die("path too long");
    char expect[256];
    snprintf(expect, sizeof expect, "%s kind=%s seed=%" PRIu64 " amount=%" PRIu64, CORPUS_VERSION,
             kind_name, env->opt->seed, amount);
    if (stamp_ok(stamp, expect, kind == DATA_FOLDER ? NULL : path, info))
        return;
    fprintf(stderr, "cck-bench: generating %s ...\n", path);
    remove(stamp);
    double t0 = now_seconds();
    int rc;
    if (kind == DATA_STREAM)
        rc = cck_bench_corpus_write_stream(path, env->opt->seed, amount, info);
    else if (kind == DATA_DOC)
        rc = cck_bench_corpus_write_document(path, env->opt->seed, amount, info);
    else
        rc = cck_bench_mkdirs(path) == 0
                 ? cck_bench_corpus_write_folder(path, env->opt->seed, (size_t)amount, info)
                 : -1;
    if (rc != 0) {
        fprintf(stderr, "cck-bench: cannot write %s: %s\n", path, strerror(errno));
        exit(2);
    }
    fprintf(stderr, "cck-bench: wrote %.1f MB in %.1f s\n", (double)info->bytes / MB,
            now_seconds() - t0);
    stamp_write(stamp, expect, info);
}

/* ---- the commands ---- */

/* claimcheck with -j (when supported), JSON Lines out and, for streams, --input lines;
 * the caller appends the rest. */
static void add_claimcheck(bench_env *env, bench_cmd *cmd, const char *jobs, int lines_mode)
{
    cmd_arg(cmd, env->opt->claimcheck);
    cmd->is_claimcheck = 1;
    if (env->jobs_ok)
        cmd_arg(cmd, jobs);
    cmd_arg(cmd, "--format");
    cmd_arg(cmd, "jsonl");
    /* the 100 MB document is over the default per-record limit (64 MiB) */
    cmd_arg(cmd, "--max-record-bytes");
    cmd_arg(cmd, "0");
    if (lines_mode && env->input_lines_ok) {
        cmd_arg(cmd, "--input");
        cmd_arg(cmd, "lines");
    }
}

/* The usual line-up on one input: claimcheck -j1 and -jN, wc -w, grep, rg. */
static size_t build_lineup(bench_env *env, bench_cmd *cmds, const char *path, uint64_t bytes,
                           int lines_mode, uint64_t records, int folder)
{
    const char *input = base_name(path);
    size_t n = 0;
    bench_cmd *c = &cmds[n++];
    cmd_init(c, env->jobs_ok ? "claimcheck -j1" : "claimcheck (no -j)", input, bytes);
    add_claimcheck(env, c, "-j1", lines_mode);
    cmd_arg(c, path);
    c->expect_records = records;

    c = &cmds[n++];
    char label[64];
    snprintf(label, sizeof label, "claimcheck %s", env->jobs_all);
    cmd_init(c, label, input, bytes);
    if (!env->jobs_ok) {
        c->na = "claimcheck rejects -j";
    } else {
        add_claimcheck(env, c, env->jobs_all, lines_mode);
        cmd_arg(c, path);
        c->expect_records = records;
    }

    if (!folder) {
        c = &cmds[n++];
        cmd_init(c, "wc -w", input, bytes);
        if (!env->have_wc)
            c->na = "wc not found";
        cmd_arg(c, "wc");
        cmd_arg(c, "-w");
        cmd_arg(c, path);
    }

    c = &cmds[n++];
    cmd_init(c, folder ? "grep -r -c -i -w -F -f WORDS" : "grep -c -i -w -F -f WORDS", input,
             bytes);
    if (!env->have_grep)
        c->na = "grep not found";
    cmd_arg(c, "grep");
    if (folder)
        cmd_arg(c, "-r");
    cmd_arg(c, "-c");
    cmd_arg(c, "-i");
    cmd_arg(c, "-w");
    cmd_arg(c, "-F");
    cmd_arg(c, "-f");
    cmd_arg(c, env->wordlist);
    cmd_arg(c, path);

    c = &cmds[n++];
    cmd_init(c, folder ? "rg -c -i -w -f WORDS (threads)" : "rg -c -i -w -f WORDS", input, bytes);
    if (!env->have_rg)
        c->na = "rg not installed";
    cmd_arg(c, "rg");
    if (folder)
        cmd_arg(c, "--no-ignore");
    cmd_arg(c, "-c");
    cmd_arg(c, "-i");
    cmd_arg(c, "-w");
    cmd_arg(c, "-f");
    cmd_arg(c, env->wordlist_rg);
    cmd_arg(c, path);
    return n;
}

static void print_lineup_summary(bench_env *env, const bench_cmd *cmds, int folder)
{
    if (!folder) {
        summary(env, "claimcheck -j1 throughput / grep's", rate_ratio(&cmds[0], &cmds[3]),
                "(issue 6 target: >= 1)");
        summary(env, "claimcheck -j1 throughput / wc -w's", rate_ratio(&cmds[0], &cmds[2]),
                "(issue 6 target: >= 0.5)");
        summary(env, "claimcheck -j1 throughput / rg's", rate_ratio(&cmds[0], &cmds[4]), "");
    }
    if (env->jobs_ok)
        summary(env, folder ? "claimcheck -jN / -j1 throughput (folder)"
                            : "claimcheck -jN / -j1 throughput",
                rate_ratio(&cmds[1], &cmds[0]),
                folder ? "(issue 6 target: >= 1.7 with -j2)" : "");
}

/* ---- sections ---- */

static void section_stream(bench_env *env)
{
    char path[PATH_CAP];
    cck_bench_corpus_info info;
    ensure_data(env, DATA_STREAM, env->opt->stream_bytes, path, sizeof path, &info);
    warm_file(path);
    bench_cmd *cmds = calloc(MAX_CMDS, sizeof *cmds);
    if (!cmds)
        cck_bench_die("out of memory");
    size_t n = build_lineup(env, cmds, path, info.bytes, 1, info.records, 0);
    run_group(env, "stream", cmds, n);
    printf("\n== stream: posts one per line (%.1f MB, %" PRIu64 " posts) ==\n",
           (double)info.bytes / MB, info.records);
    print_table(env, "stream", "x cck-j1", cmds, n, 0);
    print_lineup_summary(env, cmds, 0);
    free(cmds);
}

static void section_doc(bench_env *env)
{
    char path[PATH_CAP];
    cck_bench_corpus_info info;
    ensure_data(env, DATA_DOC, env->opt->doc_bytes, path, sizeof path, &info);
    warm_file(path);
    bench_cmd *cmds = calloc(MAX_CMDS, sizeof *cmds);
    if (!cmds)
        cck_bench_die("out of memory");
    size_t n = build_lineup(env, cmds, path, info.bytes, 0, 1, 0);
    run_group(env, "doc", cmds, n);
    printf("\n== document: one file of long paragraphs (%.1f MB, %" PRIu64 " paragraphs) ==\n",
           (double)info.bytes / MB, info.records);
    print_table(env, "doc", "x cck-j1", cmds, n, 0);
    print_lineup_summary(env, cmds, 0);
    if (cmd_usable(&cmds[0]))
        summary(env, "claimcheck -j1 peak RSS MiB on the document",
                (double)cmds[0].peak_rss_kb / 1024.0, "(issue 6 target: < 64)");
    free(cmds);
}

static void section_folder(bench_env *env)
{
    char path[PATH_CAP];
    cck_bench_corpus_info info;
    ensure_data(env, DATA_FOLDER, env->opt->article_count, path, sizeof path, &info);
    for (size_t i = 0; i < info.records; i++) {
        char file[PATH_CAP];
        if (cck_bench_corpus_article_path(file, sizeof file, path, i) == 0)
            warm_file(file);
    }
    bench_cmd *cmds = calloc(MAX_CMDS, sizeof *cmds);
    if (!cmds)
        cck_bench_die("out of memory");
    size_t n = build_lineup(env, cmds, path, info.bytes, 0, info.records, 1);
    /* The -jN / -j1 target is timed in rounds of its own, without the baselines: grep
     * with the flattened word list holds about 6 GiB for 17 s, and on the virtual
     * machines measured the -j2 run that came within seconds of it took 0.17-0.23 s
     * against 0.14-0.15 s after a pause as long, while -j1 stayed at 0.27 s (the
     * folder's -j2 read 1.41-1.48x in the bench and 1.8x by hand). The baselines then
     * get rounds of their own with another -j1, their reference. */
    bench_cmd *base = calloc(MAX_CMDS, sizeof *base);
    if (!base)
        cck_bench_die("out of memory");
    base[0] = cmds[0];
    memcpy(base + 1, cmds + 2, (n - 2) * sizeof *base);
    size_t n_base = n - 1;
    run_group(env, "folder", cmds, 2);
    run_group(env, "folder-baselines", base, n_base);
    printf("\n== folder: %" PRIu64 " articles, half .md half .txt (%.1f MB) ==\n", info.records,
           (double)info.bytes / MB);
    print_table(env, "folder", "x cck-j1", cmds, 2, 0);
    print_lineup_summary(env, cmds, 1);
    printf("baselines, in rounds of their own (see tests/bench/README.md):\n");
    print_table(env, "folder-baselines", "x cck-j1", base, n_base, 0);
    free(base);
    free(cmds);
}

static void section_lexicon(bench_env *env)
{
    char path[PATH_CAP];
    cck_bench_corpus_info info;
    ensure_data(env, DATA_STREAM, env->opt->stream_bytes, path, sizeof path, &info);
    warm_file(path);
    bench_cmd cmds[2];
    const char *input = base_name(path);
    cmd_init(&cmds[0], env->jobs_ok ? "claimcheck -j1, shipped lexicons"
                                     : "claimcheck, shipped lexicons", input, info.bytes);
    add_claimcheck(env, &cmds[0], "-j1", 1);
    cmd_arg(&cmds[0], path);
    cmd_init(&cmds[1], env->jobs_ok ? "claimcheck -j1 --lexicons lex10x"
                                     : "claimcheck --lexicons lex10x", input, info.bytes);
    if (!env->lexicons_ok) {
        cmds[1].na = env->lexicons_note;
    } else {
        add_claimcheck(env, &cmds[1], "-j1", 1);
        cmd_arg(&cmds[1], "--lexicons");
        cmd_arg(&cmds[1], env->lex10x_dir);
        cmd_arg(&cmds[1], path);
    }
    run_group(env, "lexicon", cmds, 2);
    printf("\n== lexicon scaling: %zu shipped entries vs %zu more generated (%.1f MB stream) ==\n",
           env->lexicon_entries, env->extra_entries, (double)info.bytes / MB);
    print_table(env, "lexicon", "x 1x-lex", cmds, 2, 0);
    double ratio = rate_ratio(&cmds[0], &cmds[1]);
    summary(env, "time with the 10x lexicon / time with the shipped one", ratio,
            "(issue 6 target: <= 1.2)");
}

static void section_size(bench_env *env)
{
    const bench_options *opt = env->opt;
    bench_cmd cmds[3];
    char paths[3][PATH_CAP];
    for (size_t i = 0; i < opt->size_count; i++) {
        cck_bench_corpus_info info;
        ensure_data(env, DATA_STREAM, opt->sizes[i], paths[i], sizeof paths[i], &info);
        cmd_init(&cmds[i], env->jobs_ok ? "claimcheck -j1" : "claimcheck (no -j)",
                 base_name(paths[i]), info.bytes);
        add_claimcheck(env, &cmds[i], "-j1", 1);
        cmd_arg(&cmds[i], paths[i]);
        cmds[i].expect_records = info.records;
        /* about 8 bytes of JSON Lines per byte in: 8 GB for the 1 GB stream, more than
         * the page cache takes before the disk sets the pace; a pipe keeps the disk out */
        cmds[i].to_pipe = 1;
    }
    for (size_t i = 0; i < opt->size_count; i++)
        warm_file(paths[i]);
    run_group(env, "size", cmds, opt->size_count);
    printf("\n== size scaling: claimcheck on streams of growing size, output into a pipe ==\n");
    print_table(env, "size", "x small", cmds, opt->size_count, 0);
    size_t last = opt->size_count - 1;
    summary(env, "MB/s, largest stream / smallest", rate_ratio(&cmds[last], &cmds[0]),
            "(linear cost: about 1)");
    if (cmd_usable(&cmds[last]))
        summary(env, "peak RSS MiB, largest stream", (double)cmds[last].peak_rss_kb / 1024.0,
                "(issue 6 target: < 64 for 1 GB)");
}

/* ---- setup: machine, tools, word list, probes ---- */

static void print_machine(bench_env *env)
{
    char cpu[256] = "unknown";
    char mem[64] = "?";
    FILE *f = fopen("/proc/cpuinfo", "r");
    char line[512];
    if (f) {
        while (fgets(line, sizeof line, f)) {
            if (strncmp(line, "model name", 10) == 0 || strncmp(line, "Model", 5) == 0) {
                const char *colon = strchr(line, ':');
                if (colon) {
                    colon++;
                    while (*colon == ' ' || *colon == '\t')
                        colon++;
                    snprintf(cpu, sizeof cpu, "%s", colon);
                    cpu[strcspn(cpu, "\n")] = '\0';
                    break;
                }
            }
        }
        fclose(f);
    }
    f = fopen("/proc/meminfo", "r");
    if (f) {
        unsigned long kb;
        if (fgets(line, sizeof line, f) && sscanf(line, "MemTotal: %lu kB", &kb) == 1)
            snprintf(mem, sizeof mem, "%.1f GiB", (double)kb / 1048576.0);
        fclose(f);
    }
    struct utsname un;
    char kernel[3 * sizeof un.release] = "?";
    if (uname(&un) == 0)
        snprintf(kernel, sizeof kernel, "%s %s %s", un.sysname, un.release, un.machine);
    const char *lc_all = getenv("LC_ALL"), *lc_ctype = getenv("LC_CTYPE"), *lang = getenv("LANG");
    printf("machine:   %u cores (nproc), %s, %s RAM, %s\n", env->cores, cpu, mem, kernel);
    printf("locale:    LC_ALL=%s LC_CTYPE=%s LANG=%s (grep -i is slower in UTF-8 locales)\n",
           lc_all ? lc_all : "", lc_ctype ? lc_ctype : "", lang ? lang : "");
    fprintf(env->tsv, "# machine\t%u cores\t%s\t%s\t%s\n", env->cores, cpu, mem, kernel);
}

/* Prints the build type recorded next to the claimcheck binary, when there is one. */
static void print_claimcheck_build(const char *claimcheck)
{
    char dir[PATH_CAP];
    snprintf(dir, sizeof dir, "%s", claimcheck);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
    else
        snprintf(dir, sizeof dir, ".");
    char cache[PATH_CAP];
    join_path(cache, sizeof cache, dir, "CMakeCache.txt");
    FILE *f = fopen(cache, "r");
    if (!f)
        return;
    char line[512], type[64] = "?", sanitize[16] = "?";
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (strncmp(line, "CMAKE_BUILD_TYPE:", 17) == 0 && strchr(line, '='))
            snprintf(type, sizeof type, "%s", strchr(line, '=') + 1);
        else if (strncmp(line, "CCK_SANITIZE:", 13) == 0 && strchr(line, '='))
            snprintf(sanitize, sizeof sanitize, "%s", strchr(line, '=') + 1);
    }
    fclose(f);
    printf("build:     claimcheck built as %s, sanitizers %s%s\n", type[0] ? type : "(none)",
           sanitize, strcmp(type, "Release") == 0 ? "" : "  ** not a Release build **");
}

static void print_versions(bench_env *env)
{
    char line[256];
    const char *argv[4] = {env->opt->claimcheck, "--version", NULL, NULL};
    int status = run_capture(env, argv, line, sizeof line);
    printf("tools:     claimcheck: %s (%s)\n", status == 0 && line[0] ? line : "(no --version)",
           env->opt->claimcheck);
    fprintf(env->tsv, "# claimcheck\t%s\n", status == 0 && line[0] ? line : "(no --version)");
    static const char *const tools[] = {"wc", "grep", "rg"};
    int *have[] = {&env->have_wc, &env->have_grep, &env->have_rg};
    for (size_t i = 0; i < 3; i++) {
        *have[i] = have_program(tools[i]);
        if (!*have[i]) {
            printf("           %s: not installed\n", tools[i]);
            continue;
        }
        argv[0] = tools[i];
        status = run_capture(env, argv, line, sizeof line);
        printf("           %s: %s\n", tools[i], line[0] ? line : "(unknown version)");
        fprintf(env->tsv, "# %s\t%s\n", tools[i], line);
    }
}

/* Where the lexicons are: --lexicons, then <bin>/../lexicons, then the source tree. */
static int find_lexicon_dir(const bench_env *env, char *out, size_t cap)
{
    if (env->opt->lexicon_dir) {
        snprintf(out, cap, "%s", env->opt->lexicon_dir);
        return is_dir(out);
    }
    char dir[PATH_CAP];
    snprintf(dir, sizeof dir, "%s", env->opt->claimcheck);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
    else
        snprintf(dir, sizeof dir, ".");
    int n = snprintf(out, cap, "%s/../lexicons", dir);
    if (n > 0 && (size_t)n < cap && is_dir(out))
        return 1;
    if (CCK_BENCH_SOURCE_DIR[0]) {
        n = snprintf(out, cap, "%s/lexicons", CCK_BENCH_SOURCE_DIR);
        if (n > 0 && (size_t)n < cap && is_dir(out))
            return 1;
    }
    return 0;
}

/* Escapes a phrase for a regex word list (what grep -F takes literally). */
static void put_regex_escaped(cck_bench_buf *out, const char *s)
{
    for (; *s; s++) {
        if (strchr("\\.+*?()|[]{}^$", *s))
            cck_bench_buf_putc(out, '\\');
        cck_bench_buf_putc(out, *s);
    }
}

static void prepare_wordlists(bench_env *env)
{
    char dir[PATH_CAP];
    cck_bench_lexicon_info lex;
    memset(&lex, 0, sizeof lex);
    int found = find_lexicon_dir(env, dir, sizeof dir) && cck_bench_lexicon_flatten(dir, &lex) == 0;
    const char *const *words;
    size_t nwords;
    cck_bench_strvec heads = lex.heads;
    int shipped = found && lex.phrases.len >= MIN_LEXICON_PHRASES;
    if (shipped) {
        words = (const char *const *)lex.phrases.items;
        nwords = lex.phrases.len;
        env->lexicon_entries = lex.entries;
        printf("words:     %zu phrases flattened from %zu entries in %zu lexicon files of %s"
               " (%zu /regex/ entries left out)\n",
               nwords, lex.entries, lex.files, dir, lex.regex_skipped);
    } else {
        nwords = cck_bench_fallback_words(&words);
        env->lexicon_entries = found ? lex.entries : 0;
        if (found)
            printf("words:     the lexicons in %s give only %zu phrases (%zu entries, "
                   "placeholders?);\n           using the BUILT-IN list of %zu domain words "
                   "instead\n", dir, lex.phrases.len, lex.entries, nwords);
        else
            printf("words:     no lexicon files found; using the BUILT-IN list of %zu domain "
                   "words instead\n", nwords);
    }
    fprintf(env->tsv, "# wordlist\t%zu phrases\t%s\n", nwords,
            shipped ? dir : "built-in fallback");
    cck_bench_buf plain = {0}, rx = {0};
    for (size_t i = 0; i < nwords; i++) {
        cck_bench_buf_put(&plain, words[i]);
        cck_bench_buf_putc(&plain, '\n');
        put_regex_escaped(&rx, words[i]);
        cck_bench_buf_putc(&rx, '\n');
    }
    join_path(env->wordlist, sizeof env->wordlist, env->opt->data_dir, "wordlist.txt");
    join_path(env->wordlist_rg, sizeof env->wordlist_rg, env->opt->data_dir, "wordlist-rg.txt");
    if (cck_bench_file_write(env->wordlist, plain.data, plain.len) != 0 ||
        cck_bench_file_write(env->wordlist_rg, rx.data, rx.len) != 0)
        cck_bench_die("cannot write the word lists");
    cck_bench_buf_free(&plain);
    cck_bench_buf_free(&rx);

    /* the 10x lexicon: nine times the shipped entries, or nine times the built-in list
     * while the shipped lexicons are placeholders */
    size_t base = shipped ? env->lexicon_entries : nwords;
    env->extra_entries = 9 * base;
    join_path(env->lex10x_dir, sizeof env->lex10x_dir, env->opt->data_dir, "lex10x");
    char extra[PATH_CAP];
    join_path(extra, sizeof extra, env->lex10x_dir, "extra.lex");
    if (cck_bench_mkdirs(env->lex10x_dir) != 0 ||
        cck_bench_lexicon_write_extra(extra, env->opt->seed, env->extra_entries, &heads) != 0)
        cck_bench_die("cannot write lex10x/extra.lex");
    printf("lexicon:   lex10x/extra.lex has %zu generated entries (9 x %zu)\n",
           env->extra_entries, base);
    cck_bench_lexicon_info_free(&lex);
}

/* Finds out which options this claimcheck accepts: a status of 2 on a tiny file with an
 * option, where the same call without it succeeds, means the option is not there yet. */
static void probe_claimcheck(bench_env *env)
{
    static const char probe[] =
        "Stem cells regenerate cartilage in just two weeks! #stemcells\n"
        "There is no evidence that PRP heals torn tendons.\n"
        "PRP may help some patients with knee osteoarthritis.\n";
    join_path(env->probe_path, sizeof env->probe_path, env->out_dir, "probe.txt");
    if (cck_bench_file_write(env->probe_path, probe, sizeof probe - 1) != 0)
        cck_bench_die("cannot write the probe file");
    const char *cc = env->opt->claimcheck;
    char line[256];
    const char *plain[] = {cc, "--format", "jsonl", env->probe_path, NULL};
    int base = run_capture(env, plain, line, sizeof line);
    if (base == 127 || base < 0) {
        fprintf(stderr, "cck-bench: cannot run %s\n", cc);
        exit(2);
    }
    if (base >= 2)
        printf("WARNING:   claimcheck --format jsonl exits %d on a 3-line file (%s); the "
               "numbers below time a failing run\n", base, line);
    const char *lines[] = {cc, "--format", "jsonl", "--input", "lines", env->probe_path, NULL};
    int st = run_capture(env, lines, line, sizeof line);
    env->input_lines_ok = !(st >= 2 && base < 2);
    const char *jobs[] = {cc, "-j1", "--format", "jsonl", env->probe_path, NULL};
    st = run_capture(env, jobs, line, sizeof line);
    env->jobs_ok = !(st >= 2 && base < 2);
    const char *lex[] = {cc, "--lexicons", env->lex10x_dir, "--format", "jsonl",
                         env->probe_path, NULL};
    st = run_capture(env, lex, line, sizeof line);
    env->lexicons_ok = !(st >= 2 && base < 2);
    if (!env->lexicons_ok)
        snprintf(env->lexicons_note, sizeof env->lexicons_note, "--lexicons failed: %.200s",
                 line);
    printf("claimcheck: -j %s; --input lines %s; --lexicons %s\n",
           env->jobs_ok ? "accepted" : "rejected (the -jN column shows n/a)",
           env->input_lines_ok ? "accepted" : "rejected (streams read as plain text)",
           env->lexicons_ok ? "accepted" : "rejected (lexicon scaling shows n/a)");
}

/* ---- options ---- */

static void usage(FILE *to)
{
    fprintf(to,
            "usage: cck-bench --claimcheck PATH [options]\n"
            "  --claimcheck PATH  the claimcheck binary to measure (required)\n"
            "  --data DIR         work folder for corpora and outputs (default build/bench-data)\n"
            "  --lexicons DIR     lexicon sources for the word list (default: next to the\n"
            "                     binary, ../lexicons, then the configured source tree)\n"
            "  --runs N           timed runs per command (default 5; 3 with --quick)\n"
            "  --settle S         seconds to wait before each timed run, after the last\n"
            "                     output is removed and flushed (default 3; 0 with --quick)\n"
            "  --seed N           corpus seed (default 42)\n"
            "  --quick            small corpora (5 MB stream, 200 articles, 10 MB document)\n"
            "  --full             add the 1 GB stream to the size scaling\n"
            "  --only SECTION     stream, folder, doc, lexicon or size; may be repeated or\n"
            "                     comma-separated\n");
}

static int parse_u64(const char *s, uint64_t *out)
{
    if (!s || !*s || *s == '-')
        return -1;
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end)
        return -1;
    *out = (uint64_t)v;
    return 0;
}

static int parse_sections(const char *s, unsigned *mask)
{
    static const char *const names[] = {"stream", "folder", "doc", "lexicon", "size"};
    while (*s) {
        size_t len = strcspn(s, ",");
        size_t i = 0;
        while (i < 5 && !(strlen(names[i]) == len && strncmp(names[i], s, len) == 0))
            i++;
        if (i == 5)
            return -1;
        *mask |= 1u << i;
        s += len;
        if (*s == ',')
            s++;
    }
    return 0;
}

static void parse_options(int argc, char **argv, bench_options *opt)
{
    uint64_t runs = 0, settle = UINT64_MAX;
    unsigned only = 0;
    memset(opt, 0, sizeof *opt);
    opt->data_dir = "build/bench-data";
    opt->seed = 42;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        int takes = 1;
        if (strcmp(a, "--claimcheck") == 0 && val)
            opt->claimcheck = val;
        else if (strcmp(a, "--data") == 0 && val)
            opt->data_dir = val;
        else if (strcmp(a, "--lexicons") == 0 && val)
            opt->lexicon_dir = val;
        else if (strcmp(a, "--runs") == 0 && val) {
            if (parse_u64(val, &runs) != 0 || runs == 0 || runs > 64) {
                fprintf(stderr, "cck-bench: --runs takes 1 to 64\n");
                exit(2);
            }
        } else if (strcmp(a, "--settle") == 0 && val) {
            if (parse_u64(val, &settle) != 0 || settle > 60) {
                fprintf(stderr, "cck-bench: --settle takes 0 to 60 seconds\n");
                exit(2);
            }
        } else if (strcmp(a, "--seed") == 0 && val) {
            if (parse_u64(val, &opt->seed) != 0) {
                fprintf(stderr, "cck-bench: --seed takes a number\n");
                exit(2);
            }
        } else if (strcmp(a, "--only") == 0 && val) {
            if (parse_sections(val, &only) != 0) {
                fprintf(stderr, "cck-bench: --only takes stream, folder, doc, lexicon or size\n");
                exit(2);
            }
        } else {
            takes = 0;
            if (strcmp(a, "--quick") == 0)
                opt->quick = 1;
            else if (strcmp(a, "--full") == 0)
                opt->full = 1;
            else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
                usage(stdout);
                exit(0);
            } else {
                fprintf(stderr, "cck-bench: unknown or incomplete option: %s\n", a);
                usage(stderr);
                exit(2);
            }
        }
        i += takes;
    }
    if (!opt->claimcheck) {
        usage(stderr);
        exit(2);
    }
    opt->sections = only ? only : SEC_ALL;
    opt->runs = runs ? (unsigned)runs : opt->quick ? 3u : 5u;
    opt->settle = settle != UINT64_MAX ? (unsigned)settle : opt->quick ? 0u : 3u;
    if (opt->quick) {
        opt->stream_bytes = 5000000;
        opt->article_count = 200;
        opt->doc_bytes = 10000000;
        opt->sizes[0] = 1000000;
        opt->sizes[1] = 5000000;
        opt->sizes[2] = 10000000;
        opt->size_count = 3;
    } else {
        opt->stream_bytes = 50000000;
        opt->article_count = 2000;
        opt->doc_bytes = 100000000;
        opt->sizes[0] = 10000000;
        opt->sizes[1] = 100000000;
        opt->size_count = 2;
        if (opt->full)
            opt->sizes[opt->size_count++] = 1000000000;
    }
}

int main(int argc, char **argv)
{
    bench_options opt;
    parse_options(argc, argv, &opt);
    bench_env env;
    memset(&env, 0, sizeof env);
    env.opt = &opt;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    env.cores = cores > 0 ? (unsigned)cores : 1u;
    snprintf(env.jobs_all, sizeof env.jobs_all, "-j%u", env.cores);

    if (access(opt.claimcheck, X_OK) != 0 && strchr(opt.claimcheck, '/')) {
        fprintf(stderr, "cck-bench: %s is not an executable: %s\n", opt.claimcheck,
                strerror(errno));
        return 2;
    }
    join_path(env.out_dir, sizeof env.out_dir, opt.data_dir, "out");
    if (cck_bench_mkdirs(env.out_dir) != 0) {
        fprintf(stderr, "cck-bench: cannot create %s: %s\n", env.out_dir, strerror(errno));
        return 2;
    }
    char tsv_path[PATH_CAP], tsv_tmp[PATH_CAP];
    join_path(tsv_path, sizeof tsv_path, opt.data_dir, "bench-results.tsv");
    join_path(tsv_tmp, sizeof tsv_tmp, opt.data_dir, "bench-results.tsv.tmp");
    env.tsv = fopen(tsv_tmp, "w");
    if (!env.tsv) {
        fprintf(stderr, "cck-bench: cannot write %s: %s\n", tsv_tmp, strerror(errno));
        return 2;
    }

    printf("claimcheck benchmark: seed %" PRIu64 ", %u runs per command (median), data in %s%s\n",
           opt.seed, opt.runs, opt.data_dir, opt.quick ? ", QUICK sizes" : "");
    fprintf(env.tsv, "# cck-bench\tseed %" PRIu64 "\truns %u\t%s\n", opt.seed, opt.runs,
            opt.quick ? "quick" : opt.full ? "full" : "default");
    print_machine(&env);
    print_versions(&env);
    print_claimcheck_build(opt.claimcheck);
    prepare_wordlists(&env);
    probe_claimcheck(&env);
    fprintf(env.tsv, "section\tcommand\tinput\tbytes\truns\tmedian_s\tmin_s\tmax_s\tmb_per_s\t"
                     "peak_rss_mib\tratio_vs_ref\tstatus\toutput\n");
    printf("MB = 10^6 bytes; 'x ...' = throughput / the reference row's, same rounds; "
           "RSS = peak over the runs\n");
    fflush(stdout);

    if (opt.sections & SEC_STREAM)
        section_stream(&env);
    if (opt.sections & SEC_FOLDER)
        section_folder(&env);
    if (opt.sections & SEC_DOC)
        section_doc(&env);
    if (opt.sections & SEC_LEXICON)
        section_lexicon(&env);
    if (opt.sections & SEC_SIZE)
        section_size(&env);

    if (fclose(env.tsv) != 0 || rename(tsv_tmp, tsv_path) != 0)
        fprintf(stderr, "cck-bench: cannot write %s\n", tsv_path);
    else
        printf("\nresults also in %s\n", tsv_path);
    if (env.failures)
        printf("%d command(s) failed; see the warnings above and %s/*.err\n", env.failures,
               env.out_dir);
    if (fflush(stdout) != 0 || ferror(stdout))
        return 2;
    return env.failures ? 1 : 0;
}
