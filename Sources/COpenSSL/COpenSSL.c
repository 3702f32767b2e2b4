// The low-level SHA256_* calls are deprecated in OpenSSL 3 in favour of EVP, but they skip EVP's provider lookup
// and context allocation, which is most of the cost when hashing a few hundred bytes for a SigV4 signature.
#define OPENSSL_SUPPRESS_DEPRECATED 1

#include "COpenSSL.h"

#include <openssl/rand.h>
#include <openssl/sha.h>
#include <string.h>

_Static_assert(sizeof(SHA256_CTX) <= sizeof(cm_sha256_ctx), "cm_sha256_ctx is too small for SHA256_CTX");
_Static_assert(_Alignof(SHA256_CTX) <= _Alignof(cm_sha256_ctx), "cm_sha256_ctx is under-aligned");

#define CM_BLOCK 64

void cm_sha256_init(cm_sha256_ctx *ctx) { SHA256_Init((SHA256_CTX *)ctx); }

void cm_sha256_update(cm_sha256_ctx *ctx, const void *data, size_t length) {
    SHA256_Update((SHA256_CTX *)ctx, data, length);
}

void cm_sha256_final(cm_sha256_ctx *ctx, uint8_t *digest) { SHA256_Final(digest, (SHA256_CTX *)ctx); }

void cm_sha256(const void *data, size_t length, uint8_t *digest) { SHA256(data, length, digest); }

void cm_hmac_sha256_key_init(cm_hmac_sha256_key *key_state, const void *key, size_t key_length) {
    uint8_t block[CM_BLOCK];
    memset(block, 0, sizeof(block));
    if (key_length > CM_BLOCK) {
        SHA256(key, key_length, block);
    } else if (key_length > 0) {
        memcpy(block, key, key_length);
    }
    uint8_t pad[CM_BLOCK];
    for (int i = 0; i < CM_BLOCK; i++) pad[i] = block[i] ^ 0x36;
    SHA256_Init((SHA256_CTX *)&key_state->inner);
    SHA256_Update((SHA256_CTX *)&key_state->inner, pad, CM_BLOCK);
    for (int i = 0; i < CM_BLOCK; i++) pad[i] = block[i] ^ 0x5c;
    SHA256_Init((SHA256_CTX *)&key_state->outer);
    SHA256_Update((SHA256_CTX *)&key_state->outer, pad, CM_BLOCK);
}

void cm_hmac_sha256_with_key(const cm_hmac_sha256_key *key_state, const void *data, size_t length, uint8_t *mac) {
    SHA256_CTX ctx;
    uint8_t inner_digest[SHA256_DIGEST_LENGTH];
    memcpy(&ctx, &key_state->inner, sizeof(SHA256_CTX));
    SHA256_Update(&ctx, data, length);
    SHA256_Final(inner_digest, &ctx);
    memcpy(&ctx, &key_state->outer, sizeof(SHA256_CTX));
    SHA256_Update(&ctx, inner_digest, sizeof(inner_digest));
    SHA256_Final(mac, &ctx);
}

void cm_hmac_sha256(const void *key, size_t key_length, const void *data, size_t length, uint8_t *mac) {
    cm_hmac_sha256_key key_state;
    cm_hmac_sha256_key_init(&key_state, key, key_length);
    cm_hmac_sha256_with_key(&key_state, data, length, mac);
}

int cm_random_bytes(uint8_t *buffer, size_t length) { return RAND_bytes(buffer, (int)length) == 1 ? 1 : 0; }
