// The {:extern} cryptography of dfy/aead.dfy, with OpenSSL (libcrypto): HKDF-SHA256 for the
// per-message key, AES-256-GCM for sealing and opening. dfyc declares these functions in the
// generated framing.h (namespace Aead); their contracts in aead.dfy are what the proofs
// assume, and what this file must honour:
// - Seal returns ciphertext || tag, |plaintext| + 16 bytes, a function of its arguments;
// - Open returns Authentic(p) exactly when ciphertext || tag is Seal(key, iv, aad, p).
// An OpenSSL failure other than a failed tag check (out of memory, a broken library) aborts:
// it is no answer the contracts allow.
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "framing.h"

namespace Aead {

namespace {

constexpr size_t kKeyLength = 32;
constexpr size_t kIvLength = 12;
constexpr size_t kTagLength = 16;

[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "aead_openssl: OpenSSL failed in %s\n", what);
  std::abort();
}

// AES-GCM contexts kept from one call to the next: the key schedule is computed again only
// when the key changes (once per message), as a hand-written loop would do.
class GcmContext {
 public:
  explicit GcmContext(bool encrypt) : ctx_(EVP_CIPHER_CTX_new()), encrypt_(encrypt) {
    if (ctx_ == nullptr ||
        EVP_CipherInit_ex(ctx_, EVP_aes_256_gcm(), nullptr, nullptr, nullptr, encrypt) != 1) {
      Fail("EVP_CipherInit_ex");
    }
  }
  ~GcmContext() { EVP_CIPHER_CTX_free(ctx_); }
  GcmContext(const GcmContext&) = delete;
  GcmContext& operator=(const GcmContext&) = delete;

  // Sets the key (when it differs from the last one) and the nonce.
  EVP_CIPHER_CTX* Start(std::span<const uint8_t> key, std::span<const uint8_t> iv) {
    const uint8_t* new_key = nullptr;
    if (!has_key_ || std::memcmp(key.data(), key_.data(), kKeyLength) != 0) {
      std::memcpy(key_.data(), key.data(), kKeyLength);
      has_key_ = true;
      new_key = key_.data();
    }
    if (EVP_CipherInit_ex(ctx_, nullptr, nullptr, new_key, iv.data(), encrypt_) != 1) {
      Fail("EVP_CipherInit_ex");
    }
    return ctx_;
  }

 private:
  EVP_CIPHER_CTX* ctx_;
  int encrypt_;
  std::array<uint8_t, kKeyLength> key_{};
  bool has_key_ = false;
};

int Int(size_t n) {
  if (n > static_cast<size_t>(INT32_MAX)) Fail("a length above 2^31");
  return static_cast<int>(n);
}

}  // namespace

dfy::Bytes DeriveKey(const dfy::Bytes& key, const dfy::Bytes& messageId) {
  std::span<const uint8_t> k = dfy::AsBytes(key);
  // info = "dfyc-framing-v1" || message id
  static constexpr char kLabel[] = "dfyc-framing-v1";
  std::vector<uint8_t> info(kLabel, kLabel + sizeof kLabel - 1);
  std::span<const uint8_t> id = dfy::AsBytes(messageId);
  info.insert(info.end(), id.begin(), id.end());
  return dfy::Bytes::Fill(kKeyLength, [&](std::span<uint8_t> out) {
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    EVP_KDF_CTX* ctx = kdf ? EVP_KDF_CTX_new(kdf) : nullptr;
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<uint8_t*>(k.data()),
                                          k.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info.data(), info.size()),
        OSSL_PARAM_construct_end()};
    if (ctx == nullptr || EVP_KDF_derive(ctx, out.data(), out.size(), params) != 1) {
      Fail("HKDF");
    }
    EVP_KDF_CTX_free(ctx);
    EVP_KDF_free(kdf);
  });
}

dfy::Bytes Seal(const dfy::Bytes& key, const dfy::Bytes& iv, const dfy::Bytes& aad,
                const dfy::Bytes& plaintext) {
  thread_local GcmContext gcm(true);
  std::span<const uint8_t> a = dfy::AsBytes(aad);
  std::span<const uint8_t> p = dfy::AsBytes(plaintext);
  return dfy::Bytes::Fill(p.size() + kTagLength, [&](std::span<uint8_t> out) {
    EVP_CIPHER_CTX* ctx = gcm.Start(dfy::AsBytes(key), dfy::AsBytes(iv));
    int n = 0;
    if (EVP_EncryptUpdate(ctx, nullptr, &n, a.data(), Int(a.size())) != 1 ||
        EVP_EncryptUpdate(ctx, out.data(), &n, p.data(), Int(p.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx, out.data() + n, &n) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, kTagLength, out.data() + p.size()) != 1) {
      Fail("AES-256-GCM encryption");
    }
  });
}

Opened Open(const dfy::Bytes& key, const dfy::Bytes& iv, const dfy::Bytes& aad,
            const dfy::Bytes& ciphertext, const dfy::Bytes& tag) {
  thread_local GcmContext gcm(false);
  std::span<const uint8_t> a = dfy::AsBytes(aad);
  std::span<const uint8_t> c = dfy::AsBytes(ciphertext);
  auto decrypt = [&](std::span<uint8_t> out) {
    EVP_CIPHER_CTX* ctx = gcm.Start(dfy::AsBytes(key), dfy::AsBytes(iv));
    uint8_t none[1];
    uint8_t* end = out.empty() ? none : out.data();
    int n = 0;
    int written = 0;
    if (EVP_DecryptUpdate(ctx, nullptr, &n, a.data(), Int(a.size())) != 1 ||
        (!c.empty() &&
         EVP_DecryptUpdate(ctx, out.data(), &written, c.data(), Int(c.size())) != 1) ||
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, kTagLength,
                            const_cast<uint8_t*>(dfy::AsBytes(tag).data())) != 1) {
      Fail("AES-256-GCM decryption");
    }
    // The tag check: a forgery fails here, and its would-be plaintext is dropped.
    return EVP_DecryptFinal_ex(ctx, end + written, &n) == 1;
  };
  bool authentic = false;
  dfy::Bytes plaintext;
  if (c.empty()) {
    // (Bytes::Fill does not call its writer for an empty sequence.)
    authentic = decrypt({});
  } else {
    plaintext =
        dfy::Bytes::Fill(c.size(), [&](std::span<uint8_t> out) { authentic = decrypt(out); });
  }
  if (!authentic) return Opened::Forged();
  return Opened::Authentic(plaintext);
}

}  // namespace Aead
