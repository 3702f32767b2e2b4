// A narrow C interface over the system libcrypto (OpenSSL 3): SHA-256, HMAC-SHA256 with a precomputed key, and
// random bytes. The OpenSSL headers stay out of the Swift-visible interface so that Swift sees plain C types and
// no deprecation attributes; the contexts are opaque storage sized and checked in COpenSSL.c.
#ifndef CLOUDMENTOR_COPENSSL_H
#define CLOUDMENTOR_COPENSSL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Storage for one running SHA-256 computation (an OpenSSL SHA256_CTX, 112 bytes, kept 8-byte aligned).
typedef struct cm_sha256_ctx {
    uint64_t opaque[16];
} cm_sha256_ctx;

/// HMAC-SHA256 state for one key: the inner and outer hashes after absorbing the padded key, so that each MAC
/// under that key costs two short hash completions instead of four block computations.
typedef struct cm_hmac_sha256_key {
    cm_sha256_ctx inner;
    cm_sha256_ctx outer;
} cm_hmac_sha256_key;

void cm_sha256_init(cm_sha256_ctx *ctx);
void cm_sha256_update(cm_sha256_ctx *ctx, const void *data, size_t length);
/// Writes 32 bytes to `digest`.
void cm_sha256_final(cm_sha256_ctx *ctx, uint8_t *digest);

/// One-shot SHA-256 of `length` bytes; writes 32 bytes to `digest`.
void cm_sha256(const void *data, size_t length, uint8_t *digest);

/// Prepares `key_state` for HMAC-SHA256 under `key` (any length).
void cm_hmac_sha256_key_init(cm_hmac_sha256_key *key_state, const void *key, size_t key_length);
/// HMAC-SHA256 of `data` under a prepared key; writes 32 bytes to `mac`. `key_state` is not modified.
void cm_hmac_sha256_with_key(const cm_hmac_sha256_key *key_state, const void *data, size_t length, uint8_t *mac);
/// One-shot HMAC-SHA256; writes 32 bytes to `mac`.
void cm_hmac_sha256(const void *key, size_t key_length, const void *data, size_t length, uint8_t *mac);

/// Fills `buffer` with cryptographically secure random bytes. Returns 1 on success, 0 on failure.
int cm_random_bytes(uint8_t *buffer, size_t length);

#ifdef __cplusplus
}
#endif

#endif
