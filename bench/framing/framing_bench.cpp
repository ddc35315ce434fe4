// Seal and open a plaintext with examples/framing (Framing.Encrypt and Framing.Decrypt, Dafny
// compiled by dfyc, OpenSSL through its {:extern}s) and with a hand-written C++ loop that
// produces and reads the same bytes with the same OpenSSL calls, in the same process.
//
//   framing_bench [MIB (64)] [FRAME_LENGTH (4096)] [ROUNDS (5)]
//
// Prints the best of ROUNDS for each, in MB/s of plaintext (1 MB = 10^6 bytes).
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "framing.h"

namespace {

using Buffer = std::vector<uint8_t>;

[[noreturn]] void Die(const char* what) {
  std::fprintf(stderr, "framing_bench: %s\n", what);
  std::exit(1);
}

void Put32(Buffer& out, uint32_t n) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<uint8_t>(n >> shift));
}

uint32_t Get32(const uint8_t* p) {
  return uint32_t{p[0]} << 24 | uint32_t{p[1]} << 16 | uint32_t{p[2]} << 8 | uint32_t{p[3]};
}

// The same HKDF-SHA256 as cpp/aead_openssl.cpp.
Buffer DeriveKey(const Buffer& key, const Buffer& message_id) {
  static constexpr char kLabel[] = "dfyc-framing-v1";
  Buffer info(kLabel, kLabel + sizeof kLabel - 1);
  info.insert(info.end(), message_id.begin(), message_id.end());
  Buffer out(32);
  EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
  EVP_KDF_CTX* ctx = EVP_KDF_CTX_new(kdf);
  char digest[] = "SHA256";
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<uint8_t*>(key.data()),
                                        key.size()),
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info.data(), info.size()),
      OSSL_PARAM_construct_end()};
  if (EVP_KDF_derive(ctx, out.data(), out.size(), params) != 1) Die("HKDF");
  EVP_KDF_CTX_free(ctx);
  EVP_KDF_free(kdf);
  return out;
}

void Iv(uint8_t iv[12], uint32_t seq) {
  std::memset(iv, 0, 8);
  for (int i = 0; i < 4; ++i) iv[8 + i] = static_cast<uint8_t>(seq >> (24 - 8 * i));
}

Buffer Aad(const Buffer& id, uint32_t seq, bool final, uint32_t length) {
  Buffer aad(id);
  Put32(aad, seq);
  aad.push_back(final ? 1 : 0);
  Put32(aad, length);
  return aad;
}

// The hand-written sealer: header, then each frame straight into the output buffer.
Buffer HandSeal(const Buffer& key, const Buffer& id, uint32_t frame_length, const Buffer& pt) {
  Buffer data_key = DeriveKey(key, id);
  EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
  if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, data_key.data(), nullptr) != 1)
    Die("init");
  size_t frames = std::max<size_t>(1, (pt.size() + frame_length - 1) / frame_length);
  Buffer out;
  out.reserve(37 + pt.size() + frames * 25);
  out.push_back(1);
  out.insert(out.end(), id.begin(), id.end());
  Put32(out, frame_length);
  uint8_t iv[12];
  int n = 0;
  Iv(iv, 0);
  size_t body = out.size();
  out.resize(out.size() + 16);
  if (EVP_EncryptInit_ex(ctx, nullptr, nullptr, nullptr, iv) != 1 ||
      EVP_EncryptUpdate(ctx, nullptr, &n, out.data(), static_cast<int>(body)) != 1 ||
      EVP_EncryptFinal_ex(ctx, out.data() + body, &n) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out.data() + body) != 1)
    Die("header tag");
  for (size_t i = 0, pos = 0; i < frames; ++i) {
    uint32_t seq = static_cast<uint32_t>(i + 1);
    bool final = i + 1 == frames;
    uint32_t len = static_cast<uint32_t>(final ? pt.size() - pos : frame_length);
    Put32(out, seq);
    out.push_back(final ? 1 : 0);
    Put32(out, len);
    Buffer aad = Aad(id, seq, final, len);
    Iv(iv, seq);
    size_t at = out.size();
    out.resize(at + len + 16);
    if (EVP_EncryptInit_ex(ctx, nullptr, nullptr, nullptr, iv) != 1 ||
        EVP_EncryptUpdate(ctx, nullptr, &n, aad.data(), static_cast<int>(aad.size())) != 1 ||
        EVP_EncryptUpdate(ctx, out.data() + at, &n, pt.data() + pos, static_cast<int>(len)) != 1 ||
        EVP_EncryptFinal_ex(ctx, out.data() + at + len, &n) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out.data() + at + len) != 1)
      Die("frame");
    pos += len;
  }
  EVP_CIPHER_CTX_free(ctx);
  return out;
}

