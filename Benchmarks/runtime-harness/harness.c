// The measuring side of `scripts/bench runtime`: a minimal Lambda Runtime API on loopback that starts one runtime
// executable and times it, with as little harness overhead as possible (one thread, blocking sockets, no allocation
// on the hot path), so that the differences it reports belong to the runtimes.
//
//   harness spawn N EXECUTABLE
//       N times: start EXECUTABLE with AWS_LAMBDA_RUNTIME_API pointing here, time from just before posix_spawn to the
//       moment its first GET /next has fully arrived, then kill it. Prints `spawn_ns <value>` per start.
//   harness warm N EVENT_FILE CHECK EXECUTABLE
//       Starts EXECUTABLE once, answers N /next calls with the bytes of EVENT_FILE and times each invocation from the
//       last byte of the event written to the last byte of the runtime's /response read. CHECK is `echo` (the
//       response must equal the event) or `status:NNN` (the response must hold `"statusCode":NNN`). Then kills it
//       and prints `latency_ns` per invocation, then `errors`, `mismatches`, `anonymous_kb` (its anonymous memory
//       just before the kill, from /proc), and from wait4 `max_rss_kb`, `cpu_user_us` and `cpu_system_us` (the
//       runtime's CPU time over its whole life, start included).
//
// The child inherits the harness's environment (scripts/bench passes the Lambda variables) plus
// AWS_LAMBDA_RUNTIME_API; its stdout and stderr go to /dev/null, as a real runtime's go to a pipe someone else reads.
//
// Build: gcc -O2 -o harness harness.c

#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static void fail(const char *what) {
    perror(what);
    exit(2);
}

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

// One HTTP/1.1 connection from the runtime, read into a growing buffer.
struct connection {
    int fd;
    char *data;
    size_t count;
    size_t capacity;
};

struct request {
    char method[8];
    char path[512];
    size_t body_offset;
    size_t body_length;
    size_t total;
};

static void reserve(struct connection *connection, size_t extra) {
    if (connection->count + extra <= connection->capacity) return;
    size_t capacity = connection->capacity ? connection->capacity : 65536;
    while (capacity < connection->count + extra) capacity *= 2;
    connection->data = realloc(connection->data, capacity);
    if (connection->data == NULL) fail("realloc");
    connection->capacity = capacity;
}

static void send_all(int fd, const char *bytes, size_t count) {
    while (count > 0) {
        ssize_t sent = send(fd, bytes, count, MSG_NOSIGNAL);
        if (sent < 0) {
            if (errno == EINTR) continue;
            fail("send");
        }
        bytes += sent;
        count -= (size_t)sent;
    }
}

// Returns the header value's length, copying at most capacity-1 bytes into value; -1 when absent.
static long header_value(const char *headers, size_t length, const char *name, char *value, size_t capacity) {
    size_t name_length = strlen(name);
    const char *line = headers;
    const char *end = headers + length;
    while (line < end) {
        const char *eol = memmem(line, (size_t)(end - line), "\r\n", 2);
        if (eol == NULL) eol = end;
        if ((size_t)(eol - line) > name_length && strncasecmp(line, name, name_length) == 0 &&
            line[name_length] == ':') {
            const char *start = line + name_length + 1;
            while (start < eol && *start == ' ') start++;
            size_t value_length = (size_t)(eol - start);
            size_t copied = value_length < capacity - 1 ? value_length : capacity - 1;
            memcpy(value, start, copied);
            value[copied] = '\0';
            return (long)value_length;
        }
        line = eol + 2;
    }
    return -1;
}

