#include "sync/httpclient.h"

#include "sync/synclog.h"

#include <curl/curl.h>
#include <curl/header.h>
#include <mutex>

namespace o2o {

namespace {

struct Transfer {
    QByteArray body;
    qint64 limit = 0;
    bool overflow = false;
    const std::atomic_bool* cancel = nullptr;
};

size_t receive(char* data, size_t size, size_t count, void* user) {
    auto* t = static_cast<Transfer*>(user);
    const size_t bytes = size * count;
    if (t->body.size() + qint64(bytes) > t->limit) {
        t->overflow = true;
        return 0; // makes curl fail the transfer with CURLE_WRITE_ERROR
    }
    t->body.append(data, qsizetype(bytes));
    return bytes;
}

int progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    const auto* t = static_cast<Transfer*>(user);
    return t->cancel && t->cancel->load() ? 1 : 0;
}

void initCurlOnce() {
    // curl_global_init is not safe to race with other threads' first use: once, before any handle.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

Error transferError(CURLcode code, const char* detail, const Transfer& t) {
    const QString why = QString::fromUtf8(*detail ? detail : curl_easy_strerror(code));
    switch (code) {
    case CURLE_WRITE_ERROR:
        if (t.overflow)
            return Error{ErrorCode::InvalidInput, QStringLiteral("the platform's answer is too large"), true};
        break;
    case CURLE_ABORTED_BY_CALLBACK:
        return Error{ErrorCode::Io, QStringLiteral("the request was cancelled"), true};
    case CURLE_OPERATION_TIMEDOUT:
        return Error{ErrorCode::Io, QStringLiteral("the platform did not answer in time (%1)").arg(why),
                     true};
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        // Retrying cannot fix a certificate: the terminal must be enrolled (again) with the right platform.
        return Error{ErrorCode::Crypto, QStringLiteral("TLS refused: %1").arg(why), false};
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        return Error{ErrorCode::Usage, QStringLiteral("bad platform address: %1").arg(why), false};
    default:
        break;
    }
    return Error{ErrorCode::Io, QStringLiteral("cannot reach the platform: %1").arg(why), true};
}

QList<QByteArray> certificateChain(CURL* curl) {
    QList<QByteArray> chain;
    curl_certinfo* info = nullptr;
    if (curl_easy_getinfo(curl, CURLINFO_CERTINFO, &info) != CURLE_OK || !info)
        return chain;
    for (int i = 0; i < info->num_of_certs; ++i) {
        for (curl_slist* field = info->certinfo[i]; field; field = field->next) {
            const QByteArray line(field->data);
            if (line.startsWith("Cert:"))
                chain.append(line.mid(5));
        }
    }
    return chain;
}

} // namespace

HttpClient::HttpClient(TlsSettings tls)
    : m_tls(std::move(tls)) {
    initCurlOnce();
    m_curl = curl_easy_init();
}

HttpClient::~HttpClient() {
    curl_easy_cleanup(m_curl);
}

Result<HttpResponse> HttpClient::send(const HttpRequest& request) {
    if (!m_curl)
        return fail(ErrorCode::Internal, QStringLiteral("libcurl could not be initialised"));
    CURL* c = m_curl;
    // Reset clears every option but keeps the open connection for the next request.
    curl_easy_reset(c);
    char errorText[CURL_ERROR_SIZE] = {};
    Transfer transfer;
    transfer.limit = request.maxBodyBytes;
    transfer.cancel = cancelFlag();
    const QByteArray url = request.url.toUtf8();
    const QByteArray userAgent = QByteArrayLiteral("o2o-terminal/" O2O_VERSION);

    curl_slist* headers = nullptr;
    headers = curl_slist_append(headers, "O2O-Protocol: 1");
    headers = curl_slist_append(headers, "Accept: application/json, text/plain");
    headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip for large batches
    if (request.method != "GET")
        headers = curl_slist_append(headers, "Content-Type: application/json");

    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L); // timeouts without SIGALRM: we run on worker threads
    const QByteArray source = m_sourceAddress.isEmpty() ? QByteArray() : "host!" + m_sourceAddress;
    if (!source.isEmpty()) // "host!": an address to bind, never an interface name looked up
        curl_easy_setopt(c, CURLOPT_INTERFACE, source.constData());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(c, CURLOPT_USERAGENT, userAgent.constData());
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(kConnectTimeoutMs));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, receive);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    if (request.method == "POST") {
        curl_easy_setopt(c, CURLOPT_POST, 1L);
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
    } else if (request.method != "GET") {
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, request.method.constData());
    }

    // TLS: 1.2 or newer; trust the pinned CA file and nothing else.
    curl_easy_setopt(c, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    const QByteArray caFile = m_tls.caFile.toUtf8();
    const QByteArray certFile = m_tls.certFile.toUtf8();
    const QByteArray keyFile = m_tls.keyFile.toUtf8();
    curl_easy_setopt(c, CURLOPT_CAPATH, nullptr); // the system's directory of CAs is not consulted
    if (caFile.isEmpty()) {
        // Enrollment: there is no CA yet. The caller checks the chain it saw against the CA it is given.
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
        curl_easy_setopt(c, CURLOPT_CAINFO, nullptr);
    } else {
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    }
    if (!certFile.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_SSLCERT, certFile.constData());
        curl_easy_setopt(c, CURLOPT_SSLCERTTYPE, "PEM");
        curl_easy_setopt(c, CURLOPT_SSLKEY, keyFile.constData());
        curl_easy_setopt(c, CURLOPT_SSLKEYTYPE, "PEM");
    }
    if (request.captureCertificates)
        curl_easy_setopt(c, CURLOPT_CERTINFO, 1L);

    const CURLcode code = curl_easy_perform(c);
    curl_slist_free_all(headers);
    if (code != CURLE_OK) {
        Error error = transferError(code, errorText, transfer);
        qCInfo(lcSync) << request.method.constData() << request.url << "failed:" << error.message;
        return Unexpected(std::move(error));
    }

    HttpResponse response;
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    response.status = int(status);
    const char* type = nullptr;
    if (curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type)
        response.contentType = QByteArray(type);
    curl_off_t retryAfter = 0;
    // libcurl reads both forms of Retry-After (delta seconds and an HTTP date) into seconds from now.
    if (curl_easy_getinfo(c, CURLINFO_RETRY_AFTER, &retryAfter) == CURLE_OK && retryAfter > 0)
        response.retryAfterSecs = qint64(retryAfter);
    // The platform's time rides in a header on every answer, also those without a JSON body (trust, 304).
    curl_header* timeHeader = nullptr;
    if (curl_easy_header(c, "O2O-Server-Time-Ms", 0, CURLH_HEADER, -1, &timeHeader) == CURLHE_OK &&
        timeHeader) {
        bool ok = false;
        const qint64 ms = QByteArray(timeHeader->value).trimmed().toLongLong(&ok);
        if (ok && ms > 0)
            response.serverTimeMs = ms;
    }
    if (request.captureCertificates)
        response.peerCertificates = certificateChain(c);
    response.body = std::move(transfer.body);
    qCDebug(lcSync) << request.method.constData() << request.url << "->" << response.status
                    << response.body.size() << "bytes";
    return response;
}

} // namespace o2o
