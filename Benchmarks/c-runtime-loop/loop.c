// The baseline for `scripts/bench runtime`: the smallest useful Lambda runtime loop over libcurl, in C.
//
// It does what our Swift runtime does on its hot path and nothing else: one reused easy handle (so one keep-alive
// connection to the Runtime API), GET /next with no timeout, then POST the event bytes back unchanged to
// /invocation/{id}/response. No logging, no JSON, no error reporting beyond exiting when the Runtime API fails.
//
// Build: gcc -O2 -o loop loop.c -lcurl   (scripts/bench does this, then strips the result)

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct buffer {
    char *bytes;
    size_t count;
    size_t capacity;
};

static size_t append_body(char *data, size_t size, size_t count, void *context) {
    struct buffer *buffer = context;
    size_t length = size * count;
    if (buffer->count + length > buffer->capacity) {
        size_t capacity = buffer->capacity ? buffer->capacity : 4096;
        while (capacity < buffer->count + length) capacity *= 2;
        char *grown = realloc(buffer->bytes, capacity);
        if (grown == NULL) return 0;
        buffer->bytes = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->bytes + buffer->count, data, length);
    buffer->count += length;
    return length;
}

static size_t discard_body(char *data, size_t size, size_t count, void *context) {
    (void)data;
    (void)context;
    return size * count;
}

// Keeps the value of Lambda-Runtime-Aws-Request-Id; every other header is ignored.
static size_t read_header(char *data, size_t size, size_t count, void *context) {
    static const char name[] = "Lambda-Runtime-Aws-Request-Id:";
    char *request_id = context;
    size_t length = size * count;
    if (length > sizeof(name) - 1 && strncasecmp(data, name, sizeof(name) - 1) == 0) {
        const char *value = data + sizeof(name) - 1;
        const char *end = data + length;
        while (value < end && (*value == ' ' || *value == '\t')) value++;
        while (end > value && (end[-1] == '\r' || end[-1] == '\n' || end[-1] == ' ')) end--;
        size_t value_length = (size_t)(end - value) < 127 ? (size_t)(end - value) : 127;
        memcpy(request_id, value, value_length);
        request_id[value_length] = '\0';
    }
    return length;
}

int main(void) {
    const char *api = getenv("AWS_LAMBDA_RUNTIME_API");
    if (api == NULL) {
        fprintf(stderr, "AWS_LAMBDA_RUNTIME_API is not set\n");
        return 1;
    }
    char next_url[512];
    snprintf(next_url, sizeof next_url, "http://%s/2018-06-01/runtime/invocation/next", api);

    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) return 1;
    CURL *handle = curl_easy_init();
    if (handle == NULL) return 1;
    struct curl_slist *headers = curl_slist_append(NULL, "Content-Type: application/json");
    headers = curl_slist_append(headers, "Expect:");
    struct buffer event = {0};
    char request_id[128];
    char response_url[768];

    for (;;) {
        event.count = 0;
        request_id[0] = '\0';
        curl_easy_setopt(handle, CURLOPT_URL, next_url);
        curl_easy_setopt(handle, CURLOPT_HTTPGET, 1L);
        curl_easy_setopt(handle, CURLOPT_HTTPHEADER, NULL);
        curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, append_body);
        curl_easy_setopt(handle, CURLOPT_WRITEDATA, &event);
        curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, read_header);
        curl_easy_setopt(handle, CURLOPT_HEADERDATA, request_id);
        long status = 0;
        if (curl_easy_perform(handle) != CURLE_OK) return 1;
        curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
        if (status != 200 || request_id[0] == '\0') return 1;

        snprintf(response_url, sizeof response_url, "http://%s/2018-06-01/runtime/invocation/%s/response", api,
                 request_id);
        curl_easy_setopt(handle, CURLOPT_URL, response_url);
        curl_easy_setopt(handle, CURLOPT_POSTFIELDS, event.bytes ? event.bytes : "");
        curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)event.count);
        curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, discard_body);
        curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, discard_body);
        if (curl_easy_perform(handle) != CURLE_OK) return 1;
        curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
        if (status >= 500) return 1;
    }
}
