#pragma once

// What one client may cost the sandbox server (sandbox/README.md, "Limits"). Header-only constants, so the
// tests in tests/sandbox check the same numbers the server enforces.

#include <chrono>
#include <cstddef>

namespace o2o::sandbox::limits {

// httplib gives every open connection a worker thread of its own, idle keep-alive ones and stalled ones
// (fault set stall) included. Twice what one address may hold, and then some: two greedy addresses still
// leave room for everybody else, /v1/health included.
inline constexpr std::size_t kWorkerThreads = 32;

// Open connections per client address (an IPv6 client counts by its /64). More are closed at the start of
// their TLS handshake. A terminal uses one or two at a time.
inline constexpr int kConnectionsPerAddress = 8;

// From the start of the TLS handshake (or the first byte of a keep-alive connection's next request) until
// the request, body included, has arrived whole. httplib's own read timeout is per read: one byte every few
// seconds would hold a worker for ever.
inline constexpr std::chrono::seconds kRequestDeadline{10};

// A request body, counted as it arrives (chunked and compressed ones too): 500 events fit many times over.
inline constexpr std::size_t kMaxBodyBytes = 16 * 1024 * 1024;

// Bytes a connection may send for one request, TLS records, request line and headers included: httplib
// reads a request line or a header line of any length into memory.
inline constexpr std::size_t kMaxRequestBytes = kMaxBodyBytes + 1024 * 1024;

// Refused pairing codes per client address within the window; further enrollments from that address get
// 429 with Retry-After until the oldest refusal leaves the window, whatever code they carry.
inline constexpr int kEnrollFailures = 10;
inline constexpr std::chrono::minutes kEnrollWindow{10};

// The first characters of a pairing code say which code a wrong one was meant for (no two live codes share
// them); that many wrong codes for one code spend it.
inline constexpr int kPairingPrefixLength = 4;
inline constexpr int kPairingCodeMisses = 5;

} // namespace o2o::sandbox::limits
