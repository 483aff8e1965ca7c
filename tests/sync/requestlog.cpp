#include "tests/sync/requestlog.h"

#include "sync/httpclient.h"

namespace o2o::test {

namespace {

class RecordingTransport final : public Transport {
public:
    RecordingTransport(const TlsSettings& tls, RequestLog& log, const QByteArray& sourceAddress)
        : m_client(tls)
        , m_log(log) {
        m_client.setSourceAddress(sourceAddress);
    }

    Result<HttpResponse> send(const HttpRequest& request) override {
        m_client.setCancelFlag(cancelFlag());
        m_log.note();
        return m_client.send(request);
    }

private:
    HttpClient m_client;
    RequestLog& m_log;
};

} // namespace

TransportFactory recordingTransports(RequestLog& log, const QByteArray& sourceAddress) {
    return [&log, sourceAddress](const TlsSettings& tls) -> std::unique_ptr<Transport> {
        return std::make_unique<RecordingTransport>(tls, log, sourceAddress);
    };
}

} // namespace o2o::test
