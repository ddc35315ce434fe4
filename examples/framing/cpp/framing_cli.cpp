// framing: seal and open files with the verified framed-encryption format of dfy/framing.dfy.
//
//   framing keygen KEY                       write a new random 32-byte key to KEY
//   framing seal KEY IN OUT [FRAME_LENGTH]   encrypt IN into OUT (frames of 4096 bytes)
//   framing open KEY IN OUT                  decrypt IN into OUT
//
// OUT may be "-" for standard output. `open` writes nothing unless the whole message is
// authentic: Framing.Decrypt returns all of the plaintext or an error, never a part, and OUT
// is created only after it succeeded. Exit codes: 0 success, 1 a message that does not open
// (tampered, truncated, reordered, replayed frames, or the wrong key), 2 usage or I/O error.
#include <openssl/rand.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "framing.h"

namespace {

constexpr int kOpenFailed = 1;
constexpr int kUsage = 2;

bool ReadFile(const std::string& path, std::vector<uint8_t>& data) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

bool WriteFile(const std::string& path, std::span<const uint8_t> data) {
  if (path == "-") {
    std::cout.write(reinterpret_cast<const char*>(data.data()),
                    static_cast<std::streamsize>(data.size()));
    std::cout.flush();
    return bool(std::cout);
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data.data()), static_cast<std::streamsize>(data.size()));
  out.close();
  return bool(out);
}

// A Dafny string (the error reasons are ASCII) as UTF-8.
std::string Utf8(const dfy::String& s) {
  std::string out;
  for (char32_t c : s.View()) {
    dfy::AppendUtf8(out, c);
  }
  return out;
}

int Usage() {
  std::cerr << "usage: framing keygen KEY\n"
               "       framing seal KEY IN OUT [FRAME_LENGTH]\n"
               "       framing open KEY IN OUT\n";
  return kUsage;
}

bool ReadKey(const std::string& path, std::vector<uint8_t>& key) {
  if (!ReadFile(path, key)) {
    std::cerr << "framing: cannot read key file " << path << "\n";
    return false;
  }
  if (key.size() != 32) {
    std::cerr << "framing: " << path << " holds " << key.size() << " bytes, not a 32-byte key\n";
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return Usage();
  const std::string& command = args[0];

  if (command == "keygen" && args.size() == 2) {
    std::vector<uint8_t> key(32);
    if (RAND_bytes(key.data(), static_cast<int>(key.size())) != 1) {
      std::cerr << "framing: no random bytes\n";
      return kUsage;
    }
    if (!WriteFile(args[1], key)) {
      std::cerr << "framing: cannot write " << args[1] << "\n";
      return kUsage;
    }
    return 0;
  }

  bool seal = command == "seal" && (args.size() == 4 || args.size() == 5);
  bool open = command == "open" && args.size() == 4;
  if (!seal && !open) return Usage();
  std::vector<uint8_t> key, input;
  if (!ReadKey(args[1], key)) return kUsage;
  if (!ReadFile(args[2], input)) {
    std::cerr << "framing: cannot read " << args[2] << "\n";
    return kUsage;
  }

  if (seal) {
    uint64_t frame_length = 4096;
    if (args.size() == 5) {
      try {
        frame_length = std::stoull(args[4]);
      } catch (const std::exception&) {
        frame_length = 0;
      }
    }
    // Framing.Encrypt's precondition (EncryptArgs), checked here, at the edge.
    if (frame_length == 0 || frame_length >= (uint64_t{1} << 32)) {
      std::cerr << "framing: the frame length must be between 1 and 2^32 - 1\n";
      return kUsage;
    }
    if (input.size() > (uint64_t{1} << 32) - 2) {
      std::cerr << "framing: " << args[2] << " is too long for one message (2^32 - 2 bytes)\n";
      return kUsage;
    }
    std::vector<uint8_t> message_id(16);
    if (RAND_bytes(message_id.data(), static_cast<int>(message_id.size())) != 1) {
      std::cerr << "framing: no random bytes\n";
      return kUsage;
    }
    dfy::Bytes sealed =
        Framing::Encrypt(dfy::BytesFrom(key), dfy::BytesFrom(message_id),
                         dfy::Int(static_cast<int64_t>(frame_length)), dfy::BytesFrom(input));
    if (!WriteFile(args[3], dfy::AsBytes(sealed))) {
      std::cerr << "framing: cannot write " << args[3] << "\n";
      return kUsage;
    }
    return 0;
  }

  Framing::Decryption result = Framing::Decrypt(dfy::BytesFrom(key), dfy::BytesFrom(input));
  if (!result.is_Decrypted()) {
    std::cerr << "framing: cannot open " << args[2] << ": " << Utf8(result.reason()) << "\n";
    return kOpenFailed;
  }
  if (!WriteFile(args[3], dfy::AsBytes(result.plaintext()))) {
    std::cerr << "framing: cannot write " << args[3] << "\n";
    return kUsage;
  }
  return 0;
}
