#pragma once

#include <string>

namespace o2o::sandbox {

/**
 * The key the server's per-client limits count by: an IPv4 address (also when it arrives IPv4-mapped), or
 * the /64 of an IPv6 address, since one IPv6 client is usually given a whole /64 to pick from.
 */
std::string clientKey(const std::string& numericAddress);

/** The numeric address of the socket's peer; empty when the socket is no longer connected. */
std::string peerAddress(int fd);

} // namespace o2o::sandbox
