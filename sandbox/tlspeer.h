#pragma once

#include "sandbox/tlsca.h"

#include <openssl/ssl.h>

namespace o2o::sandbox {

/**
 * Sets up the server's TLS: TLS 1.2 or newer, the server certificate, and a client certificate asked
 * for on every connection but not required (health and enrollment work without one). A certificate that
 * does not verify does not fail the handshake either: the request then gets the protocol's 401 or 403
 * body instead of a TLS alert the terminal cannot tell apart from a network fault.
 */
[[nodiscard]] Result<void> setUpServerContext(SSL_CTX& ctx, const SandboxCa& ca, const QString& certPath,
                                              const QString& keyPath);

/** What the client certificate of a connection is worth. */
struct PeerCertificate {
    enum class State {
        Missing,   // no certificate: 401
        Untrusted, // not issued by this platform's CA: 401
        Expired,   // ours, but outside its validity period: 403
        Valid,     // ours and current: look the device up by fingerprint
    };
    State state = State::Missing;
    QString fingerprint;
};

/** Judges the certificate the client presented on this connection (httplib's Request::ssl). */
PeerCertificate inspectPeer(const SSL* ssl);

} // namespace o2o::sandbox
