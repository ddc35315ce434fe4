// Tests for runtime/include/dfy/bitvector.h (bvN arithmetic) and the byte helpers of
// runtime/include/dfy/seq.h that {:extern} code uses.
#include "dfy/bitvector.h"

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <vector>

#include "dfy/int.h"
#include "dfy/seq.h"

namespace dfy {
namespace {

TEST_CASE("bitvector arithmetic wraps modulo 2^N") {
  CHECK(BvAdd<8>(uint8_t{200}, uint8_t{100}) == 44);
  CHECK(BvSub<8>(uint8_t{100}, uint8_t{200}) == 156);
  CHECK(BvMul<16>(uint16_t{0xFFFF}, uint16_t{0xFFFF}) == 1);
  CHECK(BvAdd<5>(uint8_t{31}, uint8_t{1}) == 0);
  CHECK(BvMul<5>(uint8_t{31}, uint8_t{3}) == 29);
  CHECK(BvNeg<5>(uint8_t{31}) == 1);
  CHECK(BvNeg<8>(uint8_t{0}) == 0);
  CHECK(BvNot<5>(uint8_t{31}) == 0);
  CHECK(BvNot<64>(uint64_t{0}) == UINT64_MAX);
  CHECK(BvAdd<64>(UINT64_MAX, uint64_t{2}) == 1);
  CHECK(BvMask<0>(uint8_t{7}) == 0);
}

TEST_CASE("bitvector shifts by up to N, with any integer amount") {
  CHECK(BvShl<8>(uint8_t{200}, 1) == 144);
  CHECK(BvShl<8>(uint8_t{200}, 8) == 0);
  CHECK(BvShr<8>(uint8_t{200}, uint8_t{8}) == 0);
  CHECK(BvShl<64>(UINT64_MAX, Int(64)) == 0);
  CHECK(BvShr<64>(UINT64_MAX, Int(63)) == 1);
  CHECK(BvShl<5>(uint8_t{31}, 2) == 28);
  CHECK(BvShl<32>(uint32_t{1000}, uint64_t{20}) == 1048576000u);
}

TEST_CASE("bitvector rotations") {
  CHECK(BvRotl<32>(uint32_t{0xDEADBEEF}, 3) == 4117624702u);
  CHECK(BvRotr<32>(uint32_t{0xDEADBEEF}, 4) == 4260027374u);
  CHECK(BvRotl<5>(uint8_t{0b10001}, 1) == 0b00011);
  CHECK(BvRotl<8>(uint8_t{0x81}, 8) == 0x81);
}

TEST_CASE("Int::ToUint64 is the value modulo 2^64") {
  CHECK(Int(5).ToUint64() == 5);
  CHECK(Int(-1).ToUint64() == UINT64_MAX);
  CHECK(Int::FromString("18446744073709551615").ToUint64() == UINT64_MAX);
  CHECK(Int::FromString("-9223372036854775809").ToUint64() == 0x7FFFFFFFFFFFFFFFull);
  CHECK(Int(UINT64_MAX).ToUint64() == UINT64_MAX);
}

TEST_CASE("Bytes: views, copies and in-place fills") {
  std::vector<uint8_t> data = {1, 2, 255};
  Bytes b = BytesFrom(data);
  CHECK(b.size() == 3);
  CHECK(AsBytes(b).data() == AsBytes(b).data());
  CHECK(AsBytes(b)[2] == 255);
  // A slice views the same storage.
  CHECK(AsBytes(b.Drop(size_t{1})).data() == AsBytes(b).data() + 1);
  Bytes f = Bytes::Fill(4, [](std::span<uint8_t> out) {
    for (size_t i = 0; i < out.size(); ++i) out[i] = static_cast<uint8_t>(10 * i);
  });
  CHECK(f == Bytes{0, 10, 20, 30});
  CHECK(Bytes::Fill(0, [](std::span<uint8_t>) {}).empty());
  std::array<uint8_t, 2> arr = {7, 8};
  CHECK(BytesFrom(arr) == Bytes{7, 8});
}

}  // namespace
}  // namespace dfy