// Reads one complete request (headers and Content-Length body). Returns 0 when the peer closed the connection.
static int read_request(struct connection *connection, struct request *request) {
    size_t header_end = 0;
    for (;;) {
        if (header_end == 0) {
            char *mark = connection->count >= 4 ? memmem(connection->data, connection->count, "\r\n\r\n", 4) : NULL;
            if (mark != NULL) {
                header_end = (size_t)(mark - connection->data) + 4;
                char length_text[32];
                request->body_length = 0;
                if (header_value(connection->data, header_end, "Content-Length", length_text, sizeof length_text) >= 0)
                    request->body_length = strtoul(length_text, NULL, 10);
                char expect[32];
                if (header_value(connection->data, header_end, "Expect", expect, sizeof expect) >= 0 &&
                    strncasecmp(expect, "100-continue", 12) == 0) {
                    static const char go_on[] = "HTTP/1.1 100 Continue\r\n\r\n";
                    send_all(connection->fd, go_on, sizeof go_on - 1);
                }
                request->body_offset = header_end;
                request->total = header_end + request->body_length;
                if (sscanf(connection->data, "%7s %511s", request->method, request->path) != 2) {
                    fprintf(stderr, "harness: malformed request line\n");
                    exit(2);
                }
            }
        }
        if (header_end != 0 && connection->count >= request->total) return 1;
        reserve(connection, 65536);
        ssize_t received = recv(connection->fd, connection->data + connection->count,
                                connection->capacity - connection->count, 0);
        if (received == 0) return 0;
        if (received < 0) {
            if (errno == EINTR) continue;
            if (errno == ECONNRESET) return 0;
            fail("recv");
        }
        connection->count += (size_t)received;
    }
}

// Drops the request just handled from the front of the buffer, keeping anything pipelined behind it.
static void consume(struct connection *connection, const struct request *request) {
    memmove(connection->data, connection->data + request->total, connection->count - request->total);
    connection->count -= request->total;
}

static int listen_loopback(int *port) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) fail("socket");
    int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = 0};
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(fd, (struct sockaddr *)&address, sizeof address) != 0) fail("bind");
    if (listen(fd, 16) != 0) fail("listen");
    socklen_t length = sizeof address;
    getsockname(fd, (struct sockaddr *)&address, &length);
    *port = ntohs(address.sin_port);
    return fd;
}

static pid_t start(const char *executable, int port) {
    char endpoint[64];
    snprintf(endpoint, sizeof endpoint, "127.0.0.1:%d", port);
    setenv("AWS_LAMBDA_RUNTIME_API", endpoint, 1);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid;
    char *argv[] = {(char *)executable, NULL};
    int status = posix_spawn(&pid, executable, &actions, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (status != 0) {
        errno = status;
        fail("posix_spawn");
    }
    return pid;
}

static int accept_runtime(int listener) {
    int fd = accept4(listener, NULL, NULL, SOCK_CLOEXEC);
    if (fd < 0) fail("accept");
    int yes = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
    return fd;
}

static struct rusage stop(pid_t pid) {
    kill(pid, SIGKILL);
    int status;
    struct rusage usage;
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) fail("wait4");
    }
    return usage;
}

// The process's anonymous memory now (heap, stacks, written data), from /proc: the part of its RSS that is its own
// rather than pages of its executable and libraries. -1 when /proc cannot tell.
static long anonymous_memory_kb(pid_t pid) {
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/smaps_rollup", (int)pid);
    FILE *file = fopen(path, "r");
    if (file == NULL) return -1;
    long value = -1;
    while (fgets(line, sizeof line, file) != NULL) {
        if (strncmp(line, "Anonymous:", 10) == 0) value = strtol(line + 10, NULL, 10);
    }
    fclose(file);
    return value;
}

static int spawn_mode(int count, const char *executable) {
    int port;
    int listener = listen_loopback(&port);
    struct connection connection = {0};
    struct request request;
    for (int index = 0; index < count; index++) {
        connection.count = 0;
        long long started = now_ns();
        pid_t pid = start(executable, port);
        connection.fd = accept_runtime(listener);
        if (!read_request(&connection, &request) || strstr(request.path, "/invocation/next") == NULL) {
            fprintf(stderr, "harness: %s did not ask for /next first\n", executable);
            stop(pid);
            return 1;
        }
        long long elapsed = now_ns() - started;
        stop(pid);
        close(connection.fd);
        printf("spawn_ns %lld\n", elapsed);
    }
    return 0;
}

static char *read_file(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (file == NULL) fail(path);
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *bytes = malloc((size_t)size + 1);
    if (bytes == NULL || fread(bytes, 1, (size_t)size, file) != (size_t)size) fail(path);
    fclose(file);
    *length = (size_t)size;
    return bytes;
}

