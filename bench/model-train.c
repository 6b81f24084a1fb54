/*
 * bench/model-train.c - the learned shell model's training
 * (src/gen-shell-model.pl, train()) in C, for leave-set-out experiments:
 * a model per held-out set in about a second instead of two and a half
 * minutes, so that a change of training can be judged on every set.
 *
 *   perl src/gen-shell-model.pl --dump /tmp/ex.dump \
 *       --catalog src/shell_catalog_data.c t/htdocs/expected/corpus
 *   cc -O2 -o /tmp/model-train bench/model-train.c -lm
 *   /tmp/model-train /tmp/ex.dump ab-,ac-,... [epochs=24] [rate=1.6]
 *       [decay=3e-4] [cal=0.5] [shellw=2] [otherw=1] [catw=1] [alarms=N]
 *
 * For each prefix, trains without that set's pages (the catalog's
 * sentences always stay) and scores the set's short blocks: shell blocks
 * found and other blocks called shell at the engine's threshold (log-odds
 * 2), and how many cross the other thresholds the engine reads (shell
 * blocks below -4, other blocks at or above -1 and 0). Then, over all
 * sets, the lowest threshold at which no more than `alarms` other blocks
 * are called shell and the shell blocks found there: a model compared at
 * the same false-alarm count, whatever its scale. It must train as the
 * generator does (same order, same averaging, same rounding): with the
 * defaults its numbers are the generator's --eval numbers exactly.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MASK 65535
#define SCALE 16
#define MAX_SCORED 1000000

typedef struct { int y; char page[160]; uint32_t hash; int n; int *f; } example;
typedef struct { uint64_t key; uint32_t hash; int i; } slot;

static example *examples;
static int n_examples;
static int epochs = 24;
static double rate = 1.6, decay = 3e-4, calibrate = 0.5, shell_weight = 2, other_weight = 1, catalog_weight = 1;
static long alarms = -1;
static int q[MASK + 1], q_bias;
static int scored[MAX_SCORED], scored_y[MAX_SCORED], n_scored;

static int by_key(const void *a, const void *b)
{
    const slot *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->hash < y->hash ? -1 : x->hash > y->hash;
}

static int in_set(const example *e, const char *set)
{
    return e->page[0] != '-' && strncmp(e->page, set, strlen(set)) == 0;
}

/* Averaged SGD in the generator's hashed order, without the set's pages. */
static void train(const char *left_out)
{
    static double w[MASK + 1], u[MASK + 1];
    double bias = 0, u_bias = 0;
    long steps = 0;
    int m = 0;
    slot *order = malloc(sizeof *order * n_examples);
    memset(w, 0, sizeof w);
    memset(u, 0, sizeof u);
    for (int i = 0; i < n_examples; i++)
        if (!in_set(&examples[i], left_out))
            order[m++] = (slot){ 0, examples[i].hash, i };
    for (int epoch = 1; epoch <= epochs; epoch++) {
        for (int k = 0; k < m; k++) {
            uint64_t mixed = ((uint64_t)order[k].hash ^ ((uint64_t)epoch * 2654435769ULL)) & 0xffffffffULL;
            order[k].key = mixed * 2246822519ULL % 4294967291ULL;
        }
        qsort(order, m, sizeof *order, by_key);
        for (int k = 0; k < m; k++) {
            const example *e = &examples[order[k].i];
            double s = bias;
            for (int j = 0; j < e->n; j++)
                s += w[e->f[j]];
            double weight = e->page[0] == '-' ? catalog_weight : e->y ? shell_weight : other_weight;
            double g = (e->y - 1 / (1 + exp(-s))) * weight;
            double step = rate / sqrt((double)e->n) * g;
            long t = steps++;
            for (int j = 0; j < e->n; j++) {
                double d = step - decay * w[e->f[j]];
                w[e->f[j]] += d;
                u[e->f[j]] += t * d;
            }
            bias += rate * g * 0.1;
            u_bias += t * rate * g * 0.1;
        }
    }
    for (int b = 0; b <= MASK; b++) {
        double v = (w[b] - u[b] / steps) * calibrate * SCALE;
        int r = (int)(v + (v < 0 ? -0.5 : 0.5));
        q[b] = r > 127 ? 127 : r < -127 ? -127 : r;
    }
    double v = (bias - u_bias / steps) * calibrate * SCALE;
    q_bias = (int)(v + (v < 0 ? -0.5 : 0.5));
    free(order);
}

