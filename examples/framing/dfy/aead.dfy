// The cryptography the message format relies on, as {:extern} functions that
// cpp/aead_openssl.cpp implements with OpenSSL. Their contracts are all that the proofs of
// framing.dfy assume about them; {:axiom} marks each contract as trusted, not proved.
include "bytes.dfy"

module Aead {
  import opened Bytes

  const KEY_LENGTH: int := 32  // AES-256
  const IV_LENGTH: int := 12   // GCM's 96-bit nonce
  const TAG_LENGTH: int := 16  // GCM's 128-bit tag

  // The key of one message: HKDF-SHA256 of the caller's key, with the message id as the
  // info. A different message id gives a different key, so the nonces of two messages never
  // meet under one key.
  function {:extern} {:axiom} DeriveKey(key: bytes, messageId: bytes): (derived: bytes)
    requires |key| == KEY_LENGTH
    ensures |derived| == KEY_LENGTH

  // AES-256-GCM encryption: the ciphertext (as long as the plaintext) followed by the tag.
  // It is a function of its arguments (GCM is deterministic for a given key and nonce).
  function {:extern} {:axiom} Seal(key: bytes, iv: bytes, aad: bytes, plaintext: bytes): (sealed: bytes)
    requires |key| == KEY_LENGTH && |iv| == IV_LENGTH
    ensures |sealed| == |plaintext| + TAG_LENGTH

  datatype Opened = Authentic(plaintext: bytes) | Forged

  // AES-256-GCM decryption. The contract: what it accepts is a sealing of what it returns
  // (no forgery is accepted), and a sealing of p is accepted and gives p (decryption undoes
  // encryption, which also means that Seal is injective in the plaintext).
  function {:extern} {:axiom} Open(key: bytes, iv: bytes, aad: bytes, ciphertext: bytes, tag: bytes)
    : (r: Opened)
    requires |key| == KEY_LENGTH && |iv| == IV_LENGTH && |tag| == TAG_LENGTH
    ensures r.Authentic? ==> Seal(key, iv, aad, r.plaintext) == ciphertext + tag
    ensures forall p {:trigger Seal(key, iv, aad, p)} ::
              Seal(key, iv, aad, p) == ciphertext + tag ==> r == Authentic(p)
}