static int warm_mode(int count, const char *event_path, const char *check, const char *executable) {
    size_t event_length;
    char *event = read_file(event_path, &event_length);
    char status_needle[64] = "";
    if (strncmp(check, "status:", 7) == 0) {
        snprintf(status_needle, sizeof status_needle, "\"statusCode\":%s", check + 7);
    } else if (strcmp(check, "echo") != 0) {
        fprintf(stderr, "harness: CHECK is echo or status:NNN\n");
        return 2;
    }
    long long *latencies = calloc((size_t)count, sizeof *latencies);
    char *next_response = malloc(event_length + 1024);
    static const char accepted[] =
        "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 15\r\n\r\n{\"status\":\"OK\"}";

    int port;
    int listener = listen_loopback(&port);
    pid_t pid = start(executable, port);
    struct connection connection = {.fd = accept_runtime(listener)};
    struct request request;
    int errors = 0, mismatches = 0, served = 0, recorded = 0;
    long long sent_at = 0;
    char request_id[64] = "";

    while (served < count) {
        if (!read_request(&connection, &request)) {
            fprintf(stderr, "harness: the runtime closed its connection after %d invocations\n", served);
            errors++;
            break;
        }
        if (strcmp(request.method, "GET") == 0 && strstr(request.path, "/invocation/next") != NULL) {
            snprintf(request_id, sizeof request_id, "bench-%08d-0000-4000-8000-000000000000", served);
            int head = snprintf(next_response, 1024,
                                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                "Lambda-Runtime-Aws-Request-Id: %s\r\n"
                                "Lambda-Runtime-Deadline-Ms: 4102444800000\r\n"
                                "Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:000000000000:function:bench\r\n"
                                "Lambda-Runtime-Trace-Id: Root=1-00000000-000000000000000000000000;Parent=0000000000000000;Sampled=0\r\n"
                                "Content-Length: %zu\r\n\r\n",
                                request_id, event_length);
            memcpy(next_response + head, event, event_length);
            consume(&connection, &request);
            send_all(connection.fd, next_response, (size_t)head + event_length);
            sent_at = now_ns();
        } else if (strcmp(request.method, "POST") == 0 && strstr(request.path, "/response") != NULL) {
            long long finished = now_ns();
            latencies[recorded++] = finished - sent_at;
            served++;
            const char *body = connection.data + request.body_offset;
            if (status_needle[0] == '\0') {
                if (request.body_length != event_length || memcmp(body, event, event_length) != 0) mismatches++;
            } else if (memmem(body, request.body_length, status_needle, strlen(status_needle)) == NULL) {
                mismatches++;
            }
            consume(&connection, &request);
            send_all(connection.fd, accepted, sizeof accepted - 1);
        } else {
            // /error or anything unexpected: count it, accept it, move on.
            errors++;
            served++;
            consume(&connection, &request);
            send_all(connection.fd, accepted, sizeof accepted - 1);
        }
    }
    long anonymous_kb = anonymous_memory_kb(pid);
    struct rusage usage = stop(pid);
    close(connection.fd);
    for (int index = 0; index < recorded; index++) printf("latency_ns %lld\n", latencies[index]);
    printf("errors %d\nmismatches %d\nmax_rss_kb %ld\n", errors, mismatches, usage.ru_maxrss);
    printf("anonymous_kb %ld\n", anonymous_kb);
    printf("cpu_user_us %ld\ncpu_system_us %ld\n", usage.ru_utime.tv_sec * 1000000L + usage.ru_utime.tv_usec,
           usage.ru_stime.tv_sec * 1000000L + usage.ru_stime.tv_usec);
    return 0;
}

int main(int argc, char **argv) {
    signal(SIGPIPE, SIG_IGN);
    if (argc == 4 && strcmp(argv[1], "spawn") == 0) return spawn_mode(atoi(argv[2]), argv[3]);
    if (argc == 6 && strcmp(argv[1], "warm") == 0) return warm_mode(atoi(argv[2]), argv[3], argv[4], argv[5]);
    fprintf(stderr, "usage: harness spawn N EXECUTABLE | harness warm N EVENT_FILE echo|status:NNN EXECUTABLE\n");
    return 2;
}