// The hand-written opener, with the checks of Framing.Decrypt; false on any failure.
bool HandOpen(const Buffer& key, const Buffer& data, Buffer& pt) {
  if (data.size() < 37 || data[0] != 1) return false;
  Buffer id(data.begin() + 1, data.begin() + 17);
  uint32_t frame_length = Get32(data.data() + 17);
  if (frame_length == 0) return false;
  Buffer data_key = DeriveKey(key, id);
  EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
  if (EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, data_key.data(), nullptr) != 1)
    Die("init");
  uint8_t iv[12];
  uint8_t none[16];
  int n = 0;
  Iv(iv, 0);
  bool ok = EVP_DecryptInit_ex(ctx, nullptr, nullptr, nullptr, iv) == 1 &&
            EVP_DecryptUpdate(ctx, nullptr, &n, data.data(), 21) == 1 &&
            EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16,
                                const_cast<uint8_t*>(data.data() + 21)) == 1 &&
            EVP_DecryptFinal_ex(ctx, none, &n) == 1;
  pt.clear();
  pt.reserve(data.size());
  bool final_seen = false;
  for (size_t pos = 37, seq = 1; ok && pos < data.size(); ++seq) {
    if (final_seen || data.size() - pos < 9) {
      ok = false;
      break;
    }
    const uint8_t* p = data.data() + pos;
    uint32_t len = Get32(p + 5);
    bool final = p[4] == 1;
    if (Get32(p) != seq || p[4] > 1 || data.size() - pos - 9 < size_t{len} + 16 ||
        (final ? len > frame_length : len != frame_length)) {
      ok = false;
      break;
    }
    Buffer aad = Aad(id, static_cast<uint32_t>(seq), final, len);
    Iv(iv, static_cast<uint32_t>(seq));
    size_t at = pt.size();
    pt.resize(at + len);
    int written = 0;
    ok = EVP_DecryptInit_ex(ctx, nullptr, nullptr, nullptr, iv) == 1 &&
         EVP_DecryptUpdate(ctx, nullptr, &n, aad.data(), static_cast<int>(aad.size())) == 1 &&
         (len == 0 ||
          EVP_DecryptUpdate(ctx, pt.data() + at, &written, p + 9, static_cast<int>(len)) == 1) &&
         EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, const_cast<uint8_t*>(p + 9 + len)) ==
             1 &&
         EVP_DecryptFinal_ex(ctx, none, &n) == 1;
    final_seen = final;
    pos += 9 + size_t{len} + 16;
  }
  EVP_CIPHER_CTX_free(ctx);
  if (!ok || !final_seen) {
    pt.clear();
    return false;
  }
  return true;
}

double Seconds(const std::function<void()>& work) {
  auto start = std::chrono::steady_clock::now();
  work();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  size_t mib = argc > 1 ? std::stoul(argv[1]) : 64;
  uint32_t frame_length = argc > 2 ? static_cast<uint32_t>(std::stoul(argv[2])) : 4096;
  int rounds = argc > 3 ? std::stoi(argv[3]) : 5;
  Buffer key(32), id(16), pt(mib << 20);
  if (RAND_bytes(key.data(), 32) != 1 || RAND_bytes(id.data(), 16) != 1 ||
      RAND_bytes(pt.data(), static_cast<int>(pt.size())) != 1)
    Die("random bytes");

  dfy::Bytes d_key = dfy::BytesFrom(key), d_id = dfy::BytesFrom(id), d_pt = dfy::BytesFrom(pt);
  dfy::Int d_frame_length(static_cast<int64_t>(frame_length));
  double dfyc_seal = 1e9, dfyc_open = 1e9, hand_seal = 1e9, hand_open = 1e9;
  for (int r = 0; r < rounds; ++r) {
    // dfyc: Framing.Encrypt, then Framing.Decrypt.
    dfy::Bytes sealed;
    dfyc_seal = std::min(
        dfyc_seal, Seconds([&] { sealed = Framing::Encrypt(d_key, d_id, d_frame_length, d_pt); }));
    Framing::Decryption opened = Framing::Decryption::DecryptError(dfy::String());
    dfyc_open = std::min(dfyc_open, Seconds([&] { opened = Framing::Decrypt(d_key, sealed); }));
    std::span<const uint8_t> got =
        opened.is_Decrypted() ? dfy::AsBytes(opened.plaintext()) : std::span<const uint8_t>();
    if (!opened.is_Decrypted() || !std::equal(got.begin(), got.end(), pt.begin(), pt.end()))
      Die("dfyc: the round trip failed");

    // Hand-written: the same format, the same OpenSSL calls.
    Buffer hand;
    hand_seal = std::min(hand_seal, Seconds([&] { hand = HandSeal(key, id, frame_length, pt); }));
    Buffer back;
    bool ok = false;
    hand_open = std::min(hand_open, Seconds([&] { ok = HandOpen(key, hand, back); }));
    if (!ok || back != pt) Die("hand-written: the round trip failed");
    // Both write the same bytes (the same key, message id and nonces).
    std::span<const uint8_t> s = dfy::AsBytes(sealed);
    if (!std::equal(s.begin(), s.end(), hand.begin(), hand.end()))
      Die("dfyc and the hand-written loop wrote different messages");
  }
  double mb = static_cast<double>(pt.size()) / 1e6;
  std::printf("plaintext %zu MiB, frames of %u bytes, best of %d rounds\n", mib, frame_length,
              rounds);
  std::printf("%-22s %10s %10s %14s\n", "", "seal MB/s", "open MB/s", "seal+open MB/s");
  auto row = [&](const char* name, double seal, double open) {
    std::printf("%-22s %10.0f %10.0f %14.0f\n", name, mb / seal, mb / open, mb / (seal + open));
  };
  row("dfyc (Framing)", dfyc_seal, dfyc_open);
  row("hand-written C++", hand_seal, hand_open);
  std::printf("dfyc / hand-written (seal+open): %.2f\n",
              (hand_seal + hand_open) / (dfyc_seal + dfyc_open));
  return 0;
}
