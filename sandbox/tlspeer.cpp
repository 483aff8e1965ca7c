#include "sandbox/tlspeer.h"

#include <QFile>

#include <openssl/x509v3.h>

namespace o2o::sandbox {

namespace {

// The per-connection mark the verify callback leaves when the chain is not ours.
int untrustedIndex() {
    static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

// Accepts every client certificate at the handshake but remembers a chain that is not ours, so the
// request can be answered with a protocol error. Time errors are left for inspectPeer (403, not 401).
int rememberVerifyFailure(int preverified, X509_STORE_CTX* ctx) {
    if (preverified)
        return 1;
    const int error = X509_STORE_CTX_get_error(ctx);
    if (error != X509_V_ERR_CERT_HAS_EXPIRED && error != X509_V_ERR_CERT_NOT_YET_VALID) {
        auto* ssl = static_cast<SSL*>(X509_STORE_CTX_get_ex_data(ctx, SSL_get_ex_data_X509_STORE_CTX_idx()));
        if (ssl)
            SSL_set_ex_data(ssl, untrustedIndex(), reinterpret_cast<void*>(1));
    }
    return 1;
}

} // namespace

Result<void> setUpServerContext(SSL_CTX& ctx, const SandboxCa& ca, const QString& certPath,
                                const QString& keyPath) {
    const QByteArray cert = QFile::encodeName(certPath);
    const QByteArray key = QFile::encodeName(keyPath);
    if (SSL_CTX_set_min_proto_version(&ctx, TLS1_2_VERSION) != 1 ||
        SSL_CTX_use_certificate_chain_file(&ctx, cert.constData()) != 1 ||
        SSL_CTX_use_PrivateKey_file(&ctx, key.constData(), SSL_FILETYPE_PEM) != 1 ||
        SSL_CTX_check_private_key(&ctx) != 1)
        return Unexpected(
            openSslError(QStringLiteral("cannot load the server certificate %1").arg(certPath)));
    // Only our CA verifies client certificates (no system store), and it is the one name clients are asked
    // for, so a client with several certificates picks the right one.
    X509_STORE* store = SSL_CTX_get_cert_store(&ctx);
    if (X509_STORE_add_cert(store, ca.certificate()) != 1 ||
        SSL_CTX_add_client_CA(&ctx, ca.certificate()) != 1 ||
        SSL_CTX_set_purpose(&ctx, X509_PURPOSE_SSL_CLIENT) != 1)
        return Unexpected(openSslError(QStringLiteral("cannot trust the sandbox CA")));
    SSL_CTX_set_verify(&ctx, SSL_VERIFY_PEER, rememberVerifyFailure);
    // Every connection verifies its client certificate afresh: no resumed sessions, whose certificate
    // might have been judged before the device was revoked.
    SSL_CTX_set_session_cache_mode(&ctx, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_options(&ctx, SSL_OP_NO_TICKET);
    (void)untrustedIndex(); // allocate the index before threads race for it
    return {};
}

PeerCertificate inspectPeer(const SSL* ssl) {
    PeerCertificate peer;
    X509* cert = ssl ? SSL_get0_peer_certificate(ssl) : nullptr;
    if (!cert)
        return peer;
    peer.fingerprint = certificateFingerprint(cert);
    if (SSL_get_ex_data(ssl, untrustedIndex()) != nullptr) {
        peer.state = PeerCertificate::State::Untrusted;
        return peer;
    }
    const bool current = X509_cmp_current_time(X509_get0_notBefore(cert)) < 0 &&
                         X509_cmp_current_time(X509_get0_notAfter(cert)) > 0;
    peer.state = current ? PeerCertificate::State::Valid : PeerCertificate::State::Expired;
    return peer;
}

} // namespace o2o::sandbox