static void read_examples(const char *path)
{
    FILE *fp = fopen(path, "r");
    static char line[1 << 20];
    int cap = 1024;
    if (!fp) {
        perror(path);
        exit(1);
    }
    examples = malloc(sizeof *examples * cap);
    while (fgets(line, sizeof line, fp)) {
        if (n_examples == cap)
            examples = realloc(examples, sizeof *examples * (cap *= 2));
        example *e = &examples[n_examples++];
        double weight;
        int used = 0;
        char *s = line;
        if (sscanf(s, "%d %lf %159s %u %d%n", &e->y, &weight, e->page, &e->hash, &e->n, &used) != 5) {
            fprintf(stderr, "%s: bad line %d\n", path, n_examples);
            exit(1);
        }
        s += used;
        e->f = malloc(sizeof *e->f * (e->n + 1));
        for (int j = 0; j < e->n; j++)
            e->f[j] = (int)strtol(s, &s, 10);
    }
    fclose(fp);
}

int main(int argc, char **argv)
{
    char *sets = NULL;
    if (argc < 3) {
        fprintf(stderr, "usage: %s DUMP SET,... [epochs=N rate=R decay=D cal=C shellw=W otherw=W catw=W alarms=N]\n", argv[0]);
        return 2;
    }
    read_examples(argv[1]);
    for (int i = 2; i < argc; i++) {
        char *a = argv[i], *v = strchr(a, '=');
        if (!v) { sets = a; continue; }
        v++;
        if (!strncmp(a, "epochs=", 7)) epochs = atoi(v);
        else if (!strncmp(a, "rate=", 5)) rate = atof(v);
        else if (!strncmp(a, "decay=", 6)) decay = atof(v);
        else if (!strncmp(a, "cal=", 4)) calibrate = atof(v);
        else if (!strncmp(a, "shellw=", 7)) shell_weight = atof(v);
        else if (!strncmp(a, "otherw=", 7)) other_weight = atof(v);
        else if (!strncmp(a, "catw=", 5)) catalog_weight = atof(v);
        else if (!strncmp(a, "alarms=", 7)) alarms = atol(v);
        else { fprintf(stderr, "%s: unknown option %s\n", argv[0], a); return 2; }
    }
    long found = 0, shells = 0, called = 0, others = 0, below4 = 0, over1 = 0, over0 = 0;
    for (char *set = strtok(sets, ","); set; set = strtok(NULL, ",")) {
        long f = 0, s = 0, c = 0, o = 0, b4 = 0, o1 = 0, o0 = 0;
        train(set);
        for (int i = 0; i < n_examples; i++) {
            const example *e = &examples[i];
            if (!in_set(e, set))
                continue;
            int score = q_bias;
            for (int j = 0; j < e->n; j++)
                score += q[e->f[j]];
            if (n_scored < MAX_SCORED) {
                scored[n_scored] = score;
                scored_y[n_scored++] = e->y;
            }
            if (e->y) { s++; f += score >= 2 * SCALE; b4 += score < -4 * SCALE; }
            else { o++; c += score >= 2 * SCALE; o1 += score >= -SCALE; o0 += score >= 0; }
        }
        printf("%-6s shell blocks found %4ld/%-4ld %6.2f%%   other called shell %4ld/%-5ld %5.2f%%   shell < -4 %3ld   other >= -1 %4ld, >= 0 %4ld\n",
               set, f, s, s ? 100.0 * f / s : 0, c, o, o ? 100.0 * c / o : 0, b4, o1, o0);
        fflush(stdout);
        found += f; shells += s; called += c; others += o; below4 += b4; over1 += o1; over0 += o0;
    }
    printf("all    shell blocks found %4ld/%-4ld %6.2f%%   other called shell %4ld/%-5ld %5.2f%%   shell < -4 %3ld   other >= -1 %4ld, >= 0 %4ld\n",
           found, shells, 100.0 * found / (shells ? shells : 1), called, others, 100.0 * called / (others ? others : 1),
           below4, over1, over0);
    if (alarms >= 0)
        for (int t = -8 * SCALE; t <= 8 * SCALE; t++) {
            long f = 0, c = 0;
            for (int i = 0; i < n_scored; i++)
                if (scored[i] >= t) { if (scored_y[i]) f++; else c++; }
            if (c <= alarms) {
                printf("at %ld false alarms: threshold %.2f finds %ld shell blocks (%ld alarms)\n", alarms, (double)t / SCALE, f, c);
                break;
            }
        }
    return 0;
}
